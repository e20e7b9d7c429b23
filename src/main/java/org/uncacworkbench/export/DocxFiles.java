package org.uncacworkbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** Writes a document to a file that appears only when complete, never half-written. */
public final class DocxFiles {

    private DocxFiles() {
    }

    /** Writes {@code content} to {@code target} (on a template, or {@code null} for the built-in styles). */
    public static Path write(DocContent content, Path template, Path target, DocxEngine.Progress progress) {
        Path absolute = target.toAbsolutePath();
        Path partial = null;
        try {
            Files.createDirectories(absolute.getParent());
            // an ordinary file (the user's permissions), named so a half-written one is never mistaken for the document
            partial = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                new DocxEngine(Fonts.defaults(content.language())).write(content, template, out, progress);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return absolute;
        } catch (IOException e) {
            throw new WorkbenchException(UserMessage.of("export.failed", absolute.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

}
