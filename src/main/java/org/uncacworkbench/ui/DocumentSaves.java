package org.uncacworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.uncacworkbench.i18n.Messages;

/**
 * How a page writes a document the user asked for (Word, or a workbook): where (the name proposed, the
 * extension added when left off), written in the background with a word on the page, then offered to open; a failure said
 * in a warning titled for it. Nothing is written when the user cancels the choice.
 */
public final class DocumentSaves {

    /** The words of one kind of document: the file dialog's title, the name proposed, what is said while, after and on failure. */
    public record Texts(String chooseTitle, String suggestedName, String writing, String writtenTitle, String writtenKey, String notWritten) {
    }

    private DocumentSaves() {
    }

    /** Asks where, then runs {@code write} (the file to write → the file written) in the background. */
    public static void save(BackgroundTasks tasks, DialogService dialogs, Messages m, Texts texts, Function<Path, Path> write,
                            Consumer<String> status) {
        save(tasks, dialogs, m, texts, "docx", write, status);
    }

    /** The same for a file of another kind ({@code extension} without the dot, e.g. "xlsx"). */
    public static void save(BackgroundTasks tasks, DialogService dialogs, Messages m, Texts texts, String extension,
                            Function<Path, Path> write, Consumer<String> status) {
        var chosen = dialogs.chooseSaveFile(texts.chooseTitle(), texts.suggestedName(), extension);
        if (chosen.isEmpty()) {
            return;
        }
        String dotted = "." + extension;
        Path target = chosen.get().toString().toLowerCase(Locale.ROOT).endsWith(dotted) ? chosen.get() : Path.of(chosen.get() + dotted);
        status.accept(texts.writing());
        tasks.submit(() -> write.apply(target), written -> {
            String said = m.format(texts.writtenKey(), written.toString());
            status.accept(said);
            if (dialogs.choose(texts.writtenTitle(), said, List.of(m.get("export.open"), m.get("review.booklet.notNow"))) == 0) {
                dialogs.open(written);
            }
        }, failure -> {
            status.accept("");
            Failures.show(dialogs, m, failure, texts.notWritten());
        });
    }
}
