package org.uncacworkbench.cli;

import java.nio.file.Path;
import org.uncacworkbench.App;
import picocli.CommandLine.Command;

/** {@code export midterm --cycle N --lang zh|en --out FILE}: the mid-term report on the concluding observations. */
@Command(name = "midterm", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportMidtermCommand extends CycleDocumentCommand {

    @Override
    Path write(App app, long cycleId, CliContext ctx) {
        return app.midtermReport().export(cycleId, options.language(), options.out(), options.progress(ctx));
    }
}
