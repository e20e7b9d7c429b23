package org.uncacworkbench.drafting;

import org.uncacworkbench.markdown.Markdown;

import org.uncacworkbench.i18n.Language;

/**
 * A section whose newest text contains the query: a passage around the first match, where the
 * matches lie within that passage, and where the first match lies in the whole text.
 */
public record SearchHit(long sectionId, int cycleNumber, String sectionKey, Integer articleNumber, Language language,
                        String passage, java.util.List<int[]> highlights, int firstOffset, int matches) {

    /** A piece of the passage as a reader sees it: plain text, or a match. */
    public record Segment(String text, boolean match) {
    }

    /**
     * The passage cut at its matches, the text between them without its Markdown marks (## headings,
     * **bold**, links, table bars), as the section reads rather than as it is typed.
     */
    public java.util.List<Segment> segments() {
        java.util.List<Segment> out = new java.util.ArrayList<>();
        int at = 0;
        for (int[] range : highlights) {
            out.add(new Segment(Markdown.plainText(passage.substring(at, range[0])), false));
            out.add(new Segment(passage.substring(range[0], range[1]), true));
            at = range[1];
        }
        out.add(new Segment(Markdown.plainText(passage.substring(at)), false));
        return out;
    }
}
