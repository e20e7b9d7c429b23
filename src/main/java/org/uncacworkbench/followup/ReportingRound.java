package org.uncacworkbench.followup;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/**
 * A reporting round (填報期程): agencies are asked on a day, by a letter with a number, to report
 * by a deadline on the points they lead or support. The label names it everywhere (2027H1).
 */
public record ReportingRound(long id, long cycleId, String label, String titleZh, String titleEn, LocalDate openedOn,
                             LocalDate dueOn, String letterNo, Urgency urgency, int version) {

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /** 速別: how fast the letter asks to be dealt with. */
    public enum Urgency {
        NORMAL, URGENT, MOST_URGENT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String key() {
            return "followup.urgency." + code();
        }

        public static Urgency of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Where an agency stands in a round: how many points it reports on (or reported on, in a round
     * since overtaken by releases), how many it has under tracking now (what a workbook written today
     * holds), when it was sent the workbook and when it returned it.
     */
    public record AgencyState(org.uncacworkbench.agency.AgencyRef agency, int points, int tracked, LocalDate sentOn, LocalDate returnedOn,
                              boolean overdue) {
    }
}
