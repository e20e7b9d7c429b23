package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--to", required = true, descriptionKey = "option.to", paramLabel = "FILE")
    Path to;

    @Option(names = "--overwrite", descriptionKey = "option.overwrite")
    boolean overwrite;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try {
            OutputFiles.check(to, overwrite);
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
        try (App app = App.openExisting(ctx.dataDir(), ctx.clock())) {
            Path written = app.backups().backupTo(to);
            app.auditLog().record(app.username(), "backup", "database", null, null, "Backup written to " + written);
            ctx.say("cli.backup.done", app.database().file().toString(), written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
