package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export assignments --cycle N --out FILE}: the assignment sheet (指派表, .xlsx, in both
 * languages) to fill for many points at once and import back with {@code import assignments}.
 */
@Command(name = "assignments", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportAssignmentsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--out", required = true, descriptionKey = "option.out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try {
            Path target = OutputFiles.check(out, true);
            try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
                long cycleId = app.cycles().cycleByNumber(cycle)
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
                ctx.say("cli.export.done", app.assignmentFiles().write(cycleId, target).toString());
                return WorkbenchCommand.EXIT_OK;
            }
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
