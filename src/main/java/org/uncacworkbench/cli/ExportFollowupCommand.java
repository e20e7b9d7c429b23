package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export followup --cycle N --format xlsx|docx --lang zh|en --out FILE}: the follow-up table. */
@Command(name = "followup", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportFollowupCommand extends CycleDocumentCommand {

    @Option(names = "--format", defaultValue = "xlsx", descriptionKey = "option.tableFormat", paramLabel = "xlsx|docx")
    String format;

    @Override
    Path write(App app, long cycleId, CliContext ctx) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> app.roundDocuments().writeTable(cycleId, options.language(), options.out());
            case "docx" -> app.midtermReport().exportTable(cycleId, options.language(), options.out(), options.progress(ctx));
            default -> throw new WorkbenchException(UserMessage.of("cli.badFormat", format));
        };
    }
}
