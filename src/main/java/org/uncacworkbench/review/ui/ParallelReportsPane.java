package org.uncacworkbench.review.ui;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
import org.uncacworkbench.review.ArticleCitations;
import org.uncacworkbench.review.ParallelReport;
import org.uncacworkbench.review.ParallelReportDraft;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;
import org.uncacworkbench.ui.StaticText;

/**
 * Civil society's parallel reports: the reports (organisation, title, day received, points) with the
 * chosen one's form and its original; its points (number, articles, text, who answered), the text to
 * split into points, and the chosen point's form with the government's answer.
 */
final class ParallelReportsPane extends SplitPane {

    private final ParallelReportsViewModel vm;
    private final Messages m;
    private final TableView<ParallelReport> table = new TableView<>();
    private final TableView<ParallelReport.Point> pointTable = new TableView<>();
    private final VBox reportForm = new VBox(10);
    private final VBox pointForm = new VBox(10);
    private final TextField organisationZh = new TextField();
    private final TextField organisationEn = new TextField();
    private final TextField title = new TextField();
    private final DatePicker received;
    private final TextArea pasted = new TextArea();
    private ParallelReport editing;
    private ParallelReport.Point point;

    ParallelReportsPane(ParallelReportsViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        received = DatePickers.create(m);
        setId("parallelReportsPane");
        Language lang = m.language();
        table.setId("parallelReportTable");
        Placeholders.empty(table, m.get("review.parallel.empty"));
        table.getColumns().addAll(List.of(
                Forms.data(reportColumn("review.parallel.column.organisation", r -> r.organisation(lang), 170, 110)),
                Forms.data(reportColumn("review.parallel.column.title", ParallelReport::title, 180, 110)),
                reportColumn("review.parallel.column.received", r -> DateFormats.date(r.receivedOn(), lang), 120, 100),
                reportColumn("review.parallel.column.points", r -> String.valueOf(r.points().size()), 60, 50)));
        table.setItems(vm.reports());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> edit(r));
        Button add = new Button(m.get("review.parallel.new"));
        add.setId("newParallelReport");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            organisationEn.requestFocus();
        });
        Label status = new Label();
        status.setId("parallelStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setPadding(new Insets(0, 8, 0, 8));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(vm.statusProperty());
        BorderPane reportsBox = new BorderPane(table, new VBox(6, new ToolBar(add), status), null, null, null);

        organisationZh.setId("parallelOrganisationZh");
        org.uncacworkbench.ui.Theme.chineseText(organisationZh);
        organisationEn.setId("parallelOrganisationEn");
        title.setId("parallelTitle");
        received.setId("parallelReceived");
        for (TextField f : List.of(organisationZh, organisationEn, title)) {
            f.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        reportForm.setPadding(new Insets(12));
        reportForm.setId("parallelReportForm");
        ScrollPane reportScroll = new ScrollPane(reportForm);
        reportScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(reportsBox, reportScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);

        pointTable.setId("parallelPointTable");
        Placeholders.empty(pointTable, m.get("review.parallel.noPoints"));
        pointTable.getColumns().addAll(List.of(
                pointColumn("review.parallel.column.no", p -> String.valueOf(p.number()), 45, 45),
                pointColumn("review.question.column.articles", p -> p.articles().isEmpty() ? m.get("review.question.general")
                        : ArticleCitations.format(p.articles()), 80, 60),
                Forms.data(pointColumn("review.parallel.column.text", p -> p.text(lang).replaceAll("\\s+", " "), 220, 140)),
                pointColumn("review.parallel.column.answered", p -> p.answeredBy() == null ? "" : p.answeredBy().code(), 80, 60)));
        pointTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pointTable.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> editPoint(p));
        pointTable.setPrefHeight(220);
        pasted.setId("parallelPasted");
        pasted.setPromptText(m.get("review.parallel.pastePrompt"));
        pasted.setWrapText(true);
        pasted.setPrefRowCount(4);
        pasted.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        Button split = new Button(m.get("review.parallel.splitButton"));
        split.setId("splitParallelReport");
        split.setOnAction(e -> {
            if (editing != null) {
                vm.split(editing, pasted.getText(), r -> {
                    pasted.clear();
                    select(r);
                });
            }
        });
        Label pointsTitle = new Label(m.get("review.parallel.pointsTitle"));
        pointsTitle.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.setId("parallelProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        pointForm.setId("parallelPointForm");
        VBox right = new VBox(10, pointsTitle, problem, pointTable, pointForm, pasted, new FlowPane(8, 8, split));
        right.setPadding(new Insets(12));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        getItems().addAll(left, rightScroll);
        setDividerPositions(0.48);
        edit(null);
    }

    private void edit(ParallelReport r) {
        editing = r;
        vm.problemProperty().set("");
        organisationZh.setText(r == null || r.organisationZh() == null ? "" : r.organisationZh());
        organisationEn.setText(r == null ? "" : r.organisationEn());
        title.setText(r == null ? "" : r.title());
        received.setValue(r == null ? vm.today() : r.receivedOn());
        Label heading = new Label(r == null ? m.get("review.parallel.newTitle") : m.format("review.parallel.editTitle", r.organisation(m.language())));
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.parallel.field.organisationZh"), organisationZh);
        Forms.addRow(grid, 1, m.get("review.parallel.field.organisationEn"), organisationEn);
        Forms.addRow(grid, 2, m.get("review.parallel.field.title"), title);
        Forms.addRow(grid, 3, m.get("review.parallel.field.received"), received);
        GridPane.setHgrow(organisationEn, Priority.ALWAYS);
        Button save = new Button(m.get(r == null ? "review.parallel.register" : "review.parallel.save"));
        save.setId("saveParallelReport");
        save.setOnAction(e -> {
            try {
                vm.save(editing, new ParallelReportDraft(organisationZh.getText(), organisationEn.getText(), title.getText(),
                        DatePickers.read(received, m)), this::select);
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        FlowPane actions = new FlowPane(8, 8, save);
        Label original = new Label(r == null ? m.get("review.parallel.originalAfter")
                : r.hasOriginal() ? m.format("review.parallel.originalIs", r.fileName()) : m.get("review.parallel.noOriginalYet"));
        original.setWrapText(true);
        original.getStyleClass().add("muted");
        reportForm.getChildren().setAll(heading, grid, actions, original);
        if (r != null) {
            Button keep = new Button(m.get(r.hasOriginal() ? "review.parallel.replaceOriginal" : "review.parallel.keepOriginal"));
            keep.setId("keepOriginal");
            keep.setOnAction(e -> vm.keepOriginal(editing, this::select));
            Button open = new Button(m.get("review.parallel.openOriginal"));
            open.setId("openOriginal");
            open.setDisable(!r.hasOriginal());
            open.setOnAction(e -> vm.openOriginal(editing));
            reportForm.getChildren().add(new FlowPane(8, 8, keep, open));
        }
        pointTable.getItems().setAll(r == null ? List.of() : r.points());
        pasted.setDisable(r == null);
        editPoint(null);
    }

    private void editPoint(ParallelReport.Point p) {
        point = p;
        if (p == null || editing == null) {
            Label hint = new Label(m.get(editing == null ? "review.parallel.pickReport" : "review.parallel.pickPoint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            pointForm.getChildren().setAll(hint);
            return;
        }
        TextField articles = new TextField(ArticleCitations.format(p.articles()));
        articles.setId("parallelPointArticles");
        articles.setPromptText(m.get("review.question.articlesPrompt"));
        TextArea en = new TextArea(p.textEn() == null ? "" : p.textEn());
        en.setId("parallelPointEn");
        TextArea zh = new TextArea(p.textZh() == null ? "" : p.textZh());
        zh.setId("parallelPointZh");
        org.uncacworkbench.ui.Theme.chineseText(zh);
        ComboBox<Agency> agency = new ComboBox<>(vm.agencies());
        agency.setId("parallelAnswerAgency");
        agency.setCellFactory(l -> Forms.agencyCell(m));
        agency.setButtonCell(Forms.agencyCell(m));
        agency.setMaxWidth(Double.MAX_VALUE);
        vm.agencies().stream().filter(a -> p.answeredById() != null && a.id() == p.answeredById()).findFirst().ifPresent(agency::setValue);
        TextArea answer = new TextArea(p.answer() == null ? "" : p.answer());
        answer.setId("parallelAnswer");
        for (TextArea t : List.of(en, zh, answer)) {
            t.setWrapText(true);
            t.setPrefRowCount(3);
            t.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        Label heading = new Label(m.format("review.parallel.pointTitle", p.number()));
        heading.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.question.field.articles"), articles);
        Forms.addRow(grid, 1, m.get("review.parallel.field.en"), en);
        Forms.addRow(grid, 2, m.get("review.parallel.field.zh"), zh);
        GridPane.setHgrow(en, Priority.ALWAYS);
        Button save = new Button(m.get("review.parallel.savePoint"));
        save.setId("saveParallelPoint");
        save.setOnAction(e -> vm.savePoint(editing, point, articles.getText(), en.getText(), zh.getText(), r -> selectPoint(r, p.id())));
        Button delete = new Button(m.get("review.parallel.delete"));
        delete.setId("deleteParallelPoint");
        delete.setOnAction(e -> vm.deletePoint(editing, point, this::select));
        Label answerTitle = new Label(m.get("review.parallel.answerTitle"));
        answerTitle.getStyleClass().add("section-title");
        GridPane answerGrid = new GridPane();
        answerGrid.getStyleClass().add("detail-grid");
        Forms.addRow(answerGrid, 0, m.get("review.parallel.field.agency"), agency);
        Forms.addRow(answerGrid, 1, m.get("review.parallel.field.answer"), answer);
        GridPane.setHgrow(answer, Priority.ALWAYS);
        Button saveAnswer = new Button(m.get("review.parallel.saveAnswer"));
        saveAnswer.setId("saveParallelAnswer");
        saveAnswer.setOnAction(e -> vm.answer(editing, point, agency.getValue(), answer.getText(), r -> selectPoint(r, p.id())));
        Label answered = new Label(p.answeredOn() == null ? m.get("review.parallel.notAnswered")
                : m.format("review.parallel.answeredOn", DateFormats.date(p.answeredOn(), m.language())));
        answered.getStyleClass().add("muted");
        pointForm.getChildren().setAll(heading, grid, new FlowPane(8, 8, save, delete), answerTitle, answered, answerGrid,
                new FlowPane(8, 8, saveAnswer));
    }

    private void select(ParallelReport r) {
        table.getSelectionModel().select(r);
        edit(r);
    }

    private void selectPoint(ParallelReport r, long pointId) {
        select(r);
        r.points().stream().filter(x -> x.id() == pointId).findFirst().ifPresent(x -> {
            pointTable.getSelectionModel().select(x);
            editPoint(x);
        });
    }


    private TableColumn<ParallelReport, String> reportColumn(String key, Function<ParallelReport, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }

    private TableColumn<ParallelReport.Point, String> pointColumn(String key, Function<ParallelReport.Point, String> text, double width,
                                                                  double least) {
        return Cells.column(m.get(key), text, width, least);
    }


}
