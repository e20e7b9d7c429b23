package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.storage.RestoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Parameters(index = "0", descriptionKey = "param.backupFile", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try {
            RestoreService.Outcome outcome = new RestoreService(ctx.dataDir(), ctx.clock()).restore(file);
            try (App app = App.open(ctx.dataDir(), ctx.clock())) {
                app.auditLog().record(app.username(), "restore", "database", null, null, "Restored from " + file.toAbsolutePath());
            }
            ctx.say("cli.restore.done", file.toAbsolutePath().toString(), outcome.backupSchemaVersion(),
                    outcome.previousDatabase().map(Path::toString).orElse("-"));
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
