package org.uncacworkbench.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs that put their content in the window only when first shown. */
public final class Tabs {

    private Tabs() {
    }

    /**
     * A tab whose content joins the window the first time the tab is selected: a page opens with
     * only its first tab's controls styled and laid out, not every tab's (the panel's page has a
     * dozen forms behind its tabs). The content is built by the caller, so it follows its data from
     * the start; only the styling and layout wait.
     */
    public static Tab whenShown(Tab tab, Node content) {
        // a tab not yet in a tab pane is selected when the pane takes it as its first
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() != content) {
                tab.setContent(content);
            }
        });
        return tab;
    }

    /**
     * A tab whose content is built, too, only when the tab is first shown: for content that is costly
     * to make (an editor) and reads what it shows when it is made.
     */
    public static Tab builtWhenShown(Tab tab, java.util.function.Supplier<? extends Node> content) {
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
