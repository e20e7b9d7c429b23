package org.uncacworkbench.views.export.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.LanguageCell;
import org.uncacworkbench.ui.PageView;

/** Export the national report as .docx: what, which language, where; progress, cancel, open. */
public final class ExportView implements PageView {

    private final VBox root = new VBox(12);

    public ExportView(ExportViewModel vm, ObservableValue<Cycle> cycle) {
        Messages m = vm.messages();
        root.getStyleClass().add("page");
        root.setId("exportPage");
        Label title = new Label(m.get("export.title"));
        title.getStyleClass().add("page-title");
        Label which = new Label();
        which.textProperty().bind(cycle.map(c -> m.format("export.cycle", c.title(m.language()), c.periodLabel())));
        TextField articles = new TextField();
        articles.setId("exportArticles");
        articles.setPromptText(m.get("export.articlesPrompt"));
        articles.textProperty().bindBidirectional(vm.articlesProperty());
        ComboBox<Language> language = new ComboBox<>();
        language.setId("exportLanguage");
        language.getItems().setAll(Language.values());
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        TextField file = new TextField();
        file.setId("exportFile");
        file.textProperty().bindBidirectional(vm.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(m.get("export.choose"));
        choose.setOnAction(e -> vm.chooseFile(cycle.getValue()));
        TextField template = new TextField();
        template.setId("exportTemplate");
        template.setPromptText(m.get("export.templatePrompt"));
        template.textProperty().bindBidirectional(vm.templateProperty());
        HBox.setHgrow(template, Priority.ALWAYS);
        Button chooseTemplate = new Button(m.get("export.choose"));
        chooseTemplate.setOnAction(e -> vm.chooseTemplate());
        ComboBox<org.uncacworkbench.drafting.ReportExporter.Kind> kind = new ComboBox<>();
        kind.setId("exportKind");
        kind.getItems().setAll(org.uncacworkbench.drafting.ReportExporter.Kind.values());
        kind.setCellFactory(l -> new KindCell(m));
        kind.setButtonCell(new KindCell(m));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField coverZh = new TextField();
        coverZh.setId("coverTitleZh");
        org.uncacworkbench.ui.Theme.chineseText(coverZh);
        coverZh.setPromptText(m.get("export.coverTitlePrompt"));
        coverZh.textProperty().bindBidirectional(vm.coverTitleZhProperty());
        TextField coverEn = new TextField();
        coverEn.setId("coverTitleEn");
        coverEn.setPromptText(m.get("export.coverTitlePrompt"));
        coverEn.textProperty().bindBidirectional(vm.coverTitleEnProperty());
        Button saveTitles = new Button(m.get("export.saveCoverTitles"));
        saveTitles.setId("saveCoverTitles");
        saveTitles.setOnAction(e -> vm.saveCoverTitles(cycle.getValue()));
        HBox.setHgrow(coverEn, Priority.ALWAYS);
        cycle.addListener((obs, old, c) -> vm.showCycle(c));
        vm.showCycle(cycle.getValue());
        GridPane form = new GridPane();
        form.getStyleClass().add("detail-grid");
        form.addRow(0, new Label(m.get("export.kind")), kind);
        form.addRow(1, new Label(m.get("export.what")), articles);
        form.addRow(2, new Label(m.get("export.language")), language);
        form.addRow(3, new Label(m.get("export.file")), new HBox(8, file, choose));
        form.addRow(4, new Label(m.get("export.template")), new HBox(8, template, chooseTemplate));
        form.addRow(5, new Label(m.get("export.coverTitleZh")), coverZh);
        form.addRow(6, new Label(m.get("export.coverTitleEn")), new HBox(8, coverEn, saveTitles));
        GridPane.setHgrow(articles, Priority.ALWAYS);
        GridPane.setHgrow(coverZh, Priority.ALWAYS);

        Button export = new Button(m.get("export.start"));
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.export(cycle.getValue()));
        Button cancel = new Button(m.get("dialog.cancel"));
        cancel.setId("exportCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button(m.get("export.open"));
        open.setId("exportOpen");
        open.disableProperty().bind(vm.writtenProperty().isNull());
        open.setOnAction(e -> vm.openWritten());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(400);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label note = new Label(m.get("export.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        root.getChildren().addAll(title, which, form, new HBox(8, export, cancel, open), bar, status, note);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        // bindings are to its own view model; a running export finishes and writes its file
    }

    private static final class KindCell extends ListCell<org.uncacworkbench.drafting.ReportExporter.Kind> {
        private final Messages m;

        KindCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(org.uncacworkbench.drafting.ReportExporter.Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : m.get(k == org.uncacworkbench.drafting.ReportExporter.Kind.REPORT ? "export.kind.report" : "export.kind.pack"));
        }
    }

}
