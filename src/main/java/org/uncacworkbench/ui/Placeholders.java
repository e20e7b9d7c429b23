package org.uncacworkbench.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** What an empty table says, in the interface's language (JavaFX's own "No content in table" is English only). */
public final class Placeholders {

    private Placeholders() {
    }

    public static <T> TableView<T> empty(TableView<T> table, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        label.setMaxWidth(360);
        table.setPlaceholder(label);
        return table;
    }
}
