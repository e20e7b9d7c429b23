package org.uncacworkbench.drafting.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.uncacworkbench.drafting.TextDiff;

/** Two revisions side by side; removed text marked on the left, added text on the right. */
final class DiffView {

    private DiffView() {
    }

    static ScrollPane of(List<TextDiff.Row> rows, String leftTitle, String rightTitle) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("diff-grid");
        grid.setId("diffGrid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        Label left = new Label(leftTitle);
        Label right = new Label(rightTitle);
        left.getStyleClass().add("section-title");
        right.getStyleClass().add("section-title");
        grid.addRow(0, left, right);
        int r = 1;
        for (TextDiff.Row row : rows) {
            grid.add(side(row.left(), "diff-removed", row.kind()), 0, r);
            grid.add(side(row.right(), "diff-added", row.kind()), 1, r);
            r++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextFlow side(List<TextDiff.Segment> segments, String changedStyle, TextDiff.Kind kind) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-line");
        if (segments.isEmpty()) {
            flow.getStyleClass().add("diff-absent");
        }
        if (kind != TextDiff.Kind.SAME) {
            flow.getStyleClass().add("diff-line-changed");
        }
        for (TextDiff.Segment s : segments) {
            Text t = new Text(s.text().isEmpty() ? " " : s.text());
            t.getStyleClass().add("md-text");
            if (s.changed()) {
                t.getStyleClass().add(changedStyle);
            }
            flow.getChildren().add(t);
        }
        return flow;
    }
}
