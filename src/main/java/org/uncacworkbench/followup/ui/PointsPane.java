package org.uncacworkbench.followup.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.followup.Assignment;
import org.uncacworkbench.followup.AssignmentDraft;
import org.uncacworkbench.followup.ControlLevel;
import org.uncacworkbench.followup.DecisionDraft;
import org.uncacworkbench.followup.DecisionKind;
import org.uncacworkbench.followup.FollowupSnapshot;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.followup.ProgressReport;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;

/**
 * The points under follow-up: every adopted observation with its lead agency, control level, latest
 * round, assessment and tracking; beside it the chosen point's assignment (agencies, control level,
 * action plan, milestones, indicators), its latest report to assess, the tracking decision, and its
 * whole history.
 */
final class PointsPane extends SplitPane {

    private final FollowupViewModel vm;
    private final Messages m;
    private final Language lang;
    private final TableView<FollowupSnapshot.Row> table = new TableView<>();
    private final Label pointTitle = new Label();
    private final Label pointText = new Label();
    private final ComboBox<Agency> lead = new ComboBox<>();
    private final TextField co = new TextField();
    private final ComboBox<ControlLevel> level = new ComboBox<>(FXCollections.observableArrayList(ControlLevel.values()));
    private final TextArea planZh = new TextArea();
    private final TextArea planEn = new TextArea();
    private final PlanLists plan;
    private final Label latest = new Label();
    private final ComboBox<Grade> grade = new ComboBox<>();
    private final TextField assessNote = new TextField();
    private final javafx.scene.layout.VBox assessing = new javafx.scene.layout.VBox(6);
    private final ComboBox<DecisionKind> decision = new ComboBox<>(FXCollections.observableArrayList(DecisionKind.values()));
    private final DatePicker decidedOn;
    private final TextField decidedBy = new TextField();
    private final TextArea reasonZh = new TextArea();
    private final TextField reasonEn = new TextField();
    private final TextField evidence = new TextField();
    private final ComboBox<org.uncacworkbench.panel.PanelSession> session = new ComboBox<>();
    private final ComboBox<org.uncacworkbench.panel.Ruling> ruling = new ComboBox<>();
    /** Who assesses: the secretariat (no meeting) or the panel at one of its meetings. */
    private final ComboBox<org.uncacworkbench.panel.PanelSession> assessedAt = new ComboBox<>();
    private final VBox history = new VBox(4);
    private final ListView<org.uncacworkbench.followup.ObservationLink> links = new ListView<>();
    private final TextField earlierCycle = new TextField();
    private final TextField earlierPoint = new TextField();
    private final ComboBox<org.uncacworkbench.followup.ObservationLink.Kind> linkKind =
            new ComboBox<>(FXCollections.observableArrayList(org.uncacworkbench.followup.ObservationLink.Kind.values()));
    private final VBox form = new VBox(10);
    private FollowupSnapshot.Row row;
    private ProgressReport latestReport;

