package org.uncacworkbench.followup.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.followup.RoundDraft;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;

/**
 * The reporting rounds: each round with its deadline, and a form to open the next; for the chosen
 * round, its agencies (points, sent, returned, late) with the commands to write their workbooks and
 * letters and to import a workbook an agency returned.
 */
final class RoundsPane extends SplitPane {

    private final FollowupViewModel vm;
    private final Messages m;
    private final Language lang;
    private final TableView<ReportingRound> rounds = new TableView<>();
    private final TableView<ReportingRound.AgencyState> agencies = new TableView<>();
    private final TextField label = new TextField();
    private final TextField titleZh = new TextField();
    private final TextField titleEn = new TextField();
    private final DatePicker opened;
    private final DatePicker due;
    private final TextField letterNo = new TextField();
    private final ComboBox<ReportingRound.Urgency> urgency = new ComboBox<>(FXCollections.observableArrayList(ReportingRound.Urgency.values()));

    RoundsPane(FollowupViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        this.lang = m.language();
        opened = DatePickers.create(m);
        due = DatePickers.create(m);
        setId("roundsPane");
        rounds.setId("roundTable");
        Placeholders.empty(rounds, m.get("followup.rounds.empty"));
        rounds.getColumns().addAll(List.of(
                roundColumn("followup.rounds.column.label", ReportingRound::label, 80, 70),
                roundColumn("followup.rounds.column.title", r -> r.title(lang), 150, 100),
                roundColumn("followup.rounds.column.opened", r -> DateFormats.date(r.openedOn(), lang), 120, 100),
                roundColumn("followup.rounds.column.due", r -> DateFormats.date(r.dueOn(), lang), 120, 100)));
        rounds.setItems(vm.rounds());
        rounds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rounds.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.showAgencies(r));

