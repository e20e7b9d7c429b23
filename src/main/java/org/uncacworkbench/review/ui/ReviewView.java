package org.uncacworkbench.review.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.review.ReviewerDraft;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.PageView;
import org.uncacworkbench.ui.Placeholders;
import org.uncacworkbench.ui.StaticText;

/**
 * The international review's page. Its first tab holds the cycle's reviewers: a table (the chair first,
 * those who left last) and a form to add one or change the one chosen, mark them as having left or take
 * them back, or delete one entered by mistake. The second holds the list of issues ({@link QuestionsPane}),
 * the third civil society's parallel reports ({@link ParallelReportsPane}), the fourth the review meeting
 * ({@link MeetingPane}), the fifth the concluding observations ({@link ObservationsPane}).
 */
public final class ReviewView implements PageView {

    private final ReviewersViewModel vm;
    private final Messages m;
    private final TabPane root = new TabPane();
    private final TableView<Reviewer> table = new TableView<>();
    private final Subscription subscription;

    private final TextField name = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nationality = new TextField();
    private final TextField affiliation = new TextField();
    private final TextArea expertise = new TextArea();
    private final TextField email = new TextField();
    private final CheckBox chair = new CheckBox();
    private final DatePicker declared;
    private final DatePicker leftOn;
    private final Label formTitle = new Label();
    private final Label leftState = new Label();
    private final Button save = new Button();
    private final Button leave = new Button();
    private final Button reinstate = new Button();
    private final Button delete = new Button();
    private Reviewer editing;

