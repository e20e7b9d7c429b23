package org.uncacworkbench.drafting;

import java.util.Arrays;
import java.util.Optional;

/** Where a report section stands, in the order a section moves through them. */
public enum SectionStatus {
    NOT_STARTED("not_started"),
    DRAFTING("drafting"),
    AWAITING_AGENCY_INPUT("awaiting_agency_input"),
    READY_FOR_PANEL("ready_for_panel"),
    REVISED_AFTER_PANEL("revised_after_panel"),
    FINAL("final");

    private final String code;

    SectionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "sectionStatus." + code;
    }

    public static Optional<SectionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