        label.setId("roundLabel");
        titleZh.setId("roundTitleZh");
        org.uncacworkbench.ui.Theme.chineseText(titleZh);
        titleEn.setId("roundTitleEn");
        opened.setId("roundOpened");
        due.setId("roundDue");
        letterNo.setId("roundLetterNo");
        letterNo.setPromptText(m.get("followup.rounds.letterPrompt"));
        urgency.setId("roundUrgency");
        urgency.setCellFactory(x -> urgencyCell());
        urgency.setButtonCell(urgencyCell());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        var labels = new javafx.scene.layout.ColumnConstraints();
        var fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        for (TextField f : List.of(label, titleZh, titleEn, letterNo)) {
            f.setMaxWidth(Double.MAX_VALUE);
        }
        addRow(form, 0, "followup.rounds.field.label", label);
        addRow(form, 1, "followup.rounds.field.titleZh", titleZh);
        addRow(form, 2, "followup.rounds.field.titleEn", titleEn);
        addRow(form, 3, "followup.rounds.field.opened", opened);
        addRow(form, 4, "followup.rounds.field.due", due);
        addRow(form, 5, "followup.rounds.field.letterNo", letterNo);
        addRow(form, 6, "followup.rounds.field.urgency", urgency);
        Button open = new Button(m.get("followup.rounds.open"));
        open.setId("openRound");
        open.setOnAction(e -> openRound());
        Label newTitle = new Label(m.get("followup.rounds.newTitle"));
        newTitle.getStyleClass().add("section-title");
        Label problem = FormParts.problem("roundProblem", vm.problemProperty());
        VBox formBox = new VBox(8, newTitle, problem, form, new FlowPane(8, 8, open));
        formBox.setPadding(new Insets(12));
        ScrollPane formScroll = new ScrollPane(formBox);
        formScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(rounds, formScroll);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.4);

        agencies.setId("roundAgencyTable");
        Placeholders.empty(agencies, m.get("followup.rounds.chooseRound"));
        agencies.getColumns().addAll(List.of(
                agencyColumn("followup.rounds.column.agency", a -> a.agency().label(lang), 200, 120),
                agencyColumn("followup.rounds.column.points", a -> String.valueOf(a.points()), 60, 50),
                agencyColumn("followup.rounds.column.sent", a -> a.sentOn() == null ? "—" : DateFormats.date(a.sentOn(), lang), 110, 90),
                agencyColumn("followup.rounds.column.returned", a -> a.returnedOn() == null ? "—" : DateFormats.date(a.returnedOn(), lang), 110, 90),
                agencyColumn("followup.rounds.column.state", a -> m.get(a.returnedOn() != null ? "followup.rounds.state.returned"
                        : a.overdue() ? "followup.rounds.state.overdue" : a.sentOn() != null ? "followup.rounds.state.waiting"
                        : "followup.rounds.state.notSent"), 90, 80)));
        agencies.setItems(vm.agencyStates());
        agencies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button writeAll = new Button(m.get("followup.rounds.writeAll"));
        writeAll.setId("writeAllRoundFiles");
        writeAll.disableProperty().bind(rounds.getSelectionModel().selectedItemProperty().isNull());
        writeAll.setOnAction(e -> vm.writeRoundFiles(rounds.getSelectionModel().getSelectedItem(), null));
        Button writeOne = new Button(m.get("followup.rounds.writeOne"));
        writeOne.setId("writeRoundFiles");
        writeOne.disableProperty().bind(agencies.getSelectionModel().selectedItemProperty().isNull());
        writeOne.setOnAction(e -> vm.writeRoundFiles(rounds.getSelectionModel().getSelectedItem(), agencies.getSelectionModel().getSelectedItem()));
        Button importBook = new Button(m.get("followup.rounds.import"));
        importBook.setId("importWorkbook");
        importBook.disableProperty().bind(rounds.getSelectionModel().selectedItemProperty().isNull());
        importBook.setOnAction(e -> vm.importWorkbook(rounds.getSelectionModel().getSelectedItem(), agencies.getSelectionModel().getSelectedItem()));
        Label hint = new Label(m.get("followup.rounds.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox top = new VBox(6, new FlowPane(8, 8, writeAll, writeOne, importBook), hint);
        top.setPadding(new Insets(8));
        getItems().addAll(left, new BorderPane(agencies, top, null, null, null));
        setDividerPositions(0.45);
        fillProposal();
        vm.rounds().addListener((javafx.collections.ListChangeListener<ReportingRound>) c -> fillProposal());
    }

    private void fillProposal() {
        RoundDraft p = vm.proposedRound();
        label.setText(p.label());
        titleZh.setText(p.titleZh());
        titleEn.setText(p.titleEn());
        // the editor too: typed text not yet committed would otherwise stay in sight over the proposal
        opened.setValue(p.openedOn());
        opened.getEditor().setText(opened.getConverter().toString(p.openedOn()));
        due.setValue(p.dueOn());
        due.getEditor().setText(due.getConverter().toString(p.dueOn()));
        letterNo.clear();
        urgency.setValue(p.urgency());
    }

    private void openRound() {
        try {
            RoundDraft d = new RoundDraft(label.getText(), titleZh.getText(), titleEn.getText(), DatePickers.read(opened, m),
                    DatePickers.read(due, m), letterNo.getText(), urgency.getValue());
            vm.openRound(d, r -> rounds.getSelectionModel().select(r));
        } catch (WorkbenchException e) {
            vm.problemProperty().set(m.text(e.userMessage()));
        }
    }

    private TableColumn<ReportingRound, String> roundColumn(String key, Function<ReportingRound, String> text, double w, double least) {
        return Cells.column(m.get(key), text, w, least);
    }

    private TableColumn<ReportingRound.AgencyState, String> agencyColumn(String key, Function<ReportingRound.AgencyState, String> text,
                                                                         double w, double least) {
        return Cells.column(m.get(key), text, w, least);
    }

    private void addRow(GridPane g, int r, String key, javafx.scene.Node field) {
        FormParts.addRow(g, r, m.get(key), field, false);
    }

    private ListCell<ReportingRound.Urgency> urgencyCell() {
        return FormParts.text(u -> m.get(u.key()));
    }
}
