package org.uncacworkbench.followup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.uncacworkbench.followup.AssessmentScale;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.Theme;

/**
 * The cycle's assessment scale: which of the grades A–E it uses and what it calls them in both
 * languages, with the treaty bodies' scale a click away. Save checks the scale first and says what is
 * wrong in the dialog without closing it.
 */
final class ScaleDialog {

    private final Dialog<AssessmentScale> dialog = new Dialog<>();
    private final List<CheckBox> used = new ArrayList<>();
    private final List<TextField> zh = new ArrayList<>();
    private final List<TextField> en = new ArrayList<>();
    private final Label problem = new Label();

    ScaleDialog(Messages m, AssessmentScale current) {
        dialog.setTitle(m.get("followup.scale.title"));
        dialog.setHeaderText(m.get("followup.scale.header"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(), muted(m.get("followup.scale.nameZh")), muted(m.get("followup.scale.nameEn")));
        int r = 1;
        for (Grade g : Grade.values()) {
            CheckBox box = new CheckBox(g.name());
            box.setId("scaleUsed-" + g.name());
            TextField z = new TextField();
            z.setId("scaleZh-" + g.name());
            TextField e = new TextField();
            e.setId("scaleEn-" + g.name());
            z.setPrefColumnCount(16);
            Theme.chineseText(z);
            e.setPrefColumnCount(24);
            z.disableProperty().bind(box.selectedProperty().not());
            e.disableProperty().bind(box.selectedProperty().not());
            GridPane.setHgrow(e, Priority.ALWAYS);
            used.add(box);
            zh.add(z);
            en.add(e);
            grid.addRow(r++, box, z, e);
        }
        show(current);
        Button standard = new Button(m.get("followup.scale.standard"));
        standard.setId("scaleStandard");
        standard.setOnAction(e -> show(AssessmentScale.standard()));
        problem.setId("scaleProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, standard, problem));
        dialog.getDialogPane().setPrefWidth(720);
        org.uncacworkbench.ui.FormDialogs.saveChecked(dialog, m, "saveScale", () -> read().validate(), problem);
    }

    Optional<AssessmentScale> showAndWait(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    private void show(AssessmentScale scale) {
        AssessmentScale standard = AssessmentScale.standard();
        for (Grade g : Grade.values()) {
            int i = g.ordinal();
            AssessmentScale.Step s = scale.step(g).or(() -> standard.step(g)).orElseThrow();
            used.get(i).setSelected(scale.contains(g));
            zh.get(i).setText(s.nameZh());
            en.get(i).setText(s.nameEn());
        }
    }

    private AssessmentScale read() {
        List<AssessmentScale.Step> steps = new ArrayList<>();
        for (Grade g : Grade.values()) {
            int i = g.ordinal();
            if (used.get(i).isSelected()) {
                steps.add(new AssessmentScale.Step(g, zh.get(i).getText(), en.get(i).getText()));
            }
        }
        return new AssessmentScale(steps);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
