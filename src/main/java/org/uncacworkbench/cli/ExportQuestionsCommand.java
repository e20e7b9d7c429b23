package org.uncacworkbench.cli;

import java.nio.file.Path;
import org.uncacworkbench.App;
import picocli.CommandLine.Command;

/** {@code export questions --cycle N --lang zh|en --out FILE}: the Q&amp;A booklet. */
@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportQuestionsCommand extends CycleDocumentCommand {

    @Override
    Path write(App app, long cycleId, CliContext ctx) {
        return app.qaBooklet().export(cycleId, options.language(), options.out(), options.progress(ctx));
    }
}
