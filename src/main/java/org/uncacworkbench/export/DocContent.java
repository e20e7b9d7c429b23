package org.uncacworkbench.export;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;

/** Content in: everything a document says, independent of Word. The engine turns it into a .docx. */
public record DocContent(Language language, Audience audience, String title, Optional<Cover> cover,
                         boolean tableOfContents, String footerLabel, List<Block> blocks, java.util.Map<String, String> properties,
                         DocumentSettings publisher) {

    public DocContent {
        blocks = List.copyOf(blocks);
        properties = java.util.Map.copyOf(properties);
        publisher = publisher == null ? DocumentSettings.DEFAULT : publisher;
    }

    public DocContent(Language language, Audience audience, String title, Optional<Cover> cover,
                      boolean tableOfContents, String footerLabel, List<Block> blocks, java.util.Map<String, String> properties) {
        this(language, audience, title, cover, tableOfContents, footerLabel, blocks, properties, DocumentSettings.DEFAULT);
    }

    public DocContent(Language language, Audience audience, String title, Optional<Cover> cover,
                      boolean tableOfContents, String footerLabel, List<Block> blocks) {
        this(language, audience, title, cover, tableOfContents, footerLabel, blocks, java.util.Map.of(), DocumentSettings.DEFAULT);
    }

    /** The same content, published as {@code settings} say (author, list numbering). */
    public DocContent publishedBy(DocumentSettings settings) {
        return new DocContent(language, audience, title, cover, tableOfContents, footerLabel, blocks, properties, settings);
    }

    /** The first page: title lines, who issued it and when. */
    public record Cover(String title, String subtitle, String organisation, String date) {
    }

    /** A part of the body. */
    public sealed interface Block permits Title, Heading, MarkdownText, PageBreak {
    }

    /** A document title on the first page of a document without a cover (minutes, for example). */
    public record Title(String text) implements Block {
    }

    /**
     * A heading of the document's own outline (1 = chapter, 2 = article, …). An {@code anchor}
     * becomes a Word bookmark, by which the workbench finds the heading when the document comes back.
     */
    public record Heading(int level, String text, String anchor) implements Block {

        public Heading(int level, String text) {
            this(level, text, null);
        }
    }

    /**
     * Section text in Markdown; its own headings sit below {@code headingBase}. {@code label} names
     * it in warnings (null: the heading before it).
     */
    public record MarkdownText(String markdown, int headingBase, String label) implements Block {

        public MarkdownText(String markdown, int headingBase) {
            this(markdown, headingBase, null);
        }
    }

    public record PageBreak() implements Block {
    }
}
