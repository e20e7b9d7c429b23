package org.uncacworkbench.storage;

import java.nio.file.Path;
import org.uncacworkbench.i18n.UserMessage;

/** Another workbench (or another program) already has this database open. */
public final class DatabaseInUseException extends StorageException {

    public DatabaseInUseException(Path file, Throwable cause) {
        super(UserMessage.of("storage.inUse", file.toString()), cause);
    }
}
