package org.uncacworkbench.ui;

import javafx.scene.text.Text;

/**
 * Read-only text on the screens the workbench opens with (the dashboard). A {@link Text} node has
 * no skin and a handful of style properties, where a {@code Label} is a control with a skin, a
 * text node of its own and some forty properties to style: on the first screen, dozens of labels
 * were a measurable part of the time to the window (decision 0012). It takes the theme's text
 * colour and smoothing (AtlantaFX styles {@code Text} and {@code .text}); the stylesheet's
 * {@code .static-text} rules give the other colours ({@code muted}, the milestone states). Text
 * that may need cutting short with an ellipsis stays a {@code Label}.
 */
public final class StaticText {

    /**
     * The style class of a node that shows the other language on purpose: a title given in both
     * languages, data the user entered in one. The layout check leaves such text alone.
     */
    public static final String OTHER_LANGUAGE = "other-language";

    private StaticText() {
    }

    public static Text of(String text, String... styleClasses) {
        Text t = new Text(text);
        t.getStyleClass().addAll("text", "static-text");
        t.getStyleClass().addAll(styleClasses);
        return t;
    }
}
