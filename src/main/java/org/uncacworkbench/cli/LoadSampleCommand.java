package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.sampledata.SampleDataLoader;
import org.uncacworkbench.sampledata.SampleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "load-sample", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class LoadSampleCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--from", descriptionKey = "option.from", paramLabel = "DIR")
    Path from;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try (App app = App.open(ctx.dataDir(), ctx.clock())) {
            app.migrations().migrate();
            SampleSource source = from == null ? SampleSource.bundled() : SampleSource.folder(from.toAbsolutePath());
            SampleDataLoader.Report report = app.sampleLoader().load(source, app.username());
            ctx.say("cli.loadSample.done", app.database().file().toString(),
                    report.loadedCycles().isEmpty() ? "-" : report.loadedCycles().toString(),
                    report.skippedCycles().isEmpty() ? "-" : report.skippedCycles().toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
