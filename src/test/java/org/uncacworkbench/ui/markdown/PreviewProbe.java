package org.uncacworkbench.ui.markdown;

import com.vladsch.flexmark.util.ast.Document;
import javafx.scene.layout.VBox;

/** Lets benchmarks outside the package build a preview exactly as the editor does. */
public final class PreviewProbe {

    private PreviewProbe() {
    }

    public static VBox render(Document doc) {
        return MarkdownPreview.render(doc, "Notes");
    }
}
