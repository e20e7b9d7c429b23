package org.uncacworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export round --cycle N --round LABEL [--agency CODE] --out DIR}: an agency's workbook and
 * covering letter for a reporting round (every agency's, without {@code --agency}), noted as sent.
 */
@Command(name = "round", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportRoundCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--round", required = true, descriptionKey = "option.round", paramLabel = "LABEL")
    String round;

    @Option(names = "--agency", descriptionKey = "option.agency", paramLabel = "CODE")
    String agency;

    @Option(names = "--out", required = true, descriptionKey = "option.outDir", paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try {
            if (!Files.isDirectory(out)) {
                throw new WorkbenchException(UserMessage.of("cli.noSuchOutputFolder", out.toString()));
            }
            try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
                long cycleId = app.cycles().cycleByNumber(cycle)
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
                ReportingRound r = app.followup().existingRound(cycleId, round);
                List<String> codes = agency != null ? List.of(agency.strip().toUpperCase(java.util.Locale.ROOT))
                        : app.followup().agencyStates(r).stream().filter(a -> a.tracked() > 0).map(a -> a.agency().code()).toList();
                for (Path written : app.roundDocuments().write(r, codes, out, org.uncacworkbench.export.DocxEngine.Progress.NONE, app.username())) {
                    ctx.say("cli.export.done", written.toString());
                }
                return WorkbenchCommand.EXIT_OK;
            }
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
