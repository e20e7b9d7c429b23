package org.uncacworkbench.ui.markdown;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.uncacworkbench.markdown.Markdown;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;

/** One language of a section: the Markdown editor, its find bar, and the preview beside it. */
public final class EditorPane extends BorderPane {

    /** Typing pause before the preview refreshes; with a ~40 ms render of 20 pages, the preview follows within ~100 ms. */
    public static final Duration PREVIEW_PAUSE = Duration.millis(60);

    private final CodeArea area = new CodeArea();
    private final ScrollPane preview = new ScrollPane();
    private final FindBar find;
    private final StringProperty text;
    private final PauseTransition pause = new PauseTransition(PREVIEW_PAUSE);
    private final BackgroundTasks tasks;
    private final Messages messages;
    private BackgroundTasks.Handle rendering;
    private boolean syncing;

    public EditorPane(StringProperty text, Language language, Messages messages, BackgroundTasks tasks) {
        this.text = text;
        this.tasks = tasks;
        this.messages = messages;
        area.setId("editor-" + language.shortCode());
        area.getStyleClass().add("markdown-editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        preview.setId("preview-" + language.shortCode());
        preview.setFitToWidth(true);
        preview.getStyleClass().add("markdown-preview");
        find = new FindBar(area, messages, language.shortCode());
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), preview);
        split.setDividerPositions(0.5);
        setCenter(split);
        setBottom(find);

        area.replaceText(text.get());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((o, a, b) -> {
            area.setStyleSpans(0, MarkdownHighlighter.highlight(b));
            if (syncing) {
                renderPreview(); // a section just opened or restored: show it at once
                return;
            }
            syncing = true;
            text.set(b);
            syncing = false;
            pause.playFromStart(); // typing: wait for a pause
        });
        text.addListener((o, a, b) -> {
            if (!syncing && !b.equals(area.getText())) {
                syncing = true;
                area.replaceText(b);
                area.getUndoManager().forgetHistory(); // a newly opened section starts a fresh undo history
                syncing = false;
            }
        });
        pause.setOnFinished(e -> renderPreview());
        area.setStyleSpans(0, MarkdownHighlighter.highlight(area.getText()));
        renderPreview();
    }

    /**
     * Makes an editor, its find bar and a preview off the screen and drops them, so that the classes
     * the first section's editor needs (the editing library's and the preview's) are loaded and linked
     * on a background thread, not while the user waits for the page. Nothing is shown or played:
     * nodes outside a window may be made on any thread.
     */
    public static void prepare(Messages messages) {
        String sample = "# 1\n\n- **a** [b](https://example.org)\n\n> c[^1]\n\n| x |\n|---|\n| y |\n\n[^1]: d\n";
        CodeArea area = new CodeArea();
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(sample);
        area.setStyleSpans(0, MarkdownHighlighter.highlight(area.getText()));
        new FindBar(area, messages, "prepare");
        new SplitPane(new VirtualizedScrollPane<>(area),
                new ScrollPane(MarkdownPreview.render(Markdown.parse(sample), messages.get("preview.footnotes"))));
    }

    private void renderPreview() {
        if (rendering != null) {
            rendering.cancel();
        }
        String source = area.getText();
        // parsing runs in the background; building the nodes must happen on the FX thread
        rendering = tasks.submit(() -> Markdown.parse(source),
                doc -> preview.setContent(MarkdownPreview.render(doc, messages.get("preview.footnotes"))),
                failure -> { });
    }

    public CodeArea area() {
        return area;
    }

    public FindBar find() {
        return find;
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    public void dispose() {
        pause.stop();
    }
}
