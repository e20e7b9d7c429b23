package org.uncacworkbench.ui;

import java.util.ArrayList;
import java.util.List;

/** Stands in for dialogs in tests: remembers what the user would have been told. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }
}
