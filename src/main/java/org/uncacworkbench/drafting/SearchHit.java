package org.uncacworkbench.drafting;

import org.uncacworkbench.i18n.Language;

/**
 * A section whose newest text contains the query: a passage around the first match, where the
 * matches lie within that passage, and where the first match lies in the whole text.
 */
public record SearchHit(long sectionId, int cycleNumber, String sectionKey, Integer articleNumber, Language language,
                        String passage, java.util.List<int[]> highlights, int firstOffset, int matches) {
}
