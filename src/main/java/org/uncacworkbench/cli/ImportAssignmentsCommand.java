package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.followup.AssignmentImport;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import assignments --cycle N [--dry-run] FILE}: an assignment sheet the secretariat filled,
 * checked as the window checks it; refused, naming each sheet and cell at fault, with nothing stored.
 * A dry run prints one line per point (number, change, lead agency) and stores nothing.
 */
@Command(name = "assignments", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ImportAssignmentsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Parameters(index = "0", descriptionKey = "param.assignmentFile", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
            long cycleId = app.cycles().cycleByNumber(cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
            AssignmentImport.Plan plan = app.assignmentFiles().plan(cycleId, file.toAbsolutePath());
            if (dryRun) {
                for (AssignmentImport.Change c : plan.changes()) {
                    ctx.out().println(c.observation().number() + "\t" + c.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + c.draft().leadCode());
                }
                ctx.out().flush();
                return WorkbenchCommand.EXIT_OK;
            }
            int written = app.followup().assignAll(plan, app.username());
            ctx.say("cli.assignments.imported", written, plan.changes().size());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
