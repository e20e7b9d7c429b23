package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.followup.ProgressImport;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import progress --cycle N --round LABEL [--agency CODE] [--dry-run] FILE}: a workbook an agency
 * returned, checked as the window checks it; refused, naming each sheet, row and cell at fault, with
 * nothing stored. A dry run prints one line per point (number, change, status) and stores nothing.
 */
@Command(name = "progress", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ImportProgressCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--round", required = true, descriptionKey = "option.round", paramLabel = "LABEL")
    String round;

    @Option(names = "--agency", descriptionKey = "option.agency", paramLabel = "CODE")
    String agency;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Parameters(index = "0", descriptionKey = "param.progressFile", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
            long cycleId = app.cycles().cycleByNumber(cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
            ReportingRound r = app.followup().existingRound(cycleId, round);
            ProgressImport.Plan plan = app.roundDocuments().plan(r, agency == null ? null : agency.strip().toUpperCase(java.util.Locale.ROOT),
                    file.toAbsolutePath());
            if (dryRun) {
                for (ProgressImport.Change c : plan.changes()) {
                    ctx.out().println(c.number() + "\t" + c.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                            + (c.entry() == null || c.entry().ownStatus() == null ? "" : c.entry().ownStatus().code()));
                }
                ctx.out().flush();
                return WorkbenchCommand.EXIT_OK;
            }
            int written = app.followup().apply(plan, app.username());
            ctx.say("cli.progress.imported", plan.agency().code(), r.label(), written);
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
