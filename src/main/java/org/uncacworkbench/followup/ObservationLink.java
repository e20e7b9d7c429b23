package org.uncacworkbench.followup;

/**
 * An observation tied to an earlier cycle's: it repeats it (the reviewers say the same again) or
 * follows it up (it asks what became of it). Named by the earlier cycle's number and the point's.
 */
public record ObservationLink(long observationId, long earlierId, int earlierCycle, int earlierNumber, String earlierTextZh,
                              String earlierTextEn, Kind kind) {

    public enum Kind {
        REPEATS, FOLLOWS_UP;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String key() {
            return "followup.link." + code();
        }

        public static Kind of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
