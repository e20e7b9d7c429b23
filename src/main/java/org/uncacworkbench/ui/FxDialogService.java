package org.uncacworkbench.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.uncacworkbench.i18n.Messages;

/** Dialogs as JavaFX alerts, owned by the main window, with buttons in the interface language. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Supplier<Messages> messages;

    private final java.util.function.Consumer<String> showDocument;
    /** Whether the system has a program that shows the file or folder (see {@link SystemPrograms}). */
    private final java.util.function.Predicate<java.nio.file.Path> canOpen;

    public FxDialogService(Window owner, Supplier<Messages> messages, java.util.function.Consumer<String> showDocument) {
        this(owner, messages, showDocument, SystemPrograms::canOpen);
    }

    public FxDialogService(Window owner, Supplier<Messages> messages, java.util.function.Consumer<String> showDocument,
                           java.util.function.Predicate<java.nio.file.Path> canOpen) {
        this.owner = owner;
        this.messages = messages;
        this.showDocument = showDocument;
        this.canOpen = canOpen;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public void open(java.nio.file.Path file) {
        if (canOpen.test(file)) {
            showDocument.accept(file.toUri().toString());
            return;
        }
        // nothing would happen: say where the file is, and offer its folder or its path instead
        Messages m = messages.get();
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        boolean folderShown = folder != null && canOpen.test(folder);
        java.util.List<String> options = folderShown ? java.util.List.of(m.get("open.showFolder"), m.get("open.copyPath"))
                : java.util.List.of(m.get("open.copyPath"));
        int chosen = choose(m.get("open.noProgramTitle"), m.format("open.noProgram", file.getFileName().toString(),
                file.toAbsolutePath().toString()), options);
        if (chosen >= 0 && options.get(chosen).equals(m.get("open.showFolder"))) {
            showDocument.accept(folder.toUri().toString());
        } else if (chosen >= 0) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(file.toAbsolutePath().toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        show(Alert.AlertType.WARNING, title, message);
    }

    @Override
    public int choose(String title, String message, java.util.List<String> options) {
        Alert alert = confirmation(title, message, options);
        return answer(alert, options);
    }

    /** The question {@link #choose} asks, built but not shown (the layout check looks at it in both languages). */
    public Alert confirmation(String title, String message, java.util.List<String> options) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons(options).toArray(ButtonType[]::new));
        return finish(alert, title);
    }

    /** The buttons for {@code options}: an option named as the dialog's own Cancel is that button, not a second one beside it. */
    private java.util.List<ButtonType> buttons(java.util.List<String> options) {
        String cancel = messages.get().get("dialog.cancel");
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ButtonBar.ButtonData data = options.get(i).equals(cancel) ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(options.get(i), data));
        }
        if (!options.contains(cancel)) {
            buttons.add(new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        return buttons;
    }

    private Alert finish(Alert alert, String title) {
        fitToWorkbench(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert;
    }

    /** The option chosen: its index, or -1 when the dialog was cancelled or closed. */
    private int answer(Alert alert, java.util.List<String> options) {
        int cancelIndex = options.indexOf(messages.get().get("dialog.cancel"));
        return alert.showAndWait().map(alert.getButtonTypes()::indexOf).filter(i -> i < options.size() && i != cancelIndex).orElse(-1);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFile(String title, java.util.List<String> extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(String.join(", ", extensions),
                extensions.stream().map(e -> "*." + e).toList()));
        return java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return java.util.Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public java.util.Optional<String> askText(String title, String message) {
        return textDialog(title, message).showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A one-line question with OK and Cancel in the interface's language, built but not shown (the layout check looks at it). */
    public javafx.scene.control.TextInputDialog textDialog(String title, String header) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get().get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get().get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        fitToWorkbench(dialog.getDialogPane());
        return dialog;
    }

    @Override
    public java.util.Optional<String> askRequiredText(String title, String message, String required) {
        String prompt = message;
        while (true) {
            java.util.Optional<String> answer = textDialog(title, prompt).showAndWait().map(String::strip);
            if (answer.isEmpty() || !answer.get().isEmpty()) {
                return answer;
            }
            prompt = required + "\n" + message; // left empty: asked again, saying why
        }
    }

    @Override
    public java.util.Optional<java.util.List<String>> askTranslations(String title, String message, java.util.List<String> labels,
                                                                      java.util.List<String> originals) {
        return translations(title, message, labels, originals).showAndWait();
    }

    /** The form {@link #askTranslations} shows, built but not shown (the layout check looks at it). */
    public javafx.scene.control.Dialog<java.util.List<String>> translations(String title, String message, java.util.List<String> labels,
                                                                            java.util.List<String> originals) {
        javafx.scene.control.Dialog<java.util.List<String>> dialog = new javafx.scene.control.Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        ButtonType save = new ButtonType(messages.get().get("dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get().get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(4));
        java.util.List<javafx.scene.control.TextInputControl> fields = new java.util.ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            Label what = new Label(labels.get(i));
            what.getStyleClass().add("muted");
            what.setWrapText(true);
            what.setMaxWidth(160);
            Label original = new Label(originals.get(i));
            // the record's Chinese, shown on purpose in either interface, in the Chinese font
            original.getStyleClass().addAll(StaticText.OTHER_LANGUAGE, "chinese-text");
            original.setWrapText(true);
            original.setMaxWidth(260);
            boolean longText = originals.get(i).length() > 40;
            javafx.scene.control.TextInputControl field = longText ? new javafx.scene.control.TextArea() : new javafx.scene.control.TextField();
            if (field instanceof javafx.scene.control.TextArea area) {
                area.setWrapText(true);
                area.setPrefRowCount(3);
            }
            field.setId("translation-" + i);
            field.setPrefWidth(320);
            original.setLabelFor(field);
            fields.add(field);
            grid.addRow(i, what, original, field);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        // a long text's three-line field is taller than a name's one line: every row in sight up to 420 px
        scroll.setPrefViewportHeight(Math.min(420, originals.stream().mapToDouble(o -> o.length() > 40 ? 84 : 44).sum() + 8));
        scroll.setPrefViewportWidth(780);
        dialog.getDialogPane().setContent(scroll);
        fitToWorkbench(dialog.getDialogPane());
        if (!fields.isEmpty()) {
            dialog.setOnShown(e -> fields.getFirst().requestFocus());
        }
        dialog.setResultConverter(b -> b == save ? fields.stream().map(f -> f.getText() == null ? "" : f.getText()).toList() : null);
        return dialog;
    }

    private void show(Alert.AlertType type, String title, String message) {
        message(type, title, message).showAndWait();
    }

    /** An error, warning or information with its OK button, built but not shown (the layout check looks at it). */
    public Alert message(Alert.AlertType type, String title, String message) {
        // JavaFX would label its buttons in the JVM's locale, not the language the user chose
        Alert alert = new Alert(type, "", new ButtonType(messages.get().get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        fitToWorkbench(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }

    /**
     * The dialog in the workbench's stylesheet and the interface language's font; each button as
     * wide as its own label, not all as wide as the longest, and the dialog at least as wide as its
     * buttons: the button bar gives every button the widest one's width and, when they do not fit
     * the dialog (600 px), shrinks them all, cutting a choice such as "Open another data folder…" short.
     */
    @Override
    public int chooseAfterTable(String title, String message, java.util.List<String> headers, java.util.List<java.util.List<String>> rows,
                                java.util.List<String> options) {
        return answer(tableQuestion(title, message, headers, rows, options), options);
    }

    /** The question {@link #chooseAfterTable} asks, built but not shown (the layout check looks at it). */
    public Alert tableQuestion(String title, String message, java.util.List<String> headers, java.util.List<java.util.List<String>> rows,
                               java.util.List<String> options) {
        javafx.scene.control.TableView<java.util.List<String>> table = new javafx.scene.control.TableView<>(
                javafx.collections.FXCollections.observableArrayList(rows));
        double total = 0;
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            javafx.scene.control.TableColumn<java.util.List<String>, String> col = new javafx.scene.control.TableColumn<>(headers.get(c));
            col.setCellValueFactory(r -> new javafx.beans.property.ReadOnlyStringWrapper(column < r.getValue().size() ? r.getValue().get(column) : ""));
            // as wide as the header and the longest cell, up to a limit; longer cells wrap rather than end in "…"
            double widest = textWidth(headers.get(c)) + 28;
            for (var row : rows) {
                widest = Math.max(widest, column < row.size() ? textWidth(row.get(column)) + 20 : 0);
            }
            double width = Math.min(widest, c == headers.size() - 1 || c == headers.size() - 2 ? 300 : 160);
            col.setPrefWidth(width);
            col.setMinWidth(Math.min(width, textWidth(headers.get(c)) + 28));
            total += width;
            col.setCellFactory(tc -> new javafx.scene.control.TableCell<>() {
                private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

                {
                    wrapped.wrappingWidthProperty().bind(tc.widthProperty().subtract(14));
                    wrapped.getStyleClass().add("text");
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    wrapped.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : wrapped);
                }
            });
            col.getStyleClass().add(StaticText.OTHER_LANGUAGE); // rows read from a file, in whatever language it is in
            table.getColumns().add(col);
        }
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(Math.min(1100, total + 20), 360);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(Math.min(1100, total + 20));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", buttons(options).toArray(ButtonType[]::new));
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, table));
        alert.setResizable(true);
        return finish(alert, title);
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s == null ? "" : s);
        probe.setFont(javafx.scene.text.Font.font(14));
        return probe.getLayoutBounds().getWidth();
    }

    private void fitToWorkbench(javafx.scene.control.DialogPane pane) {
        Theme.style(pane, messages.get().language());
        for (ButtonType type : pane.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(pane.lookupButton(type), false);
        }
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
