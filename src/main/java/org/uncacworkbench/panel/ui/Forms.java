package org.uncacworkbench.panel.ui;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.uncacworkbench.i18n.Messages;

/** Small builders the panel's forms share: labelled grids, pickers showing domain names, lists. */
final class Forms {

    private Forms() {
    }

    static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    static <T> ComboBox<T> picker(String id, ObservableList<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> name) {
        ListView<T> view = new ListView<>(items);
        view.setId(id);
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return view;
    }

    /** A two-column grid of labelled fields: label keys and nodes alternate. */
    static GridPane grid(Messages m, Object... labelsAndFields) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Label l = new Label(m.get((String) labelsAndFields[i]));
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is read whole; the field gives way
            Node field = (Node) labelsAndFields[i + 1];
            l.setLabelFor(field);
            g.addRow(i / 2, l, field);
            GridPane.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        }
        return g;
    }

    static Label heading(Messages m, String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    static String blank(String s) {
        return s == null ? "" : s;
    }
}
