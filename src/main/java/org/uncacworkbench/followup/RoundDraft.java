package org.uncacworkbench.followup;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A round as the secretariat opens it: label, titles, the day it is opened, the deadline, the letter's number and urgency. */
public record RoundDraft(String label, String titleZh, String titleEn, LocalDate openedOn, LocalDate dueOn, String letterNo,
                         ReportingRound.Urgency urgency) {

    private static final Pattern LABEL = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,19}");

    /** The usual round for a half year: 2027H1, "2027 年上半年", "first half of 2027". */
    public static RoundDraft halfYear(int year, int half, LocalDate openedOn, LocalDate dueOn) {
        return new RoundDraft(year + "H" + half, year + " 年" + (half == 1 ? "上" : "下") + "半年",
                (half == 1 ? "first" : "second") + " half of " + year, openedOn, dueOn, null, ReportingRound.Urgency.NORMAL);
    }

    /** The draft trimmed; throws with the first problem found. */
    public RoundDraft validate() {
        String l = AssignmentDraft.blankToNull(label);
        if (l == null || !LABEL.matcher(l).matches()) {
            throw new WorkbenchException(UserMessage.of("followup.round.badLabel"));
        }
        String zh = AssignmentDraft.blankToNull(titleZh);
        String en = AssignmentDraft.blankToNull(titleEn);
        if (zh == null || en == null) {
            throw new WorkbenchException(UserMessage.of("followup.round.noTitle"));
        }
        if (openedOn == null || dueOn == null) {
            throw new WorkbenchException(UserMessage.of("followup.round.noDates"));
        }
        if (dueOn.isBefore(openedOn)) {
            throw new WorkbenchException(UserMessage.of("followup.round.dueBeforeOpened"));
        }
        return new RoundDraft(l, zh, en, openedOn, dueOn, AssignmentDraft.blankToNull(letterNo),
                urgency == null ? ReportingRound.Urgency.NORMAL : urgency);
    }
}
