package org.uncacworkbench.ui.markdown;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.uncacworkbench.i18n.Messages;

/** Find and replace in one editor: Enter finds the next match, Esc closes; replacing is undoable. */
public final class FindBar extends HBox {

    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label result = new Label();
    private final Messages messages;

    FindBar(CodeArea area, Messages messages, String suffix) {
        this.area = area;
        this.messages = messages;
        getStyleClass().add("find-bar");
        setSpacing(6);
        find.setId("findField-" + suffix);
        find.setPromptText(messages.get("editor.find"));
        replace.setId("replaceField-" + suffix);
        replace.setPromptText(messages.get("editor.replaceWith"));
        Button next = new Button(messages.get("editor.findNext"));
        next.setId("findNext-" + suffix);
        next.setOnAction(e -> findNext());
        Button one = new Button(messages.get("editor.replace"));
        one.setId("replaceOne-" + suffix);
        one.setOnAction(e -> replaceOne());
        Button all = new Button(messages.get("editor.replaceAll"));
        all.setId("replaceAll-" + suffix);
        all.setOnAction(e -> replaceAll());
        Button close = new Button("✕");
        close.setOnAction(e -> hide());
        result.setId("findResult-" + suffix);
        result.getStyleClass().add("muted");
        find.setOnAction(e -> findNext());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(find, next, replace, one, all, result, close);
        hide();
    }

    public void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replace.setDisable(!withReplace && !area.isEditable());
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            find.setText(area.getSelectedText());
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    boolean findNext() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return false;
        }
        String text = area.getText().toLowerCase(Locale.ROOT);
        String n = needle.toLowerCase(Locale.ROOT);
        int from = area.getSelection().getEnd();
        int at = text.indexOf(n, from);
        if (at < 0) {
            at = text.indexOf(n); // wrap around to the top
        }
        if (at < 0) {
            result.setText(messages.get("editor.notFound"));
            return false;
        }
        result.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    private void replaceOne() {
        if (!area.isEditable()) {
            return;
        }
        if (area.getSelectedText().equalsIgnoreCase(find.getText()) && !find.getText().isEmpty()) {
            area.replaceSelection(replace.getText());
        }
        findNext();
    }

    private void replaceAll() {
        String needle = find.getText();
        if (needle.isEmpty() || !area.isEditable()) {
            return;
        }
        String text = area.getText();
        String replaced = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(needle),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(replace.getText()));
        int count = text.equals(replaced) ? 0 : countOf(text, needle);
        if (count > 0) {
            area.replaceText(replaced); // one change: one undo step
        }
        result.setText(messages.format("editor.replacedCount", count));
    }

    private static int countOf(String text, String needle) {
        String t = text.toLowerCase(Locale.ROOT);
        String n = needle.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + n.length())) {
            count++;
        }
        return count;
    }
}