    PointsPane(FollowupViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        this.lang = m.language();
        plan = new PlanLists(m, vm.problemProperty()::set);
        decidedOn = DatePickers.create(m);
        setId("followupPointsPane");
        table.setId("followupTable");
        Placeholders.empty(table, m.get("followup.page.empty"));
        table.getColumns().addAll(List.of(
                column("followup.column.no", r -> String.valueOf(r.observation().number()), 45, 40),
                // the point's text second, so that it stays in sight when the other columns need scrolling
                column("followup.column.text", r -> r.observation().text(lang).replaceAll("\\s+", " "), 230, 120),
                column("followup.column.lead", r -> r.assignment() == null ? "—" : r.assignment().lead().code(), 60, 50),
                column("followup.column.level", r -> r.assignment() == null ? "" : m.get(r.assignment().controlLevel().key()), 85, 70),
                column("followup.column.round", r -> r.latest() == null ? "" : r.latest().roundLabel(), 70, 60),
                column("followup.column.grade", r -> r.grade() == null ? "" : r.grade().name(), 50, 45),
                column("followup.column.tracking", r -> m.get(r.tracking().key()), 90, 80)));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> show(r));
        Label status = new Label();
        status.setId("followupStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setPadding(new Insets(4, 8, 4, 8));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(vm.statusProperty());
        ComboBox<Language> docLanguage = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        docLanguage.setId("followupDocLanguage");
        docLanguage.setValue(lang);
        docLanguage.setCellFactory(x -> new org.uncacworkbench.ui.LanguageCell());
        docLanguage.setButtonCell(new org.uncacworkbench.ui.LanguageCell());
        Button tableXlsx = new Button(m.get("followup.page.export.tableXlsx"));
        tableXlsx.setId("exportFollowupXlsx");
        tableXlsx.setOnAction(e -> vm.export(FollowupViewModel.Document.TABLE_XLSX, docLanguage.getValue()));
        Button tableDocx = new Button(m.get("followup.page.export.tableDocx"));
        tableDocx.setId("exportFollowupDocx");
        tableDocx.setOnAction(e -> vm.export(FollowupViewModel.Document.TABLE_DOCX, docLanguage.getValue()));
        Button midterm = new Button(m.get("followup.page.export.midterm"));
        midterm.setId("exportMidterm");
        midterm.setOnAction(e -> vm.export(FollowupViewModel.Document.MIDTERM, docLanguage.getValue()));
        Button sheetOut = new Button(m.get("followup.assignSheet.write"));
        sheetOut.setId("writeAssignmentSheet");
        sheetOut.setOnAction(e -> vm.writeAssignmentSheet());
        Button sheetIn = new Button(m.get("followup.assignSheet.import"));
        sheetIn.setId("importAssignmentSheet");
        sheetIn.setOnAction(e -> vm.importAssignmentSheet());
        FlowPane documents = new FlowPane(6, 6, docLanguage, tableXlsx, tableDocx, midterm, sheetOut, sheetIn);
        documents.setPadding(new Insets(6, 8, 6, 8));
        BorderPane left = new BorderPane(table, documents, null, status, null);

        form.setPadding(new Insets(12));
        form.setId("followupForm");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        getItems().addAll(left, scroll);
        setDividerPositions(0.56);
        pointTitle.getStyleClass().add("section-title");
        form.getChildren().setAll(pointTitle);
        show(null);
    }

    private TableColumn<FollowupSnapshot.Row, String> column(String key, Function<FollowupSnapshot.Row, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }

    /** Whether the point's form is built: the first time a point is chosen, so that the page opens quickly. */
    private boolean built;

