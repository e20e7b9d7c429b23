package org.uncacworkbench.review.ui;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
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
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.ArticleCitations;
import org.uncacworkbench.review.MeetingSession;
import org.uncacworkbench.review.MeetingSessionDraft;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;
import org.uncacworkbench.ui.StaticText;

/**
 * The review meeting: its sessions (with the chosen one's form) and programme; what was said at the
 * chosen session and the commitments the government made, each followed until done.
 */
final class MeetingPane extends SplitPane {

    private final MeetingViewModel vm;
    private final Messages m;
    private final TableView<MeetingSession> table = new TableView<>();
    private final TableView<MeetingSession.Commitment> commitments = new TableView<>();
    private final VBox sessionForm = new VBox(10);
    private final VBox sessionDetail = new VBox(10);
    private MeetingSession editing;

    MeetingPane(MeetingViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setId("meetingPane");
        Language lang = m.language();
        table.setId("meetingSessionTable");
        Placeholders.empty(table, m.get("review.meeting.empty"));
        table.getColumns().addAll(List.of(
                column(table, "review.meeting.column.no", s -> String.valueOf(s.number()), 45, 45),
                column(table, "review.meeting.column.day", s -> DateFormats.date(s.date(), lang), 120, 100),
                column(table, "review.meeting.column.time", s -> s.startsAt() == null ? "" : DateFormats.clock(s.startsAt(), lang), 110, 100),
                column(table, "review.meeting.column.kind", s -> m.get(s.kind().messageKey()), 110, 80),
                column(table, "review.meeting.column.title", s -> s.title(lang), 200, 120)));
        table.setItems(vm.sessions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> edit(s));
        Button add = new Button(m.get("review.meeting.new"));
        add.setId("newMeetingSession");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
        });
        Button zh = new Button(m.get("review.meeting.runSheet.exportZh"));
        zh.setId("runSheetZh");
        zh.setOnAction(e -> vm.exportRunSheet(Language.ZH_TW));
        Button en = new Button(m.get("review.meeting.runSheet.exportEn"));
        en.setId("runSheetEn");
        en.setOnAction(e -> vm.exportRunSheet(Language.EN));
        Label status = new Label();
        status.setId("meetingStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setPadding(new Insets(0, 8, 0, 8));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(vm.statusProperty());
        BorderPane sessions = new BorderPane(table, new VBox(6, new ToolBar(new FlowPane(8, 6, add, zh, en)), status), null, null, null);
        sessionForm.setPadding(new Insets(12));
        sessionForm.setId("meetingSessionForm");
        ScrollPane formScroll = new ScrollPane(sessionForm);
        formScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(sessions, formScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);

        commitments.setId("commitmentTable");
        Placeholders.empty(commitments, m.get("review.meeting.noCommitments"));
        commitments.getColumns().addAll(List.of(
                column(commitments, "review.meeting.column.agency", c -> c.agency().code(), 70, 60),
                Forms.data(column(commitments, "review.meeting.column.commitment", c -> c.text(lang), 200, 120)),
                column(commitments, "review.meeting.column.due", c -> DateFormats.date(c.dueOn(), lang), 110, 100),
                column(commitments, "review.meeting.column.state", c -> c.done()
                        ? m.format("review.meeting.doneOn", DateFormats.date(c.doneOn(), lang))
                        : c.overdue(vm.today()) ? m.get("review.meeting.overdue") : m.get("review.meeting.open"), 110, 80)));
        commitments.setItems(vm.commitments());
        commitments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        commitments.setPrefHeight(180);
        DatePicker doneOn = DatePickers.create(m);
        doneOn.setId("commitmentDoneOn");
        doneOn.setValue(vm.today());
        TextField doneNote = new TextField();
        doneNote.setId("commitmentDoneNote");
        doneNote.setPromptText(m.get("review.meeting.doneNotePrompt"));
        Button done = new Button(m.get("review.meeting.markDone"));
        done.setId("markCommitmentDone");
        done.disableProperty().bind(commitments.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> {
            try {
                vm.markDone(commitments.getSelectionModel().getSelectedItem(), DatePickers.read(doneOn, m), doneNote.getText());
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        Label commitmentsTitle = new Label(m.get("review.meeting.commitmentsTitle"));
        commitmentsTitle.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.setId("meetingProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        sessionDetail.setId("meetingSessionDetail");
        VBox right = new VBox(10, problem, sessionDetail, commitmentsTitle, commitments, new FlowPane(8, 8, doneOn, doneNote, done));
        right.setPadding(new Insets(12));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        getItems().addAll(left, rightScroll);
        setDividerPositions(0.5);
        edit(null);
    }

    private void edit(MeetingSession s) {
        editing = s;
        vm.problemProperty().set("");
        vm.exchanges(s);
        DatePicker date = DatePickers.create(m);
        date.setId("meetingDate");
        date.setValue(s == null ? vm.today() : s.date());
        TextField starts = new TextField(s == null || s.startsAt() == null ? "" : s.startsAt().toString());
        starts.setId("meetingStarts");
        starts.setPromptText("09:30");
        TextField ends = new TextField(s == null || s.endsAt() == null ? "" : s.endsAt().toString());
        ends.setId("meetingEnds");
        ends.setPromptText("12:00");
        ComboBox<MeetingSession.Kind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(MeetingSession.Kind.values()));
        kind.setId("meetingKind");
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.setValue(s == null ? MeetingSession.Kind.ARTICLE_REVIEW : s.kind());
        TextField titleZh = new TextField(s == null ? "" : s.titleZh());
        titleZh.setId("meetingTitleZh");
        org.uncacworkbench.ui.Theme.chineseText(titleZh);
        TextField titleEn = new TextField(s == null ? "" : s.titleEn());
        titleEn.setId("meetingTitleEn");
        TextField room = new TextField(s == null || s.room() == null ? "" : s.room());
        room.setId("meetingRoom");
        for (TextField f : List.of(titleZh, titleEn, room)) {
            f.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        ComboBox<Reviewer> chair = new ComboBox<>(vm.reviewers());
        chair.setId("meetingChair");
        chair.setCellFactory(l -> new ReviewerCell());
        chair.setButtonCell(new ReviewerCell());
        chair.setMaxWidth(Double.MAX_VALUE);
        if (s != null && s.chairId() != null) {
            vm.reviewers().stream().filter(r -> r.id() == s.chairId()).findFirst().ifPresent(chair::setValue);
        }
        TextField articles = new TextField(s == null ? "" : ArticleCitations.ranges(s.articles()));
        articles.setId("meetingArticles");
        articles.setPromptText(m.get("review.meeting.articlesPrompt"));
        ListView<Agency> delegations = new ListView<>(vm.agencies());
        delegations.setId("meetingDelegations");
        delegations.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        delegations.setCellFactory(l -> Forms.agencyCell(m));
        delegations.setPrefHeight(110);
        if (s != null) {
            for (var d : s.delegations()) {
                vm.agencies().stream().filter(a -> a.id() == d.agencyId()).findFirst().ifPresent(a -> delegations.getSelectionModel().select(a));
            }
        }
        Label heading = new Label(s == null ? m.get("review.meeting.newTitle") : m.format("review.meeting.editTitle", s.number()));
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.meeting.field.day"), date);
        Forms.addRow(grid, 1, m.get("review.meeting.field.times"), new FlowPane(6, 6, starts, new Label("–"), ends));
        Forms.addRow(grid, 2, m.get("review.meeting.field.kind"), kind);
        Forms.addRow(grid, 3, m.get("review.meeting.field.titleZh"), titleZh);
        Forms.addRow(grid, 4, m.get("review.meeting.field.titleEn"), titleEn);
        Forms.addRow(grid, 5, m.get("review.meeting.field.room"), room);
        Forms.addRow(grid, 6, m.get("review.meeting.field.chair"), chair);
        Forms.addRow(grid, 7, m.get("review.meeting.field.articles"), articles);
        Forms.addRow(grid, 8, m.get("review.meeting.field.delegations"), delegations);
        GridPane.setHgrow(titleEn, Priority.ALWAYS);
        starts.setPrefColumnCount(5);
        ends.setPrefColumnCount(5);
        Button save = new Button(m.get(s == null ? "review.meeting.add" : "review.meeting.save"));
        save.setId("saveMeetingSession");
        save.setOnAction(e -> {
            try {
                vm.save(editing, new MeetingSessionDraft(DatePickers.read(date, m), time(starts.getText()), time(ends.getText()), kind.getValue(),
                        titleZh.getText(), titleEn.getText(), room.getText(), chair.getValue() == null ? null : chair.getValue().id(),
                        articles.getText(), delegations.getSelectionModel().getSelectedItems().stream().map(Agency::id).toList()), this::select);
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        sessionForm.getChildren().setAll(heading, grid, new FlowPane(8, 8, save));
        detail(s);
    }

    /** What was said at the chosen session, a form to record more, and one to record a commitment made there. */
    private void detail(MeetingSession s) {
        if (s == null) {
            Label hint = new Label(m.get("review.meeting.pickSession"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            sessionDetail.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(m.format("review.meeting.exchangesTitle", s.number()));
        title.getStyleClass().add("section-title");
        ListView<MeetingSession.Exchange> said = new ListView<>(vm.exchangeItems());
        said.setId("meetingExchanges");
        said.setPrefHeight(120);
        said.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingSession.Exchange x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null : (x.article() == null ? "" : m.format("review.meeting.runSheet.articleList", x.article()) + " ")
                        + x.question() + (x.answer() == null ? "" : " — " + (x.agency() == null ? "" : x.agency().code() + ": ") + x.answer()));
                setWrapText(true);
                getStyleClass().add(StaticText.OTHER_LANGUAGE);
            }
        });
        Label nothing = new Label(m.get("review.meeting.noExchanges"));
        nothing.getStyleClass().add("placeholder-text");
        said.setPlaceholder(nothing);
        ComboBox<Reviewer> who = new ComboBox<>(vm.reviewers());
        who.setId("exchangeReviewer");
        who.setCellFactory(l -> new ReviewerCell());
        who.setButtonCell(new ReviewerCell());
        who.setMaxWidth(Double.MAX_VALUE);
        TextField article = new TextField();
        article.setId("exchangeArticle");
        article.setPrefColumnCount(4);
        ComboBox<Agency> answering = new ComboBox<>(vm.agencies());
        answering.setId("exchangeAgency");
        answering.setCellFactory(l -> Forms.agencyCell(m));
        answering.setButtonCell(Forms.agencyCell(m));
        answering.setMaxWidth(Double.MAX_VALUE);
        TextArea question = new TextArea();
        question.setId("exchangeQuestion");
        question.setPromptText(m.get("review.meeting.questionPrompt"));
        TextArea answer = new TextArea();
        answer.setId("exchangeAnswer");
        answer.setPromptText(m.get("review.meeting.answerPrompt"));
        for (TextArea t : List.of(question, answer)) {
            t.setWrapText(true);
            t.setPrefRowCount(2);
            t.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        Button record = new Button(m.get("review.meeting.recordExchange"));
        record.setId("recordExchange");
        record.setOnAction(e -> {
            try {
                Integer a = article.getText().isBlank() ? null : parseArticle(article.getText());
                vm.recordExchange(s, who.getValue(), a, answering.getValue(), question.getText(), answer.getText(), () -> {
                    question.clear();
                    answer.clear();
                });
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        GridPane exchangeGrid = new GridPane();
        exchangeGrid.getStyleClass().add("detail-grid");
        Forms.addRow(exchangeGrid, 0, m.get("review.meeting.field.reviewer"), who);
        Forms.addRow(exchangeGrid, 1, m.get("review.meeting.field.article"), article);
        Forms.addRow(exchangeGrid, 2, m.get("review.meeting.field.answering"), answering);
        Forms.addRow(exchangeGrid, 3, m.get("review.meeting.field.question"), question);
        Forms.addRow(exchangeGrid, 4, m.get("review.meeting.field.answer"), answer);
        GridPane.setHgrow(question, Priority.ALWAYS);

        Label commitTitle = new Label(m.get("review.meeting.commitTitle"));
        commitTitle.getStyleClass().add("section-title");
        ComboBox<Agency> owner = new ComboBox<>(vm.agencies());
        owner.setId("commitmentOwner");
        owner.setCellFactory(l -> Forms.agencyCell(m));
        owner.setButtonCell(Forms.agencyCell(m));
        owner.setMaxWidth(Double.MAX_VALUE);
        TextField zh = new TextField();
        zh.setId("commitmentZh");
        org.uncacworkbench.ui.Theme.chineseText(zh);
        TextField en = new TextField();
        en.setId("commitmentEn");
        zh.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        en.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        DatePicker due = DatePickers.create(m);
        due.setId("commitmentDue");
        Button commit = new Button(m.get("review.meeting.recordCommitment"));
        commit.setId("recordCommitment");
        commit.setOnAction(e -> {
            try {
                vm.commit(s, owner.getValue(), zh.getText(), en.getText(), DatePickers.read(due, m), () -> {
                    zh.clear();
                    en.clear();
                });
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        GridPane commitGrid = new GridPane();
        commitGrid.getStyleClass().add("detail-grid");
        Forms.addRow(commitGrid, 0, m.get("review.meeting.field.owner"), owner);
        Forms.addRow(commitGrid, 1, m.get("review.meeting.field.commitmentZh"), zh);
        Forms.addRow(commitGrid, 2, m.get("review.meeting.field.commitmentEn"), en);
        Forms.addRow(commitGrid, 3, m.get("review.meeting.field.due"), due);
        GridPane.setHgrow(zh, Priority.ALWAYS);
        sessionDetail.getChildren().setAll(title, said, exchangeGrid, new FlowPane(8, 8, record), commitTitle, commitGrid,
                new FlowPane(8, 8, commit));
    }

    private static Integer parseArticle(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"), e);
        }
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().matches("\\d:\\d\\d") ? "0" + text.strip() : text.strip()); // "9:30" as "09:30"
        } catch (DateTimeParseException e) {
            throw new WorkbenchException(UserMessage.of("review.meeting.badTime", text.strip()), e);
        }
    }

    private void select(MeetingSession s) {
        table.getSelectionModel().select(s);
        edit(s);
    }


    private <T> TableColumn<T, String> column(TableView<T> t, String key, Function<T, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }


    private final class KindCell extends ListCell<MeetingSession.Kind> {
        @Override
        protected void updateItem(MeetingSession.Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : m.get(k.messageKey()));
        }
    }

    private final class ReviewerCell extends ListCell<Reviewer> {
        @Override
        protected void updateItem(Reviewer r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.name(m.language()));
        }
    }

}
