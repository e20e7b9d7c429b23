package org.uncacworkbench.review.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.QuestionDraft;
import org.uncacworkbench.review.QuestionStatus;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.review.WrittenQuestion;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;
import org.uncacworkbench.ui.StaticText;

/**
 * The list of issues: the questions (number, articles, text, lead agency, deadline, where each is)
 * and, for the one chosen, its form — the question and its translation, its routing, each agency's
 * answer, checking and sending — plus the Q&amp;A booklet in either language.
 */
final class QuestionsPane extends SplitPane {

    private final QuestionsViewModel vm;
    private final Messages m;
    private final TableView<WrittenQuestion> table = new TableView<>();
    private final VBox form = new VBox(10);
    private final ComboBox<Reviewer> askedBy = new ComboBox<>();
    private final TextField articles = new TextField();
    private final DatePicker askedOn;
    private final TextArea textEn = new TextArea();
    private final TextArea textZh = new TextArea();
    private WrittenQuestion editing;

    QuestionsPane(QuestionsViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        askedOn = DatePickers.create(m);
        setId("questionsPane");
        Language lang = m.language();
        table.setId("questionTable");
        Placeholders.empty(table, m.get("review.questions.empty"));
        table.getColumns().addAll(List.of(
                column("review.question.column.no", q -> String.valueOf(q.number()), 50, 50),
                column("review.question.column.articles", q -> q.general() ? m.get("review.question.general")
                        : q.articles().stream().map(String::valueOf).collect(Collectors.joining(", ")), 80, 70),
                Forms.data(column("review.question.column.text", q -> q.text(lang), 240, 160)),
                column("review.question.column.lead", q -> q.routing().stream().filter(WrittenQuestion.Routing::lead).findFirst()
                        .map(r -> r.agency().code()).orElse(""), 80, 70),
                column("review.question.column.due", q -> q.dueOn() == null ? "" : DateFormats.date(q.dueOn(), lang), 120, 110),
                column("review.question.column.status", q -> m.get(q.status().messageKey())
                        + (q.zhBehind() ? m.get("review.translation.behindMark") : ""), 110, 90)));
        table.setItems(vm.questions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, q) -> edit(q));

