package org.uncacworkbench.cli;

import java.nio.file.Path;
import org.uncacworkbench.App;
import picocli.CommandLine.Command;

/** {@code export run-sheet --cycle N --lang zh|en --out FILE}: the review meeting's programme. */
@Command(name = "run-sheet", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportRunSheetCommand extends CycleDocumentCommand {

    @Override
    Path write(App app, long cycleId, CliContext ctx) {
        return app.runSheet().export(cycleId, options.language(), options.out(), options.progress(ctx));
    }
}
