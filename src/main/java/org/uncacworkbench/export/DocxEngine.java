package org.uncacworkbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * Content in, document out: writes a {@link DocContent} as a .docx. Every document the workbench
 * produces (report, minutes, lists of issues, observations, follow-up tables) goes through here.
 */
public final class DocxEngine {

    /** Told how far the writing is; may ask to stop, in which case nothing is written. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void worked(int done, int total) {
        }

        default boolean cancelled() {
            return false;
        }

        /** Something was written other than as the text asked (as text instead of a link, say); the document is complete. */
        default void warn(UserMessage warning) {
        }

        /** Reports the fraction done to {@code report} and stops when {@code cancelled} says so. */
        static Progress of(java.util.function.DoubleConsumer report, java.util.function.BooleanSupplier cancelled) {
            return of(report, cancelled, w -> { });
        }

        /** As {@link #of(java.util.function.DoubleConsumer, java.util.function.BooleanSupplier)}, passing warnings on. */
        static Progress of(java.util.function.DoubleConsumer report, java.util.function.BooleanSupplier cancelled,
                           java.util.function.Consumer<UserMessage> warnings) {
            return new Progress() {
                @Override
                public void warn(UserMessage warning) {
                    warnings.accept(warning);
                }

                @Override
                public void worked(int done, int total) {
                    report.accept(total == 0 ? 1 : done / (double) total);
                }

                @Override
                public boolean cancelled() {
                    return cancelled.getAsBoolean();
                }
            };
        }
    }

    private final Fonts fonts;

    public DocxEngine(Fonts fonts) {
        this.fonts = fonts;
    }

    public void write(DocContent content, OutputStream out, Progress progress) {
        write(content, null, out, progress);
    }

    /**
     * Writes the document on a user's template (.dotx or .docx): its styles, page setup, headers and
     * footers are used, its body text is not; styles it lacks are added.
     */
    public void write(DocContent content, java.nio.file.Path template, OutputStream out, Progress progress) {
        try (WordDocument doc = template == null ? new WordDocument() : Templates.open(template)) {
            boolean chinese = content.language().isChinese();
            if (template == null) {
                WordSetup.styles(doc, fonts, content.language());
            } else {
                WordSetup.missingStyles(doc, fonts, content.language());
            }
            // English words in titles, headings and the cover take typographic quotes, as the body does
            java.util.function.UnaryOperator<String> words = t -> chinese || t == null ? t : MarkdownToWord.typographic(t, "");
            List<XWPFParagraph> sectionEnds = new java.util.ArrayList<>();
            content.cover().ifPresent(c -> sectionEnds.add(cover(doc, c, words)));
            TableOfContents toc = new TableOfContents();
            if (content.tableOfContents()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle("Title");
                heading.createRun().setText(chinese ? "目錄" : "Contents");
                toc.placeHere(doc);
                sectionEnds.add(doc.createParagraph());
            }
            MarkdownToWord markdown = new MarkdownToWord(doc, fonts, chinese, chinese && content.publisher().governmentHierarchy(), toc);
            // parsing dominates (flexmark sets up ~0.2 ms per text); the texts are independent, so all cores share it
            List<com.vladsch.flexmark.util.ast.Document> parsed = content.blocks().parallelStream()
                    .map(b -> b instanceof DocContent.MarkdownText t ? org.uncacworkbench.markdown.Markdown.parse(t.markdown()) : null)
                    .toList();
            int total = content.blocks().size();
            int done = 0;
            boolean chapterSeen = false;
            String label = content.title();
            for (DocContent.Block block : content.blocks()) {
                if (progress.cancelled()) {
                    throw new WorkbenchException(UserMessage.of("export.cancelled"));
                }
                switch (block) {
                    case DocContent.Title t -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Title");
                        p.createRun().setText(words.apply(t.text()));
                    }
                    case DocContent.Heading h -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Heading" + Math.max(1, Math.min(6, h.level())));
                        if (h.level() == 1 && content.tableOfContents() && chapterSeen) {
                            p.setPageBreak(true); // each chapter of a report on a page of its own
                        }
                        chapterSeen |= h.level() == 1;
                        java.math.BigInteger anchorId = java.math.BigInteger.valueOf(toc.nextBookmarkId());
                        if (h.anchor() != null) {
                            var start = p.getCTP().addNewBookmarkStart();
                            start.setName(h.anchor());
                            start.setId(anchorId);
                        }
                        String text = words.apply(h.text());
                        p.createRun().setText(text);
                        if (h.anchor() != null) {
                            p.getCTP().addNewBookmarkEnd().setId(anchorId);
                        }
                        toc.heading(p, h.level(), text);
                        label = h.text();
                    }
                    case DocContent.MarkdownText t -> {
                        String where = t.label() != null ? t.label() : label;
                        try {
                            markdown.write(parsed.get(done), t.headingBase());
                        } catch (RuntimeException unexpected) {
                            // no one section stops the document: its text goes in as it was typed, and the user is told
                            org.slf4j.LoggerFactory.getLogger(DocxEngine.class).warn("Section {} written as plain text", where, unexpected);
                            for (String line : t.markdown().split("\n", -1)) {
                                doc.createParagraph().createRun().setText(line);
                            }
                            progress.warn(UserMessage.of("export.sectionAsText", where));
                        }
                        markdown.takeProblems().forEach(target -> progress.warn(UserMessage.of("export.badLink", where, target)));
                    }
                    case DocContent.PageBreak ignored -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                progress.worked(++done, total);
            }
            toc.write(doc, chinese ? "（開啟文件後請更新目錄）" : "(Update the table of contents after opening the document.)");
            if (content.tableOfContents()) {
                doc.enforceUpdateFields(); // Word fills in the page numbers when it opens the file
            }
            markdown.finish();
            WordSetup.page(doc, content.language(), words.apply(content.footerLabel()), !sectionEnds.isEmpty());
            sectionEnds.forEach(p -> WordSetup.endSection(doc, p));
            if (content.cover().isPresent()) {
                apartFromTheCover(doc, sectionEnds.getFirst());
            }
            WordSetup.properties(doc, content.publisher().organisation(content.language()));
            FontTable.add(doc, fonts);
            WordSetup.compatibility(doc);
            doc.getProperties().getCoreProperties().setTitle(content.title());
            // custom properties let the workbench recognise its own documents when they come back
            content.properties().forEach((k, v) -> doc.getProperties().getCustomProperties().addProperty(k, v));
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body that begins with a table gets a paragraph before it: LibreOffice lays a table that
     * directly follows a section break out on the section's last page, here the cover.
     */
    private static void apartFromTheCover(XWPFDocument doc, XWPFParagraph coverEnd) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
        int at = body.indexOf(coverEnd);
        if (at >= 0 && at + 1 < body.size() && body.get(at + 1) instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
            try (var cursor = table.getCTTbl().newCursor()) {
                doc.insertNewParagraph(cursor).setSpacingAfter(0);
            }
        }
    }

    /** The cover, a section of its own without header, footer or page number; returns its last paragraph. */
    private static XWPFParagraph cover(XWPFDocument doc, DocContent.Cover c, java.util.function.UnaryOperator<String> words) {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(words.apply(c.title()));
        XWPFParagraph subtitle = doc.createParagraph();
        subtitle.setStyle("Subtitle");
        subtitle.createRun().setText(words.apply(c.subtitle()));
        for (int i = 0; i < 10; i++) {
            doc.createParagraph();
        }
        XWPFParagraph last = null;
        for (String line : new String[] {c.organisation(), c.date()}) {
            last = doc.createParagraph();
            last.setStyle("Subtitle");
            last.createRun().setText(words.apply(line));
        }
        return last;
    }
}
