package org.uncacworkbench.followup.ui;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** What the follow-up page's forms share: the line that says what is wrong, a labelled field, a list cell showing text. */
final class FormParts {

    private FormParts() {
    }

    /** The form's problem, in warning colour, taking no room while there is none. */
    static Label problem(String id, ObservableValue<String> text) {
        Label problem = new Label();
        problem.setId(id);
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(text);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    /** A field with its label (never shortened): beside it, or above it when {@code stacked}. */
    static void addRow(GridPane g, int r, String label, Node field, boolean stacked) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (stacked) {
            g.add(l, 0, r * 2);
            g.add(field, 0, r * 2 + 1);
        } else {
            g.addRow(r, l, field);
        }
    }

    static <T> ListCell<T> text(Function<T, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
    }
}
