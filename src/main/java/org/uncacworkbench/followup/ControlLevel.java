package org.uncacworkbench.followup;

/** Who keeps a recommendation under control: the Executive Yuan (院列管), the ministry (部會列管) or the agency itself (自行列管). */
public enum ControlLevel {
    EXECUTIVE_YUAN("executive_yuan"),
    MINISTRY("ministry"),
    SELF("self");

    private final String code;

    ControlLevel(String code) {
        this.code = code;
    }

    /** As stored. */
    public String code() {
        return code;
    }

    /** The bundle key of its name. */
    public String key() {
        return "followup.control." + code;
    }

    public static ControlLevel of(String code) {
        for (ControlLevel v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown ControlLevel: " + code);
    }
}
