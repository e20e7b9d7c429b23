package org.uncacworkbench.drafting;

import java.util.Arrays;
import java.util.Optional;

/** Whether a section is written for itself, not applicable to Taiwan, or grouped with another article. */
public enum Applicability {
    APPLICABLE("applicable"),
    NOT_APPLICABLE("not_applicable"),
    GROUPED("grouped");

    private final String code;

    Applicability(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "applicability." + code;
    }

    public static Optional<Applicability> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
