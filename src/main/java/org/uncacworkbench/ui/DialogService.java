package org.uncacworkbench.ui;

/** The way views and view models talk to the user in dialogs, so tests can answer instead. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Something the user asked for was not done, and why: a warning, not an error. */
    void showWarning(String title, String message);

    /** Asks the user to pick one of {@code options}; returns its index, or -1 when the dialog is cancelled. */
    int choose(String title, String message, java.util.List<String> options);

    /** Asks for a file to open, of the given extensions (e.g. "docx", "md"); empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseFile(String title, java.util.List<String> extensions);

    /** Asks for a folder; empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseFolder(String title);

    /** Asks where to save a file; empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Opens a file with the program the system uses for it (Word for .docx). */
    void open(java.nio.file.Path file);

    /** Asks for a line of text (a reason, a name); empty when cancelled. */
    java.util.Optional<String> askText(String title, String message);

    /**
     * Asks for the translation of each of {@code originals}, which {@code labels} name; answers in the
     * same order, blank where the user gave none; empty when cancelled.
     */
    java.util.Optional<java.util.List<String>> askTranslations(String title, String message, java.util.List<String> labels,
                                                               java.util.List<String> originals);

    /**
     * Asks for a line of text that may not be left empty (a reason): a blank answer asks again,
     * saying {@code required}; empty only when cancelled.
     */
    java.util.Optional<String> askRequiredText(String title, String message, String required);

    /**
     * Shows {@code rows} in a table under {@code headers} (what an import would do, for the user to check)
     * and asks which of {@code options} to take; its index, or -1 when cancelled.
     */
    int chooseAfterTable(String title, String message, java.util.List<String> headers, java.util.List<java.util.List<String>> rows,
                         java.util.List<String> options);
}
