package org.uncacworkbench.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table columns whose text is read whole: a cell wraps its text to the column's width (the row
 * grows) instead of cutting it with an ellipsis, and a column is never narrower than its header.
 */
public final class Cells {

    private Cells() {
    }

    /** A column of text read whole (see {@link #readWhole}): its header, what each row shows, its preferred and least width. */
    public static <S> TableColumn<S, String> column(String header, java.util.function.Function<S, String> text, double width, double least) {
        TableColumn<S, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(least);
        return readWhole(c);
    }

    /**
     * Wrapping cells and a header read whole, for a column of text; the column is never narrower
     * than its longest word (up to {@value #LONGEST_WORD} px), so that lines break between words.
     */
    public static <S> TableColumn<S, String> readWhole(TableColumn<S, String> column) {
        column.setCellFactory(wrapping());
        double header = Math.max(column.getMinWidth(), headerWidth(column.getText()));
        column.setMinWidth(header);
        javafx.collections.ListChangeListener<S> rows = change -> {
            column.setMinWidth(Math.max(header, longestWord(column)));
            if (column.getTableView() != null) {
                fit(column.getTableView());
            }
        };
        column.tableViewProperty().subscribe(table -> {
            if (table != null) {
                // the rows now and whenever they change, in whichever list the table shows
                javafx.beans.value.ChangeListener<javafx.collections.ObservableList<S>> lists = (o, old, items) -> {
                    if (old != null) {
                        old.removeListener(rows);
                    }
                    if (items != null) {
                        items.addListener(rows);
                    }
                    column.setMinWidth(Math.max(header, longestWord(column)));
                };
                table.itemsProperty().addListener(lists);
                lists.changed(table.itemsProperty(), null, table.getItems());
                scrollWhenTooNarrow(table);
            }
        });
        return column;
    }

    static final double LONGEST_WORD = 180;

    /**
     * A table whose columns, each at its least width, are wider than the table scrolls sideways
     * (a constrained table would push its last columns out of sight without a scroll bar); it fits
     * its columns to its width again when it has the room.
     */
    private static <S> void scrollWhenTooNarrow(javafx.scene.control.TableView<S> table) {
        if (table.getProperties().containsKey(Cells.class)) {
            return; // one watcher per table
        }
        table.getProperties().put(Cells.class, Boolean.TRUE);
        table.widthProperty().addListener((o, a, b) -> fit(table));
    }

    private static final String FITTED_POLICY = Cells.class.getName() + ".policy";

    /** Sideways scrolling when the columns' least widths do not fit, the table's own fitting otherwise. */
    @SuppressWarnings("unchecked")
    static void fit(javafx.scene.control.TableView<?> table) {
        var unconstrained = javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != unconstrained) {
            table.getProperties().put(FITTED_POLICY, table.getColumnResizePolicy()); // the policy the view chose
        }
        var fitted = (javafx.util.Callback<javafx.scene.control.TableView.ResizeFeatures, Boolean>) table.getProperties().get(FITTED_POLICY);
        if (fitted == null || table.getWidth() <= 0) {
            return;
        }
        double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 20;
        var policy = least > table.getWidth() ? unconstrained : fitted;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** The widest word (a run without spaces; CJK text breaks anywhere, so each character) the column shows, with the cell's padding. */
    private static <S> double longestWord(TableColumn<S, String> column) {
        var table = column.getTableView();
        if (table == null) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(Font.font(Font.getDefault().getFamily(), Font.getDefault().getSize() + 1));
        double widest = 0;
        for (S row : table.getItems()) {
            String text = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
            if (text == null) {
                continue;
            }
            for (String word : text.split("[\\s\\p{IsHan}]+")) {
                if (!word.isEmpty()) {
                    probe.setText(word);
                    widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                }
            }
        }
        return Math.min(LONGEST_WORD, Math.ceil(widest * 1.25) + 24); // measured before the stylesheet's size applies: a margin
    }

    /** The width a header needs to be read whole: its text in the header's bold face, the cell's padding and the sort arrow's room. */
    static double headerWidth(String header) {
        if (header == null || header.isEmpty()) {
            return 0;
        }
        Text probe = new Text(header);
        probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() + 1));
        return Math.ceil(probe.getLayoutBounds().getWidth() * 1.1) + 28;
    }

    /** Cells that show their text wrapped to the column's width. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping() {
        return column -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().addAll("text", "wrapping-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                getStyleClass().add("wrapping-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item); // for accessibility and lookups; what shows is the wrapped graphic
                    text.setText(item);
                    setGraphic(text);
                }
            }
        };
    }
}
