package org.uncacworkbench.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.uncacworkbench.i18n.Language;

/** The base theme (AtlantaFX Primer Light) plus the workbench's own stylesheet. */
public final class Theme {

    private Theme() {
    }

    public static void applyUserAgent() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()); // the binary form: parsed in a fraction of the time
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    /** For a dialog: the workbench's stylesheet and the interface language's font (dialogs are windows of their own). */
    public static void style(javafx.scene.control.DialogPane pane, Language language) {
        pane.getStylesheets().add(stylesheet());
        useLanguage(pane, language);
    }

    private static String stylesheet() {
        return Theme.class.getResource("workbench.css").toExternalForm();
    }

    /**
     * Marks a window's root with its interface language ({@code lang-zh} or {@code lang-en}), which
     * chooses the interface font: a Traditional Chinese font for the Chinese interface, the
     * platform's own interface font for the English one (decision 0013).
     */
    public static void useLanguage(Parent root, Language language) {
        root.getStyleClass().removeAll(languageClass(Language.ZH_TW), languageClass(Language.EN));
        root.getStyleClass().add(languageClass(language));
    }

    /**
     * Marks fields that hold Chinese text (a Chinese title, name or plan) so that they show it in the
     * Traditional Chinese font in the English interface too, not in whatever CJK face the platform
     * falls back to.
     */
    public static void chineseText(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.getStyleClass().add("chinese-text");
        }
    }

    static String languageClass(Language language) {
        return "lang-" + language.shortCode();
    }
}
