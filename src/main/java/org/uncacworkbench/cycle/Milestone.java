package org.uncacworkbench.cycle;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/** A dated step of a cycle, such as the final drafting meeting. */
public record Milestone(long id, Phase phase, String titleZh, String titleEn, LocalDate dueOn, LocalDate completedOn) {

    public enum State { DONE, OVERDUE, UPCOMING }

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    public State state(LocalDate today) {
        if (completedOn != null) {
            return State.DONE;
        }
        return dueOn.isBefore(today) ? State.OVERDUE : State.UPCOMING;
    }
}
