package org.uncacworkbench.review.ui;

import java.util.List;
import java.util.function.Function;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.ArticleCitations;
import org.uncacworkbench.review.Observation;
import org.uncacworkbench.review.ObservationDraft;
import org.uncacworkbench.review.ObservationGroup;
import org.uncacworkbench.ui.Cells;
import org.uncacworkbench.ui.DatePickers;
import org.uncacworkbench.ui.Placeholders;
import org.uncacworkbench.ui.StaticText;

/**
 * The concluding observations: the points (number, kind or theme, articles, text, where each stands —
 * a closed-session draft, or adopted, and whether its Chinese has fallen behind) and, for the one chosen,
 * its form with its earlier versions; the drafts adopted together; the reviewers' document and its
 * Chinese translation imported after a preview; the observations exported.
 */
final class ObservationsPane extends SplitPane {

    private final ObservationsViewModel vm;
    private final Messages m;
    private final TableView<Observation> table = new TableView<>();
    private final VBox form = new VBox(10);
    private final ComboBox<ObservationGroup> kind = new ComboBox<>();
    private final TextField articles = new TextField();
    private final TextArea textEn = new TextArea();
    private final TextArea textZh = new TextArea();
    private final DatePicker adoptedOn;
    private Observation editing;

    ObservationsPane(ObservationsViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        adoptedOn = DatePickers.create(m);
        setId("observationsPane");
        Language lang = m.language();
        table.setId("observationTable");
        Placeholders.empty(table, m.get("review.observations.empty"));
        table.getColumns().addAll(List.of(
                column("review.observation.column.no", o -> String.valueOf(o.number()), 50, 50),
                column("review.observation.column.kind", o -> o.group() == null ? "" : o.group().name(lang), 130, 90),
                column("review.question.column.articles", o -> o.articles().isEmpty() ? m.get("review.question.general")
                        : ArticleCitations.format(o.articles()), 80, 70),
                column("review.observation.column.state", this::state, 130, 110),
                // the text last, where the table gives way: where each point stands stays in sight
                Forms.data(column("review.observation.column.text", o -> o.text(lang).replaceAll("\\s+", " "), 200, 140))));
        table.setItems(vm.observations());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, x) -> edit(x));

        Button add = new Button(m.get("review.observation.new"));
        add.setId("newObservation");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            textEn.requestFocus();
        });
        Button importDoc = new Button(m.get("review.observation.import.button"));
        importDoc.setId("importObservations");
        importDoc.setOnAction(e -> vm.importDocument());
        Button importZh = new Button(m.get("review.observation.import.translationButton"));
        importZh.setId("importObservationsZh");
        importZh.setOnAction(e -> vm.importTranslation());
        Button export = new Button(m.get("review.observation.export.button"));
        export.setId("exportObservations");
        export.setOnAction(e -> vm.export());
        adoptedOn.setId("observationsAdoptedOn");
        adoptedOn.setValue(vm.today());
        Button adopt = new Button(m.get("review.observation.adoptButton"));
        adopt.setId("adoptObservations");
        adopt.setOnAction(e -> {
            try {
                vm.adopt(DatePickers.read(adoptedOn, m));
            } catch (WorkbenchException refused) {
                vm.problemProperty().set(m.describe(refused));
            }
        });
        Label adoptLabel = new Label(m.get("review.observation.adoptOn"));
        adoptLabel.setLabelFor(adoptedOn);
        Label status = new Label();
        status.setId("observationsStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(vm.statusProperty());
        Label closed = new Label(m.get("review.observation.closedSessionNote"));
        closed.setWrapText(true);
        closed.getStyleClass().add("muted");
        FlowPane tools = new FlowPane(8, 6, add, importDoc, importZh, export);
        FlowPane adoption = new FlowPane(8, 6, adoptLabel, adoptedOn, adopt);
        adoption.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        adoption.setPadding(new Insets(0, 8, 0, 8));
        closed.setPadding(new Insets(0, 8, 0, 8));
        status.setPadding(new Insets(0, 8, 0, 8));
        VBox top = new VBox(6, new ToolBar(tools), adoption, closed, status);
        top.setPadding(new Insets(0, 0, 4, 0));
        BorderPane left = new BorderPane(table, top, null, null, null);

        kind.setId("observationKind");
        kind.setItems(vm.groups());
        kind.setCellFactory(l -> new GroupCell());
        kind.setButtonCell(new GroupCell());
        kind.setMaxWidth(Double.MAX_VALUE);
        articles.setId("observationArticles");
        articles.setPromptText(m.get("review.question.articlesPrompt"));
        textEn.setId("observationEn");
        textZh.setId("observationZh");
        org.uncacworkbench.ui.Theme.chineseText(textZh);
        for (TextArea t : List.of(textEn, textZh)) {
            t.setWrapText(true);
            t.setPrefRowCount(6);
            t.getStyleClass().add(StaticText.OTHER_LANGUAGE);
        }
        form.setPadding(new Insets(12));
        form.setId("observationForm");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        getItems().addAll(left, scroll);
        setDividerPositions(0.58);
        edit(null);
    }

    private String state(Observation o) {
        String s = o.draft() ? m.get("review.observation.state.draft")
                : m.format("review.observation.state.adopted", DateFormats.date(o.adoptedOn(), m.language()));
        return o.zhBehind() ? s + m.get("review.translation.behindMark") : s;
    }

    /** Shows a point in the form, or an empty form for a new draft. */
    private void edit(Observation o) {
        editing = o;
        vm.problemProperty().set("");
        kind.setValue(o == null || o.group() == null ? null : vm.groups().stream().filter(g -> g.id() == o.group().id()
                && g.theme() == o.group().theme()).findFirst().orElse(null));
        articles.setText(o == null ? "" : ArticleCitations.format(o.articles()));
        textEn.setText(o == null ? "" : o.textEn());
        textZh.setText(o == null || o.textZh() == null ? "" : o.textZh());

        Label title = new Label(o == null ? m.get("review.observation.newTitle")
                : m.format("review.observation.title", o.number(), state(o)));
        title.getStyleClass().add("article-heading");
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        Forms.addRow(grid, 0, m.get("review.observation.field.kind"), kind);
        Forms.addRow(grid, 1, m.get("review.question.field.articles"), articles);
        Forms.addRow(grid, 2, m.get("review.observation.field.en"), textEn);
        Forms.addRow(grid, 3, m.get("review.observation.field.zh"), textZh);
        GridPane.setHgrow(textEn, Priority.ALWAYS);
        Button save = new Button(m.get(o == null ? "review.observation.add" : "review.observation.save"));
        save.setId("saveObservation");
        save.setOnAction(e -> vm.save(editing, new ObservationDraft(kind.getValue() == null ? null : kind.getValue().id(), articles.getText(),
                textEn.getText(), textZh.getText()), this::select));
        Label problem = new Label();
        problem.setId("observationProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        FlowPane actions = new FlowPane(8, 8, save);
        form.getChildren().setAll(title, grid, actions, problem);
        if (o == null) {
            Label hint = new Label(m.get("review.observation.newHint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            form.getChildren().add(hint);
            return;
        }
        if (o.zhBehind()) {
            Button checked = new Button(m.get("review.translation.follows"));
            checked.setId("observationTranslationChecked");
            checked.setOnAction(e -> vm.translationChecked(editing, this::select));
            actions.getChildren().add(checked);
            Label behind = new Label(m.get("review.translation.behindNote"));
            behind.setWrapText(true);
            behind.getStyleClass().add("field-problem");
            form.getChildren().add(behind);
        }
        if (o.draft()) {
            Button delete = new Button(m.get("review.observation.delete"));
            delete.setId("deleteObservation");
            delete.setOnAction(e -> vm.delete(editing, () -> edit(null)));
            actions.getChildren().add(delete);
            return;
        }
        Label adoptedNote = new Label(m.format("review.observation.adoptedNote", DateFormats.date(o.adoptedOn(), m.language()),
                o.adoptedBy() == null ? "" : o.adoptedBy()));
        adoptedNote.setWrapText(true);
        adoptedNote.getStyleClass().add("muted");
        Label versionsTitle = new Label(m.get("review.observation.versionsTitle"));
        versionsTitle.getStyleClass().add("section-title");
        VBox versions = new VBox(6);
        versions.setId("observationVersions");
        form.getChildren().addAll(adoptedNote, versionsTitle, versions);
        vm.versions(o, list -> {
            if (editing == null || editing.id() != o.id()) {
                return;
            }
            if (list.isEmpty()) {
                Label none = new Label(m.get("review.observation.noVersions"));
                none.getStyleClass().add("muted");
                versions.getChildren().setAll(none);
                return;
            }
            versions.getChildren().clear();
            for (Observation.Version v : list) {
                Label head = new Label(m.format("review.observation.versionLine", v.version(),
                        DateFormats.date(v.replacedAt().toLocalDate(), m.language()), v.replacedBy(), v.reason()));
                head.setWrapText(true);
                head.getStyleClass().add("muted");
                Label text = new Label(v.textEn());
                text.setWrapText(true);
                text.getStyleClass().add(StaticText.OTHER_LANGUAGE);
                versions.getChildren().addAll(head, text);
            }
        });
    }

    private void select(Observation o) {
        if (o == null) {
            edit(null);
            return;
        }
        table.getSelectionModel().select(o);
        edit(o);
    }


    private TableColumn<Observation, String> column(String key, Function<Observation, String> text, double width, double least) {
        return Cells.column(m.get(key), text, width, least);
    }


    private final class GroupCell extends ListCell<ObservationGroup> {
        @Override
        protected void updateItem(ObservationGroup g, boolean empty) {
            super.updateItem(g, empty);
            setText(empty ? null : g == null ? m.get("review.observation.noKind") : g.name(m.language()));
        }
    }
}
