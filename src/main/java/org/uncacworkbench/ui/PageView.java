package org.uncacworkbench.ui;

import javafx.scene.Node;

/** A page in the main window: its node, and a way to drop its listeners when it is hidden. */
public interface PageView {

    Node node();

    void dispose();
}