        Button add = new Button(m.get("review.question.new"));
        add.setId("newQuestion");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            textEn.requestFocus();
        });
        Button bookletZh = new Button(m.get("review.booklet.exportZh"));
        bookletZh.setId("bookletZh");
        bookletZh.setOnAction(e -> vm.exportBooklet(Language.ZH_TW));
        Button bookletEn = new Button(m.get("review.booklet.exportEn"));
        bookletEn.setId("bookletEn");
        bookletEn.setOnAction(e -> vm.exportBooklet(Language.EN));
        Label status = new Label();
        status.setId("questionsStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(vm.statusProperty());
        Button importFile = new Button(m.get("review.import.button"));
        importFile.setId("importQuestions");
        importFile.setOnAction(e -> vm.importQuestions());
        FlowPane tools = new FlowPane(8, 6, add, importFile, bookletZh, bookletEn);
        VBox top = new VBox(6, new ToolBar(tools), status);
        top.setPadding(new Insets(0, 0, 4, 0));
        BorderPane left = new BorderPane(table, top, null, null, null);

        askedBy.setId("questionAskedBy");
        askedBy.setItems(vm.reviewers());
        askedBy.setCellFactory(l -> new ReviewerCell());
        askedBy.setButtonCell(new ReviewerCell());
        askedBy.setPromptText(m.get("review.question.byTheReviewers")); // shown while nobody in particular is chosen
        askedBy.setMaxWidth(Double.MAX_VALUE);
        articles.setId("questionArticles");
        articles.setPromptText(m.get("review.question.articlesPrompt"));
        askedOn.setId("questionAskedOn");
        textEn.setId("questionEn");
        textZh.setId("questionZh");
        org.uncacworkbench.ui.Theme.chineseText(textZh);
        for (TextArea t : List.of(textEn, textZh)) {
            t.setWrapText(true);
            t.setPrefRowCount(4);
            t.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        form.setPadding(new Insets(12));
        form.setId("questionForm");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        getItems().addAll(left, scroll);
        setDividerPositions(0.55);
        edit(null);
    }

    /** Shows a question in the form (its routing and answers below), or an empty form for a new one. */
    private void edit(WrittenQuestion q) {
        editing = q;
        vm.problemProperty().set("");
        askedBy.setValue(q == null ? null : vm.reviewers().stream().filter(r -> q.reviewerId() != null && r.id() == q.reviewerId())
                .findFirst().orElse(null));
        articles.setText(q == null ? "" : q.articles().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        askedOn.setValue(q == null ? vm.today() : q.askedOn());
        textEn.setText(q == null ? "" : q.textEn());
        textZh.setText(q == null || q.textZh() == null ? "" : q.textZh());
        boolean sent = q != null && q.status() == QuestionStatus.SENT;
        for (var field : List.of(askedBy, articles, askedOn, textEn, textZh)) {
            field.setDisable(sent);
        }

        Label title = new Label(q == null ? m.get("review.question.newTitle")
                : m.format("review.question.title", q.number(), m.get(q.status().messageKey())));
        title.getStyleClass().add("article-heading");
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.question.field.askedBy"), askedBy);
        Forms.addRow(grid, 1, m.get("review.question.field.articles"), articles);
        Forms.addRow(grid, 2, m.get("review.question.field.askedOn"), askedOn);
        Forms.addRow(grid, 3, m.get("review.question.field.en"), textEn);
        Forms.addRow(grid, 4, m.get("review.question.field.zh"), textZh);
        GridPane.setHgrow(textEn, Priority.ALWAYS);
        Button save = new Button(m.get(q == null ? "review.question.add" : "review.question.save"));
        save.setId("saveQuestion");
        save.setDisable(sent);
        save.setOnAction(e -> {
            try {
                vm.save(editing, new QuestionDraft(askedBy.getValue() == null ? null : askedBy.getValue().id(), articles.getText(),
                        textEn.getText(), textZh.getText(), DatePickers.read(askedOn, m)), this::select);
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        Label problem = new Label();
        problem.setId("questionProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        FlowPane actions = new FlowPane(8, 8, save);
        form.getChildren().setAll(title, grid, actions, problem);
        if (q != null && q.zhBehind() && !sent) {
            Button follows = new Button(m.get("review.translation.follows"));
            follows.setId("questionTranslationChecked");
            follows.setOnAction(e -> vm.translationChecked(editing, this::select));
            actions.getChildren().add(follows);
            Label behind = new Label(m.get("review.translation.behindNote"));
            behind.setWrapText(true);
            behind.getStyleClass().add("field-problem");
            form.getChildren().add(behind);
        }
        if (q != null) {
            form.getChildren().addAll(routing(q, sent), answers(q, sent), steps(q));
        }
    }

    private Node routing(WrittenQuestion q, boolean sent) {
        Label heading = new Label(m.get("review.question.routingTitle"));
        heading.getStyleClass().add("section-title");
        ComboBox<Agency> lead = new ComboBox<>(vm.agencies());
        lead.setId("questionLead");
        lead.setCellFactory(l -> Forms.agencyCell(m));
        lead.setButtonCell(Forms.agencyCell(m));
        lead.setMaxWidth(Double.MAX_VALUE);
        ListView<Agency> others = new ListView<>(vm.agencies());
        others.setId("questionCoAgencies");
        others.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        others.setCellFactory(l -> Forms.agencyCell(m));
        others.setPrefHeight(120);
        DatePicker due = DatePickers.create(m);
        due.setId("questionDue");
        due.setValue(q.dueOn());
        for (var r : q.routing()) {
            vm.agencies().stream().filter(a -> a.id() == r.agencyId()).findFirst().ifPresent(a -> {
                if (r.lead()) {
                    lead.setValue(a);
                } else {
                    others.getSelectionModel().select(a);
                }
            });
        }
        boolean locked = sent || q.status() == QuestionStatus.CHECKED;
        Button route = new Button(m.get("review.question.route"));
        route.setId("routeQuestion");
        route.setOnAction(e -> {
            try {
                vm.route(q, lead.getValue(), List.copyOf(others.getSelectionModel().getSelectedItems()), DatePickers.read(due, m), this::select);
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        for (Node n : List.of(lead, others, due, route)) {
            n.setDisable(locked);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.question.field.lead"), lead);
        Forms.addRow(grid, 1, m.get("review.question.field.coAgencies"), others);
        Forms.addRow(grid, 2, m.get("review.question.field.due"), due);
        GridPane.setHgrow(lead, Priority.ALWAYS);
        return new VBox(8, heading, grid, new FlowPane(8, 8, route));
    }

    private Node answers(WrittenQuestion q, boolean sent) {
        Label heading = new Label(m.get("review.question.answersTitle"));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(8, heading);
        if (q.routing().isEmpty()) {
            Label none = new Label(m.get("review.question.routeFirst"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        for (var r : q.routing()) {
            var answer = q.answers().stream().filter(a -> a.agencyId() == r.agencyId()).findFirst();
            Label who = new Label(r.agency().label(m.language()) + (r.lead() ? m.get("review.question.leadMark") : "")
                    + " — " + answer.map(a -> m.format("review.question.answeredOn", DateFormats.date(a.answeredOn(), m.language())))
                    .orElse(m.get("review.question.notAnswered")));
            who.setWrapText(true);
            who.getStyleClass().add(StaticText.OTHER_LANGUAGE);
            TextArea zh = new TextArea(answer.map(WrittenQuestion.Answer::textZh).orElse(""));
            TextArea en = new TextArea(answer.map(WrittenQuestion.Answer::textEn).orElse(""));
            zh.setId("answerZh-" + r.agency().code());
            en.setId("answerEn-" + r.agency().code());
            zh.setPromptText(m.get("review.question.answerZhPrompt"));
            en.setPromptText(m.get("review.question.answerEnPrompt"));
            for (TextArea t : List.of(zh, en)) {
                t.setWrapText(true);
                t.setPrefRowCount(3);
                t.getStyleClass().add(StaticText.OTHER_LANGUAGE);
                t.setDisable(sent);
            }
            Button save = new Button(m.get("review.question.saveAnswer"));
            save.setId("saveAnswer-" + r.agency().code());
            save.setDisable(sent);
            save.setOnAction(e -> vm.answer(q, r.agencyId(), zh.getText(), en.getText(), this::select));
            Button fromWord = new Button(m.get("review.question.answerFromWord"));
            fromWord.setId("answerFromWord-" + r.agency().code());
            fromWord.setDisable(sent);
            fromWord.setOnAction(e -> vm.readAnswerFile(zh::setText));
            box.getChildren().addAll(who, zh, en, new FlowPane(8, 8, fromWord, save));
        }
        return box;
    }

    private Node steps(WrittenQuestion q) {
        Button checked = new Button(m.get("review.question.markChecked"));
        checked.setId("markChecked");
        checked.setDisable(q.status() != QuestionStatus.ANSWERED);
        checked.setOnAction(e -> vm.markChecked(q, this::select));
        Button sent = new Button(m.get("review.question.markSent"));
        sent.setId("markSent");
        sent.setDisable(q.status() != QuestionStatus.CHECKED);
        sent.setOnAction(e -> vm.markSent(q, this::select));
        return new FlowPane(8, 8, checked, sent);
    }

    private void select(WrittenQuestion q) {
        table.getSelectionModel().select(q);
        edit(q);
    }


    private TableColumn<WrittenQuestion, String> column(String key, Function<WrittenQuestion, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }


    private final class ReviewerCell extends ListCell<Reviewer> {
        @Override
        protected void updateItem(Reviewer r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty ? null : r == null ? m.get("review.question.byTheReviewers") : r.name(m.language()));
        }
    }

}
