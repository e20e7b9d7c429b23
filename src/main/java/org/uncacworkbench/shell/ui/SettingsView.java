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
    /** The page scrolls when the window is lower than its sections. */
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(root);
    private ComboBox<Language> languagePicker;

    @Override
    public Node focusTarget() {
        return languagePicker;
    }

    SettingsView(MainViewModel viewModel, Messages messages, Path dataDir, Path databaseFile, Runnable about,
                 org.uncacworkbench.export.DocumentSettingsService documents, org.uncacworkbench.ui.BackgroundTasks tasks, String username,
                 org.uncacworkbench.storage.BackupService backups, org.uncacworkbench.storage.AuditLog audit) {
        root.getStyleClass().add("page");
        root.setId("settingsPage");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("page-title");

        ComboBox<Language> language = new ComboBox<>();
        language.setId("languagePicker");
        language.getItems().setAll(Language.values());
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(viewModel.languageProperty().get());
        languagePicker = language;
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
        root.getChildren().setAll(title, grid, note, aboutButton, documentsPane(viewModel, messages, documents, tasks, username),
                backupPane(viewModel, messages, tasks, backups, audit, username));
    }

    /**
     * Backing up when the user wants (to a file of their choosing) and restoring one, with the checks
     * the command line makes: a file that is not one of ours, or from a newer program, is refused
     * before anything changes; the user confirms, seeing when the backup was made; the data replaced
     * is kept. Also says where the automatic daily backups are and when the last one was made.
     */
    private static Node backupPane(MainViewModel viewModel, Messages messages, org.uncacworkbench.ui.BackgroundTasks tasks,
                                   org.uncacworkbench.storage.BackupService backups, org.uncacworkbench.storage.AuditLog audit,
                                   String username) {
        Label heading = new Label(messages.get("settings.backups"));
        heading.getStyleClass().add("section-title");
        Label daily = new Label();
        daily.setId("dailyBackups");
        daily.getStyleClass().add("muted");
        daily.setWrapText(true);
        Runnable showDaily = () -> tasks.submit(backups::dailyBackups, list -> daily.setText(messages.format("settings.dailyBackups",
                        org.uncacworkbench.storage.BackupService.DAILY_KEPT, backups.backupFolder().toString(),
                        list.isEmpty() ? messages.get("settings.noDailyBackup") : list.getLast().getFileName().toString())),
                failure -> daily.setText(messages.describe(failure)));
        showDaily.run();
        Label state = new Label();
        state.setId("backupState");
        state.getStyleClass().add("muted");
        state.setWrapText(true);
        javafx.scene.control.Button backUp = new javafx.scene.control.Button(messages.get("settings.backUpNow"));
        backUp.setId("backUpNow");
        backUp.setOnAction(e -> {
            String suggested = "uncac-workbench-" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                    + org.uncacworkbench.storage.BackupService.EXTENSION;
            viewModel.dialogs().chooseSaveFile(messages.get("settings.backUpNow"), suggested, "zip").ifPresent(target -> {
                state.setText(messages.get("settings.backingUp"));
                tasks.submit(() -> {
                    Path written = backups.backupTo(target);
                    audit.record(username, "backup", "database", null, null, "Backup written to " + written);
                    return written;
                }, written -> state.setText(messages.format("settings.backedUp", written.toString())), failure -> {
                    state.setText("");
                    org.uncacworkbench.ui.Failures.show(viewModel.dialogs(), messages, failure, messages.get("settings.notBackedUp"));
                });
            });
        });
        javafx.scene.control.Button restore = new javafx.scene.control.Button(messages.get("settings.restore"));
        restore.setId("restoreBackup");
        restore.setOnAction(e -> viewModel.dialogs().chooseFile(messages.get("startup.chooseBackup"), java.util.List.of("zip"))
                .ifPresent(file -> tasks.submit(() -> org.uncacworkbench.storage.BackupService.describe(file), backup -> {
                    int answer = viewModel.dialogs().choose(messages.get("settings.restoreTitle"), messages.format("settings.restoreConfirm",
                                    file.getFileName().toString(), created(backup.created(), messages), backup.schemaVersion(),
                                    backups.backupFolder().toString()),
                            java.util.List.of(messages.get("settings.restoreAnyway"), messages.get("dialog.cancel")));
                    if (answer == 0) {
                        viewModel.restore(file);
                    }
                }, failure -> org.uncacworkbench.ui.Failures.show(viewModel.dialogs(), messages, failure, messages.get("restore.notDone")))));
        VBox box = new VBox(8, heading, daily, new javafx.scene.layout.HBox(8, backUp, restore), state);
        box.setId("backupSettings");
        return box;
    }

    /** When a backup was made, as its manifest says, in the interface's way of writing dates. */
    private static String created(String stamp, Messages messages) {
        try {
            java.time.LocalDateTime at = java.time.OffsetDateTime.parse(stamp).atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime();
            return org.uncacworkbench.i18n.DateFormats.meetingTime(at, messages.language());
        } catch (java.time.format.DateTimeParseException e) {
            return stamp;
        }
    }

    @Override
    public Node node() {
        return scroller;
    }

    @Override
    public void dispose() {
        // nothing outlives this view: its only listener is on its own combo box
    }

    /**
     * How every document presents its publisher: the organisation (cover, author) in both languages,
     * and the government's list hierarchy in Chinese editions. Shared by all who use the database.
     */
    private static Node documentsPane(MainViewModel viewModel, Messages messages, org.uncacworkbench.export.DocumentSettingsService documents,
                                      org.uncacworkbench.ui.BackgroundTasks tasks, String username) {
        Label heading = new Label(messages.get("settings.documents"));
        heading.getStyleClass().add("section-title");
        javafx.scene.control.TextField zh = new javafx.scene.control.TextField();
        zh.setId("organisationZh");
        org.uncacworkbench.ui.Theme.chineseText(zh);
        javafx.scene.control.TextField en = new javafx.scene.control.TextField();
        en.setId("organisationEn");
        javafx.scene.control.CheckBox hierarchy = new javafx.scene.control.CheckBox(messages.get("settings.governmentHierarchy"));
        hierarchy.setId("governmentHierarchy");
        hierarchy.setWrapText(true);
        hierarchy.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // shows the Chinese numbering it means
        javafx.scene.control.Button save = new javafx.scene.control.Button(messages.get("settings.saveDocuments"));
        save.setId("saveDocumentSettings");
        Label state = new Label();
        state.setId("documentSettingsState");
        state.getStyleClass().add("muted");
        state.setWrapText(true);
        java.util.function.Consumer<org.uncacworkbench.export.DocumentSettings> show = d -> {
            zh.setText(d.organisationZh());
            en.setText(d.organisationEn());
            hierarchy.setSelected(d.governmentHierarchy());
        };
        tasks.submit(documents::current, show, failure -> viewModel.dialogs().showError(messages.get("error.title"), messages.describe(failure)));
        save.setOnAction(e -> {
            var wanted = new org.uncacworkbench.export.DocumentSettings(zh.getText(), en.getText(), hierarchy.isSelected());
            tasks.submit(() -> documents.save(wanted, username), saved -> {
                show.accept(saved);
                state.setText(messages.get("settings.documentsSaved"));
            }, failure -> org.uncacworkbench.ui.Failures.show(viewModel.dialogs(), messages, failure, messages.get("settings.documentsNotSaved")));
        });
        Label zhLabel = new Label(messages.get("settings.organisationZh"));
        zhLabel.setLabelFor(zh);
        Label enLabel = new Label(messages.get("settings.organisationEn"));
        enLabel.setLabelFor(en);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        grid.addRow(0, zhLabel, zh);
        grid.addRow(1, enLabel, en);
        GridPane.setHgrow(zh, javafx.scene.layout.Priority.ALWAYS);
        GridPane.setHgrow(en, javafx.scene.layout.Priority.ALWAYS);
        zh.setPrefColumnCount(32);
        Label hint = new Label(messages.get("settings.documentsNote"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, heading, hint, grid, hierarchy, new javafx.scene.layout.HBox(8, save, state));
        box.setId("documentSettings");
        return box;
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
