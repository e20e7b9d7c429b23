package org.uncacworkbench.ui;

import java.util.ArrayList;
import java.util.List;

/** Stands in for dialogs in tests: remembers what the user would have been told. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    /** Actions refused, each "title: message". */
    public final List<String> warnings = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    /** What the "user" answers next: an option index for choose, a text for askText. */
    public final java.util.Deque<Object> answers = new java.util.ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showWarning(String title, String message) {
        warnings.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        questions.add(title + ": " + message + " " + options);
        Object a = answers.poll();
        return a instanceof Integer i ? i : -1;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFile(String title, List<String> extensions) {
        questions.add(title + ": " + extensions);
        Object a = answers.poll();
        return a instanceof java.nio.file.Path p ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        questions.add(title);
        Object a = answers.poll();
        return a instanceof java.nio.file.Path p ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    public final List<java.nio.file.Path> opened = new ArrayList<>();

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String extension) {
        questions.add(title + ": " + suggestedName);
        Object a = answers.poll();
        return a instanceof java.nio.file.Path p ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    @Override
    public void open(java.nio.file.Path file) {
        opened.add(file);
    }

    @Override
    public java.util.Optional<String> askText(String title, String message) {
        questions.add(title + ": " + message);
        Object a = answers.poll();
        return a instanceof String s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** The texts the user was asked to translate, label and original each. */
    public final List<String> translationRequests = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Optional<List<String>> askTranslations(String title, String message, List<String> labels, List<String> originals) {
        questions.add(title + ": " + message);
        for (int i = 0; i < labels.size(); i++) {
            translationRequests.add(labels.get(i) + " | " + originals.get(i));
        }
        Object a = answers.poll();
        return a instanceof List<?> l ? java.util.Optional.of((List<String>) l) : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> askRequiredText(String title, String message, String required) {
        questions.add(title + ": " + message);
        while (answers.peek() instanceof String s && s.isBlank()) {
            answers.poll();
            questions.add(title + ": " + required); // left empty: asked again, saying why
        }
        Object a = answers.poll();
        return a instanceof String s ? java.util.Optional.of(s.strip()) : java.util.Optional.empty();
    }

    /** The tables shown for the user to check, each a list of rows. */
    public final List<List<List<String>>> tables = new ArrayList<>();

    @Override
    public int chooseAfterTable(String title, String message, List<String> headers, List<List<String>> rows, List<String> options) {
        questions.add(title + ": " + message + " " + options);
        tables.add(List.copyOf(rows));
        Object a = answers.poll();
        return a instanceof Integer i ? i : -1;
    }
}
