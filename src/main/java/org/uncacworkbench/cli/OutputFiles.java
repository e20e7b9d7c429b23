package org.uncacworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** Where a command may write a file the user named: into a folder that exists, over a file only when asked. */
final class OutputFiles {

    private OutputFiles() {
    }

    static Path check(Path file, boolean overwrite) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkbenchException(UserMessage.of("cli.noSuchFolder", String.valueOf(folder), absolute.toString()));
        }
        if (Files.isDirectory(absolute)) {
            throw new WorkbenchException(UserMessage.of("cli.outIsFolder", absolute.toString()));
        }
        if (!overwrite && Files.exists(absolute)) {
            throw new WorkbenchException(UserMessage.of("cli.fileExists", absolute.toString()));
        }
        return absolute;
    }
}
