package org.uncacworkbench.cycle.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.uncacworkbench.cycle.CycleSetup;
import org.uncacworkbench.cycle.Phase;
import org.uncacworkbench.cycle.PhasePlan;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Theme;

/**
 * Sets up a cycle: its titles in both languages, the period its report covers, the phase it is in,
 * each phase's planned and actual dates, and its milestones (added, changed, removed). Save checks
 * everything first and, when something is wrong, says what beside the buttons and keeps the dialog
 * open with what was typed.
 */
public final class CycleSetupDialog {

    private final Messages m;
    private final Dialog<CycleSetup> dialog = new Dialog<>();
    private final TextField titleZh = new TextField();
    private final TextField titleEn = new TextField();
    private final DatePicker periodStart;
    private final DatePicker periodEnd;
    private final ComboBox<Phase> phase = new ComboBox<>(FXCollections.observableArrayList(Phase.values()));
    private final javafx.scene.control.Spinner<Integer> length = new javafx.scene.control.Spinner<>(1, CycleSetup.MAX_LENGTH, CycleSetup.DEFAULT_LENGTH);
    private final List<PhaseRow> phaseRows = new ArrayList<>();
    private final VBox milestoneRows = new VBox(6);
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final Label problem = new Label();
    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(content);

    /**
     * A new cycle's dialog showing {@code proposal}, the plan of {@code base} (the cycle before, null when
     * there is none) moved on by its length; changing the length moves the plan again from {@code base}.
     */
    public CycleSetupDialog(Messages messages, CycleSetup proposal, CycleSetup base) {
        this(messages, proposal, true);
        if (base != null) {
            length.valueProperty().addListener((o, was, years) -> {
                if (years != null) {
                    movePlan(base.next(years));
                }
            });
        }
    }

