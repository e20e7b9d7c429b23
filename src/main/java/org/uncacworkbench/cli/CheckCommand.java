package org.uncacworkbench.cli;

import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.storage.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try (App app = App.openExisting(ctx.dataDir(), ctx.clock())) {
            CheckReport report = app.check().run();
            ctx.say("cli.check.summary", app.database().file().toString(), report.tablesRead(), report.rowsRead());
            for (CheckReport.Problem p : report.problems()) {
                ctx.say(p.severity() == CheckReport.Severity.ERROR ? "cli.check.error" : "cli.check.warning",
                        ctx.messages().text(p.message()));
            }
            if (report.problems().isEmpty()) {
                ctx.say("cli.check.ok");
            }
            return report.hasErrors() ? WorkbenchCommand.EXIT_FAILED : WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
