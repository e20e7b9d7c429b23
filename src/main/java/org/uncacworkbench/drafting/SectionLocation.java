package org.uncacworkbench.drafting;

import org.uncacworkbench.i18n.Language;

/** A place in the report to open: a cycle's section, a language, and a stretch of its text to select. */
public record SectionLocation(int cycleNumber, String sectionKey, Language language, int offset, int length) {
}
