package org.uncacworkbench.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when first wanted. Each tooltip is a small window of its own; a screen with a few
 * dozen of them (the dashboard's timeline, the sidebar) would otherwise build them all before it
 * first shows.
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Gives {@code node} the tooltip {@code text} from the first time the pointer enters it. */
    public static void onHover(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text.get())); // shows as the pointer rests, like any tooltip
            }
        });
    }
}
