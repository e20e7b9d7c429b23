package org.uncacworkbench.cli;

import java.nio.file.Path;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Option;

/** What every export command asks: which cycle, which language, which file. */
final class ExportOptions {

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--lang", required = true, descriptionKey = "option.textLang", paramLabel = "zh|en")
    String textLanguage;

    @Option(names = "--out", required = true, descriptionKey = "option.out", paramLabel = "FILE")
    Path out;

    /**
     * Checks what can be checked before the database is opened (the language, the output folder),
     * so that a mistyped path leaves nothing behind, then opens it.
     */
    org.uncacworkbench.App open(CliContext ctx) {
        language();
        out();
        return org.uncacworkbench.App.openMigrated(ctx.dataDir(), ctx.clock());
    }

    /** What the export reports while it writes: each warning, one line on standard error. */
    org.uncacworkbench.export.DocxEngine.Progress progress(CliContext ctx) {
        return org.uncacworkbench.export.DocxEngine.Progress.of(done -> { }, () -> false, warning -> {
            ctx.err().println(ctx.messages().format("cli.export.warning", ctx.messages().text(warning)));
            ctx.err().flush();
        });
    }

    /** The file to write, refused when its folder does not exist. */
    Path out() {
        return OutputFiles.check(out, true);
    }

    Language language() {
        return Language.fromTag(textLanguage).orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.badLanguage", textLanguage)));
    }
}
