package org.uncacworkbench.cycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a cycle stands. A signpost, not a lock: phases can overlap in practice. */
public enum Phase {
    DRAFTING("drafting"),
    DOMESTIC_REVIEW("domestic_review"),
    APPROVAL_PUBLICATION("approval_publication"),
    INTERNATIONAL_REVIEW("international_review"),
    FOLLOW_UP("follow_up"),
    CLOSED("closed");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** The value stored in the database and written in sample files. */
    public String code() {
        return code;
    }

    /** The bundle key of the phase's name. */
    public String messageKey() {
        return "phase." + code;
    }

    /** The five phases that have dates on a cycle's timeline. */
    public static List<Phase> timeline() {
        return List.of(DRAFTING, DOMESTIC_REVIEW, APPROVAL_PUBLICATION, INTERNATIONAL_REVIEW, FOLLOW_UP);
    }

    public static Optional<Phase> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