    public ReviewView(ReviewersViewModel vm, QuestionsViewModel questions, ParallelReportsViewModel parallel, MeetingViewModel meeting,
                      ObservationsViewModel observations, ObservableValue<Cycle> cycle) {
        this.vm = vm;
        this.m = vm.messages();
        declared = DatePickers.create(m);
        leftOn = DatePickers.create(m);
        root.setId("reviewPage");
        Tab reviewers = new Tab(m.get("review.reviewers.tab"), reviewersTab());
        reviewers.setId("reviewersTab");
        reviewers.setClosable(false);
        Tab issues = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("review.questions.tab")), () -> new QuestionsPane(questions));
        issues.setId("questionsTab");
        issues.setClosable(false);
        Tab concluding = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("review.observations.tab")),
                () -> new ObservationsPane(observations));
        concluding.setId("observationsTab");
        concluding.setClosable(false);
        Tab civil = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("review.parallel.tab")), () -> new ParallelReportsPane(parallel));
        civil.setId("parallelTab");
        civil.setClosable(false);
        Tab meetingTab = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("review.meeting.tab")), () -> new MeetingPane(meeting));
        meetingTab.setId("meetingTab");
        meetingTab.setClosable(false);
        root.getTabs().addAll(reviewers, issues, civil, meetingTab, concluding);
        subscription = cycle.subscribe(c -> {
            vm.load(c);
            questions.load(c);
            parallel.load(c);
            meeting.load(c);
            observations.load(c);
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
    }

    private Node reviewersTab() {
        Language lang = m.language();
        table.setId("reviewerTable");
        Placeholders.empty(table, m.get("review.reviewers.empty"));
        table.getColumns().addAll(List.of(
                Forms.data(column("review.reviewer.column.name", Reviewer::name, 190, 120)),
                Forms.chineseData(column("review.reviewer.column.nameZh", r -> r.nameZh() == null ? "" : r.nameZh(), 100, 80)),
                Forms.data(column("review.reviewer.column.nationality", Reviewer::nationality, 110, 90)),
                column("review.reviewer.column.role", r -> r.hasLeft()
                        ? m.format("review.reviewer.leftOn", DateFormats.date(r.leftOn(), lang))
                        : m.get(r.chair() ? "review.reviewer.chair" : "review.reviewer.member"), 110, 90),
                column("review.reviewer.column.declared", r -> r.declaredOn() == null ? m.get("review.reviewer.notDeclared")
                        : DateFormats.date(r.declaredOn(), lang), 125, 110)));
        table.setItems(vm.reviewers());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> edit(r));

        Button add = new Button(m.get("review.reviewer.new"));
        add.setId("newReviewer");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            name.requestFocus();
        });
        Label status = new Label();
        status.setId("reviewersStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        BorderPane left = new BorderPane(table, new ToolBar(add, status), null, null, null);

        SplitPane split = new SplitPane(left, form());
        split.setDividerPositions(0.58);
        edit(null);
        return split;
    }

    private Node form() {
        name.setId("reviewerName");
        nameZh.setId("reviewerNameZh");
        org.uncacworkbench.ui.Theme.chineseText(nameZh);
        nationality.setId("reviewerNationality");
        affiliation.setId("reviewerAffiliation");
        expertise.setId("reviewerExpertise");
        expertise.setPrefRowCount(3);
        expertise.setWrapText(true);
        email.setId("reviewerEmail");
        chair.setId("reviewerChair");
        chair.setText(m.get("review.reviewer.field.chairBox"));
        chair.setWrapText(true);
        declared.setId("reviewerDeclared");
        leftOn.setId("reviewerLeftOn");
        for (TextField f : List.of(name, nameZh, nationality, affiliation, email)) {
            f.getStyleClass().add(StaticText.OTHER_LANGUAGE); // names and places as typed, in the language they are typed in
        }
        expertise.getStyleClass().add(StaticText.OTHER_LANGUAGE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        String[] labels = {m.get("review.reviewer.field.name"), m.get("review.reviewer.field.nameZh"),
            m.get("review.reviewer.field.nationality"), m.get("review.reviewer.field.affiliation"), m.get("review.reviewer.field.expertise"),
            m.get("review.reviewer.field.email"), m.get("review.reviewer.field.chair"), m.get("review.reviewer.field.declared")};
        Node[] fields = {name, nameZh, nationality, affiliation, expertise, email, chair, declared};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(labels[i]);
            label.setLabelFor(fields[i]);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, label, fields[i]);
        }
        GridPane.setHgrow(name, Priority.ALWAYS);
        Label declaredHint = new Label(m.get("review.reviewer.declaredHint"));
        declaredHint.setWrapText(true);
        declaredHint.getStyleClass().add("muted");

        save.setId("saveReviewer");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            try {
                vm.save(editing, draft(), this::select);
            } catch (org.uncacworkbench.i18n.WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused)); // a date that is not one
            }
        });
        Label problem = new Label();
        problem.setId("reviewerProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        leftState.setWrapText(true);
        leftState.getStyleClass().add("muted");
        Label leftLabel = new Label(m.get("review.reviewer.field.leftOn"));
        leftLabel.setLabelFor(leftOn);
        leave.setId("markLeft");
        leave.setText(m.get("review.reviewer.markLeft"));
        leave.setOnAction(e -> {
            try {
                vm.markLeft(editing, DatePickers.read(leftOn, m), this::select);
            } catch (org.uncacworkbench.i18n.WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        reinstate.setId("reinstateReviewer");
        reinstate.setText(m.get("review.reviewer.reinstate"));
        reinstate.setOnAction(e -> vm.reinstate(editing, this::select));
        delete.setId("deleteReviewer");
        delete.setText(m.get("review.reviewer.deleteButton"));
        delete.setOnAction(e -> vm.delete(editing, () -> edit(null)));
        FlowPane leaving = new FlowPane(8, 8, leftLabel, leftOn, leave, reinstate);
        Label leavingTitle = new Label(m.get("review.reviewer.leavingTitle"));
        leavingTitle.getStyleClass().add("section-title");

        formTitle.getStyleClass().add("article-heading");
        formTitle.setWrapText(true);
        VBox box = new VBox(10, formTitle, grid, declaredHint, new FlowPane(8, 8, save), problem, leavingTitle, leftState, leaving,
                new FlowPane(8, 8, delete));
        box.setPadding(new Insets(12));
        box.setId("reviewerForm");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private ReviewerDraft draft() {
        return new ReviewerDraft(name.getText(), nameZh.getText(), nationality.getText(), affiliation.getText(), expertise.getText(),
                email.getText(), chair.isSelected(), DatePickers.read(declared, m));
    }

    /** Shows a reviewer in the form, or an empty form for a new one. */
    private void edit(Reviewer r) {
        editing = r;
        vm.problemProperty().set("");
        name.setText(r == null ? "" : r.name());
        nameZh.setText(r == null || r.nameZh() == null ? "" : r.nameZh());
        nationality.setText(r == null ? "" : r.nationality());
        affiliation.setText(r == null || r.affiliation() == null ? "" : r.affiliation());
        expertise.setText(r == null || r.expertise() == null ? "" : r.expertise());
        email.setText(r == null || r.email() == null ? "" : r.email());
        chair.setSelected(r != null && r.chair());
        declared.setValue(r == null ? null : r.declaredOn());
        leftOn.setValue(r == null ? null : r.hasLeft() ? r.leftOn() : vm.today()); // an active reviewer: today proposed
        formTitle.setText(r == null ? m.get("review.reviewer.newTitle") : m.format("review.reviewer.editTitle", r.name(m.language())));
        save.setText(m.get(r == null ? "review.reviewer.add" : "review.reviewer.save"));
        boolean left = r != null && r.hasLeft();
        leftState.setText(r == null ? m.get("review.reviewer.leavingNew")
                : left ? m.format("review.reviewer.leftOn", DateFormats.date(r.leftOn(), m.language())) : m.get("review.reviewer.inReview"));
        leave.setDisable(r == null || left);
        leftOn.setDisable(r == null || left);
        reinstate.setDisable(!left);
        delete.setDisable(r == null);
    }

    private void select(Reviewer r) {
        table.getSelectionModel().select(r);
        edit(r);
    }

    private TableColumn<Reviewer, String> column(String key, Function<Reviewer, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }

}