    private void build() {
        built = true;
        pointText.setWrapText(true);
        pointText.setId("followupPointText");
        Label problem = FormParts.problem("followupProblem", vm.problemProperty());

        lead.setId("leadAgency");
        lead.setItems(vm.agencies());
        lead.setCellFactory(x -> agencyCell());
        lead.setButtonCell(agencyCell());
        lead.setMaxWidth(Double.MAX_VALUE);
        co.setId("coAgencies");
        co.setMaxWidth(Double.MAX_VALUE);
        co.setPromptText(m.get("followup.page.coPrompt"));
        level.setId("controlLevel");
        level.setCellFactory(x -> named(ControlLevel::key));
        level.setButtonCell(named(ControlLevel::key));
        planZh.setId("planZh");
        org.uncacworkbench.ui.Theme.chineseText(planZh, reasonZh);
        planEn.setId("planEn");
        for (TextArea t : List.of(planZh, planEn, reasonZh)) {
            t.setWrapText(true);
            t.setPrefRowCount(3);
        }
        GridPane assign = grid();
        addRow(assign, 0, "followup.field.lead", lead);
        addRow(assign, 1, "followup.field.co", co);
        addRow(assign, 2, "followup.field.level", level);
        addRow(assign, 3, "followup.field.planZh", planZh);
        addRow(assign, 4, "followup.field.planEn", planEn);

        Button save = new Button(m.get("followup.page.saveAssignment"));
        save.setId("saveAssignment");
        save.setDefaultButton(false);
        save.setOnAction(e -> saveAssignment());

        latest.setId("latestReport");
        latest.setWrapText(true);
        grade.setId("grade");
        grade.setItems(vm.grades());
        grade.setCellFactory(x -> text(vm::gradeLabel));
        grade.setButtonCell(text(vm::gradeLabel));
        assessNote.setId("assessNote");
        assessNote.setPromptText(m.get("followup.field.assessNote"));
        assessedAt.setId("assessSession");
        // the secretariat first (no meeting), then the cycle's panel meetings
        javafx.collections.ObservableList<org.uncacworkbench.panel.PanelSession> assessors = FXCollections.observableArrayList();
        Runnable refill = () -> {
            var chosen = assessedAt.getValue();
            java.util.List<org.uncacworkbench.panel.PanelSession> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(vm.sessions());
            assessors.setAll(all);
            assessedAt.setValue(chosen);
        };
        refill.run();
        vm.sessions().subscribe(refill);
        assessedAt.setItems(assessors);
        // the secretariat is a choice like a meeting, and shown when chosen (the value is then null)
        assessedAt.setCellFactory(x -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.uncacworkbench.panel.PanelSession item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : assessorLabel(item));
            }
        });
        assessedAt.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.uncacworkbench.panel.PanelSession item, boolean empty) {
                super.updateItem(item, empty);
                setText(assessorLabel(item));
            }
        });
        assessedAt.setAccessibleText(m.get("followup.page.assessAt"));
        Button scale = new Button(m.get("followup.scale.edit"));
        scale.setId("editScale");
        scale.setOnAction(e -> new ScaleDialog(m, vm.scale()).showAndWait(getScene() == null ? null : getScene().getWindow())
                .ifPresent(vm::saveScale));
        Button assess = new Button(m.get("followup.page.assess"));
        assess.setId("assessButton");
        assess.setOnAction(e -> {
            if (latestReport != null) {
                Long keep = row.observation().id();
                vm.assess(latestReport, grade.getValue(), assessNote.getText(), assessedAt.getValue(), () -> reselect(keep));
            }
        });

        decision.setId("decisionKind");
        decision.setCellFactory(x -> named(DecisionKind::key));
        decision.setButtonCell(named(DecisionKind::key));
        decidedOn.setId("decidedOn");
        decidedBy.setId("decidedBy");
        reasonZh.setId("reasonZh");
        reasonEn.setId("reasonEn");
        evidence.setId("evidence");
        evidence.setPromptText(m.get("followup.field.evidencePrompt"));
        GridPane decide = grid();
        addRow(decide, 0, "followup.field.decision", decision);
        addRow(decide, 1, "followup.field.decidedOn", decidedOn);
        addRow(decide, 2, "followup.field.decidedBy", decidedBy);
        addRow(decide, 3, "followup.field.reasonZh", reasonZh);
        addRow(decide, 4, "followup.field.reasonEn", reasonEn);
        addRow(decide, 5, "followup.field.evidence", evidence);
        session.setId("decisionSession");
        session.setItems(vm.sessions());
        session.setCellFactory(x -> text(this::sessionLabel));
        session.setButtonCell(text(this::sessionLabel));
        session.setMaxWidth(Double.MAX_VALUE);
        session.valueProperty().subscribe(chosen -> {
            if (chosen != null) {
                decidedBy.setText(sessionLabel(chosen)); // the meeting decided; it is named as the decider
            }
        });
        Button noSession = new Button(m.get("followup.page.noSession"));
        noSession.setId("noDecisionSession");
        noSession.disableProperty().bind(session.valueProperty().isNull());
        noSession.setOnAction(e -> {
            session.setValue(null);
            decidedBy.setText(m.get("followup.page.defaultDecider"));
        });
        addRow(decide, 6, "followup.field.session", new javafx.scene.layout.HBox(6, session, noSession));
        ruling.setId("decisionRuling");
        ruling.setMaxWidth(Double.MAX_VALUE);
        ruling.setPromptText(m.get("followup.page.noRuling"));
        javafx.collections.transformation.FilteredList<org.uncacworkbench.panel.Ruling> ofSession = new javafx.collections.transformation.FilteredList<>(
                vm.rulings(), x -> false);
        ruling.setItems(ofSession);
        ruling.setCellFactory(x -> text(this::rulingLabel));
        ruling.setButtonCell(text(this::rulingLabel));
        ruling.disableProperty().bind(session.valueProperty().isNull());
        session.valueProperty().subscribe(chosen -> {
            ruling.setValue(null);
            ofSession.setPredicate(x -> chosen != null && x.sessionId() == chosen.id());
        });
        addRow(decide, 7, "followup.field.ruling", ruling);
        javafx.scene.layout.HBox.setHgrow(session, Priority.ALWAYS);
        Button decideButton = new Button(m.get("followup.page.decide"));
        decideButton.setId("decideButton");
        decideButton.setOnAction(e -> decide());
        history.setId("followupHistory");
        links.setId("linkList");
        links.setPrefHeight(70);
        links.setCellFactory(x -> text(l -> m.format("followup.link.line", m.get(l.kind().key()), l.earlierCycle(), l.earlierNumber(),
                lang.isChinese() || l.earlierTextEn() == null ? (l.earlierTextZh() == null ? l.earlierTextEn() : l.earlierTextZh()) : l.earlierTextEn())));
        earlierCycle.setId("earlierCycle");
        earlierCycle.setPrefColumnCount(5);
        earlierCycle.setPromptText(m.get("followup.link.cyclePrompt"));
        earlierPoint.setId("earlierPoint");
        earlierPoint.setPrefColumnCount(5);
        earlierPoint.setPromptText(m.get("followup.link.pointPrompt"));
        linkKind.setId("linkKind");
        linkKind.setCellFactory(x -> named(org.uncacworkbench.followup.ObservationLink.Kind::key));
        linkKind.setButtonCell(named(org.uncacworkbench.followup.ObservationLink.Kind::key));
        Button link = new Button(m.get("followup.link.add"));
        link.setId("addLink");
        link.setOnAction(e -> {
            if (row != null) {
                long keep = row.observation().id();
                vm.link(row, earlierCycle.getText(), earlierPoint.getText(), linkKind.getValue(), () -> reselect(keep));
            }
        });
        Button unlink = new Button(m.get("followup.page.remove"));
        unlink.setId("removeLink");
        unlink.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> {
            long keep = row.observation().id();
            vm.unlink(links.getSelectionModel().getSelectedItem(), () -> reselect(keep));
        });

        form.getChildren().setAll(pointTitle, pointText, problem,
                heading("followup.page.assignTitle"), assign,
                plan,
                new FlowPane(8, 8, save),
                heading("followup.page.latestTitle"), latest, assessRow(assess, scale),
                heading("followup.page.decideHeading"), decide, new FlowPane(8, 8, decideButton),
                heading("followup.link.title"), links, new FlowPane(6, 6, linkKind, earlierCycle, earlierPoint, link, unlink),
                heading("followup.page.historyTitle"), history);
    }

    private void show(FollowupSnapshot.Row r) {
        row = r;
        vm.problemProperty().set("");
        if (r == null) {
            pointTitle.setText(m.get("followup.page.choose"));
            pointText.setText("");
            form.setDisable(built); // once built, the form stays, greyed, until a point is chosen again
            return;
        }
        if (!built) {
            build();
        }
        form.setDisable(false);
        pointTitle.setText(m.format("followup.page.pointTitle", r.observation().number(), m.get(r.tracking().key())));
        pointText.setText(r.observation().text(lang));
        Assignment a = r.assignment();
        lead.setValue(a == null ? null : vm.agencies().stream().filter(x -> x.code().equals(a.lead().code())).findFirst().orElse(null));
        co.setText(a == null ? "" : String.join(", ", a.coAgencies().stream().map(x -> x.code()).toList()));
        level.setValue(a == null ? null : a.controlLevel());
        planZh.setText(a == null ? "" : nz(a.planZh()));
        planEn.setText(a == null ? "" : nz(a.planEn()));
        plan.show(a);
        latestReport = r.latest();
        latest.setText(latestReport == null ? m.get(a == null ? "followup.page.notAssigned" : "followup.page.noReport")
                : m.format("followup.page.latest", latestReport.roundLabel(), latestReport.agency().label(lang),
                        latestReport.ownStatus() == null ? "—" : m.get(latestReport.ownStatus().key()), latestReport.text(lang),
                        nz(latestReport.nextSteps(lang)).isEmpty() ? "—" : latestReport.nextSteps(lang),
                        nz(latestReport.evidence()).isEmpty() ? "—" : latestReport.evidence()));
        grade.setValue(r.grade());
        assessNote.clear();
        assessedAt.setValue(null);
        assessing.setDisable(latestReport == null);
        decision.setValue(null);
        decidedOn.setValue(vm.today());
        session.setValue(null);
        decidedBy.setText(m.get("followup.page.defaultDecider"));
        reasonZh.clear();
        reasonEn.clear();
        evidence.setText(latestReport == null ? "" : nz(latestReport.evidence()));
        decision.getParent().setDisable(a == null);
        links.getItems().setAll(vm.links(r));
        earlierCycle.setText(vm.previousCycleNumber());
        earlierPoint.clear();
        linkKind.setValue(org.uncacworkbench.followup.ObservationLink.Kind.FOLLOWS_UP);
        history.getChildren().setAll(vm.history(r).stream().map(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        if (history.getChildren().isEmpty()) {
            history.getChildren().add(new Label(m.get("followup.page.noHistory")));
        }
    }

    private void reselect(long observationId) {
        vm.rows().stream().filter(x -> x.observation().id() == observationId).findFirst().ifPresent(x -> {
            table.getSelectionModel().select(x);
            table.scrollTo(x);
        });
    }

    private void saveAssignment() {
        if (row == null) {
            return;
        }
        List<String> coCodes = Arrays.stream(co.getText().split("[,，、;；\\s]+")).filter(s -> !s.isBlank())
                .map(s -> s.strip().toUpperCase(java.util.Locale.ROOT)).toList();
        AssignmentDraft draft = new AssignmentDraft(lead.getValue() == null ? null : lead.getValue().code(), coCodes, level.getValue(),
                planZh.getText(), planEn.getText(), plan.milestones(), plan.indicators());
        long keep = row.observation().id();
        vm.saveAssignment(row, draft, () -> reselect(keep));
    }

    private void decide() {
        if (row == null || row.assignment() == null) {
            return;
        }
        try {
            DecisionDraft d = new DecisionDraft(decision.getValue(), DatePickers.read(decidedOn, m), reasonZh.getText(), reasonEn.getText(),
                    evidence.getText(), decidedBy.getText(), latestReport == null ? null : latestReport.id(),
                    session.getValue() == null ? null : session.getValue().id(), ruling.getValue() == null ? null : ruling.getValue().id());
            long keep = row.observation().id();
            vm.decide(row, d, () -> reselect(keep));
        } catch (WorkbenchException e) {
            vm.problemProperty().set(m.text(e.userMessage()));
        }
    }

    /** Grade and who assesses on one line, the note and the buttons on the next; the scale stays at hand without a report. */
    private javafx.scene.Node assessRow(Button assess, Button scale) {
        javafx.scene.layout.HBox who = new javafx.scene.layout.HBox(6, grade, assessedAt);
        javafx.scene.layout.HBox note = new javafx.scene.layout.HBox(6, assessNote, assess);
        javafx.scene.layout.HBox.setHgrow(assessNote, Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(assessedAt, Priority.ALWAYS);
        assessedAt.setMaxWidth(Double.MAX_VALUE);
        assessing.getChildren().setAll(who, note);
        return new javafx.scene.layout.VBox(6, assessing, scale);
    }

    private String assessorLabel(org.uncacworkbench.panel.PanelSession s) {
        return s == null ? m.get("followup.page.bySecretariat") : sessionLabel(s);
    }

    private String rulingLabel(org.uncacworkbench.panel.Ruling r) {
        String t = r.text(lang).replaceAll("\\s+", " ");
        return m.format("followup.page.rulingLabel", r.itemNo(), t.length() > 80 ? t.substring(0, 79) + "…" : t);
    }

    private String sessionLabel(org.uncacworkbench.panel.PanelSession s) {
        return m.format("followup.page.sessionLabel", s.number(), org.uncacworkbench.i18n.DateFormats.date(s.startsAt().toLocalDate(), lang));
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setVgap(3);
        var c = new javafx.scene.layout.ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        g.getColumnConstraints().add(c);
        return g;
    }

    /** A field under its label: the form is narrow beside the list, and agencies' English names are long. */
    private void addRow(GridPane g, int r, String key, Node field) {
        FormParts.addRow(g, r, m.get(key), field, true);
    }

    private ListCell<Agency> agencyCell() {
        return text(a -> a.ref().label(lang));
    }

    private <T> ListCell<T> named(Function<T, String> key) {
        return text(x -> m.get(key.apply(x)));
    }

    private static <T> ListCell<T> text(Function<T, String> show) {
        return FormParts.text(show);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
