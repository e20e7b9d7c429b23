package org.uncacworkbench.review.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.StaticText;

/** What the international review's forms and tables share: a labelled row, a column of data, an agency in a list. */
final class Forms {

    private Forms() {
    }

    /** A row of a form: its label (never shortened) for the field, and the field. */
    static void addRow(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, l, field);
    }

    /** A column of what was typed or read, in the language it was typed in. */
    static <T> TableColumn<T, String> data(TableColumn<T, String> column) {
        column.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        return column;
    }

    /** A column of Chinese data (names in Chinese), in the Chinese font in either interface. */
    static <T> TableColumn<T, String> chineseData(TableColumn<T, String> column) {
        column.getStyleClass().add("chinese-text");
        return data(column);
    }

    /** An agency as a list or a combo box shows it: its name in the interface language and its abbreviation. */
    static ListCell<Agency> agencyCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Agency a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.ref().label(m.language()));
                getStyleClass().remove(StaticText.OTHER_LANGUAGE);
            }
        };
    }
}
