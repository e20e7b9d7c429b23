package org.uncacworkbench.export;

import org.uncacworkbench.i18n.Language;

/**
 * The fonts a document uses, set explicitly for Latin and for East Asian text: renderers pick
 * glyphs by these and by the zh-TW language tag, not by guessing. Defaults suit Taiwan government
 * documents.
 */
public record Fonts(String latin, String eastAsia, String headingEastAsia) {

    public static Fonts defaults(Language language) {
        return new Fonts("Times New Roman", "標楷體", "標楷體");
    }
}
