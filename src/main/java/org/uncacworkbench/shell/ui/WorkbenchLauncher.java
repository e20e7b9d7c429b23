package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.uncacworkbench.storage.DataDirectory;

/** Starts the JavaFX application; kept apart so that Main needs no JavaFX types. */
public final class WorkbenchLauncher {

    static final String DATA_DIR = "--data-dir=";

    private WorkbenchLauncher() {
    }

    /**
     * Opens the window. The data folder starts opening at once, on its own thread, while JavaFX
     * starts (see {@link EarlyStart}).
     *
     * @param args {@code --data-dir=DIR} and {@code --lang=zh|en}, both optional
     */
    public static void launch(String[] args) {
        Path dataDir = null;
        for (String a : args) {
            if (a.startsWith(DATA_DIR)) {
                dataDir = Path.of(a.substring(DATA_DIR.length()));
            }
        }
        EarlyStart.begin(DataDirectory.resolve(dataDir));
        Application.launch(WorkbenchApplication.class, args);
    }
}
