package org.uncacworkbench.drafting;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;

/** What the editor opens: the section, its newest text in each language, and its translation state. */
public record SectionDocument(Section section, Optional<Revision> zh, Optional<Revision> en,
                              TranslationState translation, List<StatusChange> statusHistory) {

    public Optional<Revision> text(Language language) {
        return language.isChinese() ? zh : en;
    }

    /** The number a save must build on: the newest revision's, 0 before the first. */
    public int baseRevision(Language language) {
        return text(language).map(Revision::number).orElse(0);
    }
}
