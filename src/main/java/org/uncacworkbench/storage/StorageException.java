package org.uncacworkbench.storage;

import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** The database cannot be opened, migrated, backed up or restored; the message says why. */
public class StorageException extends WorkbenchException {

    public StorageException(UserMessage message) {
        super(message);
    }

    public StorageException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
