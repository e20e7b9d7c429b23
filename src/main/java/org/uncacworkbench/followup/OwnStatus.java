package org.uncacworkbench.followup;

/** Where an agency says it stands on a point: completed, in progress, not started, not applicable. */
public enum OwnStatus {
    COMPLETED("completed"),
    IN_PROGRESS("in_progress"),
    NOT_STARTED("not_started"),
    NOT_APPLICABLE("not_applicable");

    private final String code;

    OwnStatus(String code) {
        this.code = code;
    }

    /** As stored. */
    public String code() {
        return code;
    }

    /** The bundle key of its name. */
    public String key() {
        return "followup.status." + code;
    }

    public static OwnStatus of(String code) {
        for (OwnStatus v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown OwnStatus: " + code);
    }
}
