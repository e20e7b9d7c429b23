package org.uncacworkbench.ui;

/** The way views and view models talk to the user in dialogs, so tests can answer instead. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);
}
