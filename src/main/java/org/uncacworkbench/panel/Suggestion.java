package org.uncacworkbench.panel;

import org.uncacworkbench.i18n.Language;

/** A member's tracked change from a returned review pack, waiting to be accepted or rejected. */
public record Suggestion(long id, long memberId, String sectionKey, Integer article, Language language, int paragraph,
                         int baseRevisionNo, String before, String after, Status status, Integer revisionNo, String fileName) {

    public enum Status {
        PENDING, ACCEPTED, REJECTED;

        public String code() {
            return Codes.of(this);
        }
    }
}
