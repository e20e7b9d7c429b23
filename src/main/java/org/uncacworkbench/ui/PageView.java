package org.uncacworkbench.ui;

import javafx.scene.Node;

/** A page in the main window: its node, and a way to drop its listeners when it is hidden. */
public interface PageView {

    Node node();

    void dispose();

    /**
     * The control the keyboard starts in when the page opens (Ctrl+1…8): by default the page's first
     * table, tree or list, else its first text field; null for a page with nothing to type or choose.
     */
    default Node focusTarget() {
        for (String kind : new String[] {".table-view", ".tree-view", ".list-view", ".text-field"}) {
            for (Node n : node().lookupAll(kind)) {
                if (n.isFocusTraversable() && !n.isDisabled() && shown(n)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** Whether the node and all that hold it are visible (not on a hidden tab, say). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
