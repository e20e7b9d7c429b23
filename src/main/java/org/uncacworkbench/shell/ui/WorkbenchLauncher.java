package org.uncacworkbench.shell.ui;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so that Main needs no JavaFX types. */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }
}
