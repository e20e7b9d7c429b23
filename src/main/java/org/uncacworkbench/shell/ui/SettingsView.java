package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.LanguageCell;
import org.uncacworkbench.ui.PageView;

/** The interface language (applied at once and remembered) and where the data lives. */
final class SettingsView implements PageView {

    private final VBox root = new VBox();

    SettingsView(MainViewModel viewModel, Messages messages, Path dataDir, Path databaseFile, Runnable about) {
        root.getStyleClass().add("page");
        root.setId("settingsPage");
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("page-title");

        ComboBox<Language> language = new ComboBox<>();
        language.setId("languagePicker");
        language.getItems().setAll(Language.values());
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(viewModel.languageProperty().get());
        // the window rebuilds itself in the new language, this view included
        language.valueProperty().addListener((obs, old, lang) -> {
            if (lang != null) {
                viewModel.languageProperty().set(lang);
            }
        });
        Label languageLabel = new Label(messages.get("settings.language"));
        languageLabel.setLabelFor(language);
        languageLabel.setMnemonicParsing(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        grid.addRow(0, languageLabel, language);
        grid.addRow(1, key(messages.get("settings.dataFolder")), value(dataDir.toString(), "dataFolder"));
        grid.addRow(2, key(messages.get("settings.databaseFile")), value(databaseFile.toString(), "databaseFile"));
        Label note = new Label(messages.get("settings.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        javafx.scene.control.Button aboutButton = new javafx.scene.control.Button(messages.get("about.button"));
        aboutButton.setId("aboutButton");
        aboutButton.setOnAction(e -> about.run());
        root.getChildren().setAll(title, grid, note, aboutButton);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        // nothing outlives this view: its only listener is on its own combo box
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-key");
        return l;
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

}
