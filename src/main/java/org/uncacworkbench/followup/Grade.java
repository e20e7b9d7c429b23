package org.uncacworkbench.followup;

/**
 * The assessment scale the treaty bodies use for follow-up: A largely implemented, B partially
 * implemented, C not implemented, D no information, E contrary to the recommendation.
 */
public enum Grade {
    A, B, C, D, E;

    public String key() {
        return "followup.grade." + name();
    }

    public static Grade of(String code) {
        return valueOf(code.trim());
    }
}