    public CycleSetupDialog(Messages messages, CycleSetup initial, boolean isNew) {
        this.m = messages;
        periodStart = DatePickers.localize(new DatePicker(initial.periodStart()), m);
        periodEnd = DatePickers.localize(new DatePicker(initial.periodEnd()), m);
        dialog.setTitle(m.get(isNew ? "cycle.setup.newTitle" : "cycle.setup.editTitle"));
        dialog.setHeaderText(m.get(isNew ? "cycle.setup.newHeader" : "cycle.setup.editHeader"));
        dialog.setResizable(true);
        titleZh.setId("cycleTitleZh");
        Theme.chineseText(titleZh);
        titleZh.setText(initial.titleZh());
        titleEn.setId("cycleTitleEn");
        titleEn.setText(initial.titleEn());
        periodStart.setId("cyclePeriodStart");
        periodEnd.setId("cyclePeriodEnd");
        phase.setId("cyclePhase");
        phase.setValue(initial.currentPhase());
        phase.setCellFactory(l -> new PhaseCell());
        phase.setButtonCell(new PhaseCell());
        length.setId("cycleLength");
        length.getValueFactory().setValue(initial.lengthYears());
        length.setPrefWidth(90);
        Label lengthHint = new Label(m.get(isNew ? "cycle.setup.lengthHintNew" : "cycle.setup.lengthHint"));
        lengthHint.getStyleClass().add("muted");
        lengthHint.setWrapText(true);
        HBox lengthRow = new HBox(8, length, lengthHint);
        lengthRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(lengthHint, Priority.ALWAYS);

        GridPane general = new GridPane();
        general.getStyleClass().add("detail-grid");
        general.setHgap(10);
        general.setVgap(8);
        general.addRow(0, label("cycle.setup.titleZh", titleZh), titleZh);
        general.addRow(1, label("cycle.setup.titleEn", titleEn), titleEn);
        general.addRow(2, label("cycle.setup.period", periodStart), new HBox(8, periodStart, new Label("–"), periodEnd));
        general.addRow(3, label("cycle.setup.currentPhase", phase), phase);
        general.addRow(4, label("cycle.setup.length", length), lengthRow);
        GridPane.setHgrow(titleZh, Priority.ALWAYS);
        GridPane.setHgrow(titleEn, Priority.ALWAYS);

        GridPane phases = new GridPane();
        phases.setHgap(8);
        phases.setVgap(6);
        phases.setId("cyclePhases");
        phases.addRow(0, new Label(), heading("cycle.setup.plannedStart"), heading("cycle.setup.plannedEnd"),
                heading("cycle.setup.actualStart"), heading("cycle.setup.actualEnd"));
        int r = 1;
        for (Phase p : Phase.timeline()) {
            PhasePlan plan = initial.phases().stream().filter(x -> x.phase() == p).findFirst().orElse(null);
            PhaseRow row = new PhaseRow(p, plan);
            phaseRows.add(row);
            phases.addRow(r++, row.name, row.plannedStart, row.plannedEnd, row.actualStart, row.actualEnd);
        }

        initial.milestones().forEach(this::addMilestone);
        Button add = new Button(m.get("cycle.setup.addMilestone"));
        add.setId("addMilestone");
        add.setOnAction(e -> {
            addMilestone(new CycleSetup.MilestoneDraft(null, phase.getValue() == Phase.CLOSED ? Phase.FOLLOW_UP : phase.getValue(),
                    "", "", null, null));
            // the new row in sight, its first field ready for typing
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
            milestones.getLast().zh.requestFocus();
        });

        problem.setId("cycleSetupProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        HBox milestonesHeading = new HBox(12, section("cycle.setup.milestones"), add);
        milestonesHeading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.getChildren().setAll(general, section("cycle.setup.phases"), phases, milestonesHeading, milestoneRows, problem);
        content.setPadding(new Insets(4));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(980);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(1040); // four dates in a row read whole
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // checked before the dialog closes: a problem is said here, and what was typed stays
        org.uncacworkbench.ui.FormDialogs.saveChecked(dialog, m, "saveCycleSetup", () -> read().validate(), problem);
    }

    /** Shows the dialog and waits; the setup as the user saved it, or empty when cancelled. */
    public Optional<CycleSetup> showAndWait(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    /** The setup as the form holds it now (dates typed but not yet confirmed with Enter included). */
    CycleSetup read() {
        List<PhasePlan> plans = new ArrayList<>();
        for (PhaseRow row : phaseRows) {
            plans.add(new PhasePlan(row.phase, date(row.plannedStart), date(row.plannedEnd), date(row.actualStart), date(row.actualEnd)));
        }
        List<CycleSetup.MilestoneDraft> drafts = milestones.stream().map(MilestoneRow::read).toList();
        return new CycleSetup(titleZh.getText(), titleEn.getText(), date(periodStart), date(periodEnd), phase.getValue(), plans, drafts,
                length.getValue());
    }

    /** Shows {@code plan}'s period, phases' planned dates and milestones instead of those shown; titles typed stay. */
    private void movePlan(CycleSetup plan) {
        periodStart.setValue(plan.periodStart());
        periodEnd.setValue(plan.periodEnd());
        for (PhaseRow row : phaseRows) {
            PhasePlan p = plan.phases().stream().filter(x -> x.phase() == row.phase).findFirst().orElse(null);
            row.plannedStart.setValue(p == null ? null : p.plannedStart());
            row.plannedEnd.setValue(p == null ? null : p.plannedEnd());
        }
        milestones.clear();
        milestoneRows.getChildren().clear();
        plan.milestones().forEach(this::addMilestone);
    }

    private LocalDate date(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return org.uncacworkbench.i18n.DateFormats.parse(typed, m.language()).orElse(picker.getValue());
    }

    private void addMilestone(CycleSetup.MilestoneDraft draft) {
        MilestoneRow row = new MilestoneRow(draft);
        milestones.add(row);
        milestoneRows.getChildren().add(row.box);
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("muted");
        return l;
    }

    private Label section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private DatePicker picker(LocalDate value, String id) {
        DatePicker p = DatePickers.localize(new DatePicker(value), m);
        p.setId(id);
        p.setPrefWidth(170);
        return p;
    }

    /** One phase's dates. */
    private final class PhaseRow {
        final Phase phase;
        final Label name;
        final DatePicker plannedStart;
        final DatePicker plannedEnd;
        final DatePicker actualStart;
        final DatePicker actualEnd;

        PhaseRow(Phase phase, PhasePlan plan) {
            this.phase = phase;
            name = new Label(m.get(phase.messageKey()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            String id = "phase-" + phase.code();
            plannedStart = picker(plan == null ? null : plan.plannedStart(), id + "-plannedStart");
            plannedEnd = picker(plan == null ? null : plan.plannedEnd(), id + "-plannedEnd");
            actualStart = picker(plan == null ? null : plan.actualStart(), id + "-actualStart");
            actualEnd = picker(plan == null ? null : plan.actualEnd(), id + "-actualEnd");
            actualStart.setPromptText(m.get("cycle.setup.notYet")); // not today's date, which would read as a value
            actualEnd.setPromptText(m.get("cycle.setup.notYet"));
        }
    }

    /** One milestone: its phase, titles, due date and the day it was done; removable. */
    private final class MilestoneRow {
        final Long id;
        final ComboBox<Phase> phase = new ComboBox<>(FXCollections.observableArrayList(Phase.timeline()));
        final TextField zh = new TextField();
        final TextField en = new TextField();
        final DatePicker due;
        final DatePicker done;
        final HBox box;

        MilestoneRow(CycleSetup.MilestoneDraft draft) {
            id = draft.id();
            int n = milestones.size() + 1;
            phase.setValue(draft.phase());
            phase.setCellFactory(l -> new PhaseCell());
            phase.setButtonCell(new PhaseCell());
            zh.setText(draft.titleZh());
            zh.setPromptText(m.get("cycle.setup.milestoneZh"));
            zh.setId("milestoneZh-" + n);
            Theme.chineseText(zh);
            en.setText(draft.titleEn());
            en.setPromptText(m.get("cycle.setup.milestoneEn"));
            en.setId("milestoneEn-" + n);
            due = picker(draft.dueOn(), "milestoneDue-" + n);
            due.setPromptText(m.get("cycle.setup.due"));
            done = picker(draft.completedOn(), "milestoneDone-" + n);
            done.setPromptText(m.get("cycle.setup.done"));
            Button remove = new Button(m.get("cycle.setup.removeMilestone"));
            remove.setId("removeMilestone-" + n);
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the titles give way, not the button
            HBox.setHgrow(zh, Priority.ALWAYS);
            HBox.setHgrow(en, Priority.ALWAYS);
            box = new HBox(6, phase, zh, en, due, done, remove);
            remove.setOnAction(e -> {
                milestones.remove(this);
                milestoneRows.getChildren().remove(box);
            });
        }

        CycleSetup.MilestoneDraft read() {
            return new CycleSetup.MilestoneDraft(id, phase.getValue(), zh.getText(), en.getText(), date(due), date(done));
        }
    }

    private final class PhaseCell extends ListCell<Phase> {
        @Override
        protected void updateItem(Phase p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : m.get(p.messageKey()));
        }
    }
}
