package org.uncacworkbench.ui;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;

/** What the workbench's form dialogs share: Save and Cancel, Save checking the form before the dialog closes. */
public final class FormDialogs {

    private FormDialogs() {
    }

    /**
     * Gives {@code dialog} Save (with {@code saveId}) and Cancel in the interface language, styled;
     * Save runs {@code checked} first and, when it refuses, says why in {@code problem} and keeps the
     * dialog open with what was typed. The dialog's result is what {@code checked} returns.
     */
    public static <T> Button saveChecked(Dialog<T> dialog, Messages m, String saveId, Supplier<T> checked, Label problem) {
        ButtonType save = new ButtonType(m.get("dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.style(dialog.getDialogPane(), m.language());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(saveId);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                checked.get();
                problem.setText("");
            } catch (WorkbenchException invalid) {
                problem.setText(m.describe(invalid));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? checked.get() : null);
        return saveButton;
    }
}
