package org.uncacworkbench.followup;

/** What the secretariat decides on a point's tracking: 繼續列管, 解除列管 or 自行列管. */
public enum DecisionKind {
    CONTINUE("continue"),
    RELEASE("release"),
    SELF_MANAGED("self_managed");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    /** As stored. */
    public String code() {
        return code;
    }

    /** The bundle key of its name. */
    public String key() {
        return "followup.decision." + code;
    }

    public static DecisionKind of(String code) {
        for (DecisionKind v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown DecisionKind: " + code);
    }
}
