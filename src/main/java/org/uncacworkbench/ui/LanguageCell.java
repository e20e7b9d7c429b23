package org.uncacworkbench.ui;

import javafx.scene.control.ListCell;
import org.uncacworkbench.i18n.Language;

/** A language as pickers show it: in its own name (繁體中文, English). */
public final class LanguageCell extends ListCell<Language> {

    public LanguageCell() {
        getStyleClass().add(StaticText.OTHER_LANGUAGE); // each language is named in itself, as language pickers do
    }

    @Override
    protected void updateItem(Language language, boolean empty) {
        super.updateItem(language, empty);
        setText(empty || language == null ? null : language.nativeName());
    }
}
