package org.uncacworkbench.followup.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.uncacworkbench.followup.Assignment;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.DatePickers;

/**
 * An assignment's milestones and performance indicators as lists the secretariat adds to and removes
 * from; what is typed wrong (no title, no date, a target that is not a number) is said, and nothing added.
 */
final class PlanLists extends VBox {

    private final Messages m;
    private final Language lang;
    private final Consumer<String> problem;
    private final ObservableList<Assignment.Milestone> milestones = FXCollections.observableArrayList();
    private final ObservableList<Assignment.Indicator> indicators = FXCollections.observableArrayList();
    private final DatePicker milestoneDue;
    private final TextField milestoneTitle = new TextField();
    private final TextField indicatorDescription = new TextField();
    private final TextField indicatorUnit = new TextField();
    private final TextField indicatorBaseline = new TextField();
    private final TextField indicatorTarget = new TextField();
    private final DatePicker indicatorDue;

    PlanLists(Messages m, Consumer<String> problem) {
        super(10);
        this.m = m;
        this.lang = m.language();
        this.problem = problem;
        milestoneDue = DatePickers.create(m);
        indicatorDue = DatePickers.create(m);
        ListView<Assignment.Milestone> milestoneList = new ListView<>(milestones);
        milestoneList.setId("milestoneList");
        milestoneList.setPrefHeight(90);
        milestoneList.setCellFactory(x -> FormParts.text(ms -> DateFormats.date(ms.dueOn(), lang) + "　" + ms.titleZh()));
        milestoneDue.setId("milestoneDue");
        milestoneTitle.setId("milestoneTitle");
        milestoneTitle.setPromptText(m.get("followup.field.milestoneTitle"));
        Button addMilestone = new Button(m.get("followup.page.addMilestone"));
        addMilestone.setId("addMilestone");
        addMilestone.setOnAction(e -> addMilestone());
        Button removeMilestone = new Button(m.get("followup.page.remove"));
        removeMilestone.setId("removeMilestone");
        removeMilestone.disableProperty().bind(milestoneList.getSelectionModel().selectedItemProperty().isNull());
        removeMilestone.setOnAction(e -> milestones.remove(milestoneList.getSelectionModel().getSelectedItem()));

        ListView<Assignment.Indicator> indicatorList = new ListView<>(indicators);
        indicatorList.setId("indicatorList");
        indicatorList.setPrefHeight(90);
        indicatorList.setCellFactory(x -> FormParts.text(this::describe));
        indicatorDescription.setId("indicatorDescription");
        indicatorDescription.setPromptText(m.get("followup.field.indicator"));
        indicatorUnit.setId("indicatorUnit");
        indicatorUnit.setPromptText(m.get("followup.field.unit"));
        indicatorBaseline.setId("indicatorBaseline");
        indicatorBaseline.setPromptText(m.get("followup.field.baseline"));
        indicatorTarget.setId("indicatorTarget");
        indicatorTarget.setPromptText(m.get("followup.field.target"));
        indicatorDue.setId("indicatorDue");
        for (TextField f : List.of(indicatorUnit, indicatorBaseline, indicatorTarget)) {
            f.setPrefColumnCount(5);
        }
        Button addIndicator = new Button(m.get("followup.page.addIndicator"));
        addIndicator.setId("addIndicator");
        addIndicator.setOnAction(e -> addIndicator());
        Button removeIndicator = new Button(m.get("followup.page.remove"));
        removeIndicator.setId("removeIndicator");
        removeIndicator.disableProperty().bind(indicatorList.getSelectionModel().selectedItemProperty().isNull());
        removeIndicator.setOnAction(e -> indicators.remove(indicatorList.getSelectionModel().getSelectedItem()));
        getChildren().setAll(new Label(m.get("followup.page.milestones")), milestoneList,
                new FlowPane(6, 6, milestoneDue, milestoneTitle, addMilestone, removeMilestone),
                new Label(m.get("followup.page.indicators")), indicatorList,
                new FlowPane(6, 6, indicatorDescription, indicatorUnit, indicatorBaseline, indicatorTarget, indicatorDue, addIndicator, removeIndicator));
    }

    /** The assignment's lists (none: empty lists). */
    void show(Assignment a) {
        milestones.setAll(a == null ? List.of() : a.milestones());
        indicators.setAll(a == null ? List.of() : a.indicators());
    }

    List<Assignment.Milestone> milestones() {
        return List.copyOf(milestones);
    }

    List<Assignment.Indicator> indicators() {
        return List.copyOf(indicators);
    }

    private void addMilestone() {
        try {
            var due = DatePickers.read(milestoneDue, m);
            if (due == null || milestoneTitle.getText().isBlank()) {
                problem.accept(m.get("followup.assign.milestoneIncomplete"));
                return;
            }
            milestones.add(new Assignment.Milestone(null, milestoneTitle.getText().strip(), null, due, null));
            milestoneTitle.clear();
            milestoneDue.setValue(null);
            problem.accept("");
        } catch (WorkbenchException e) {
            problem.accept(m.text(e.userMessage()));
        }
    }

    private void addIndicator() {
        try {
            if (indicatorDescription.getText().isBlank()) {
                problem.accept(m.get("followup.assign.indicatorNoDescription"));
                return;
            }
            indicators.add(new Assignment.Indicator(null, indicatorDescription.getText().strip(), null, blank(indicatorUnit.getText()),
                    number(indicatorBaseline), number(indicatorTarget), DatePickers.read(indicatorDue, m)));
            for (TextField f : List.of(indicatorDescription, indicatorUnit, indicatorBaseline, indicatorTarget)) {
                f.clear();
            }
            indicatorDue.setValue(null);
            problem.accept("");
        } catch (WorkbenchException e) {
            problem.accept(m.text(e.userMessage()));
        }
    }

    private BigDecimal number(TextField f) {
        String t = f.getText() == null ? "" : f.getText().strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new WorkbenchException(org.uncacworkbench.i18n.UserMessage.of("followup.page.notANumber", f.getText().strip()));
        }
    }

    private String describe(Assignment.Indicator i) {
        String unit = i.unit() == null ? "" : i.unit();
        String from = i.baseline() == null ? "—" : i.baseline().stripTrailingZeros().toPlainString() + unit;
        String to = i.target() == null ? "—" : i.target().stripTrailingZeros().toPlainString() + unit;
        return i.targetOn() == null ? m.format("followup.page.indicatorLineUndated", i.description(lang), from, to)
                : m.format("followup.page.indicatorLine", i.description(lang), from, to, DateFormats.date(i.targetOn(), lang));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
