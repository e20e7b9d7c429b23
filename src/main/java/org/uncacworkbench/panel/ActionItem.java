package org.uncacworkbench.panel;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/**
 * Work a ruling creates (revise a section, ask an agency), assigned to a staff member or an agency,
 * tracked until done and linked to the revision or data request that did it.
 */
public record ActionItem(long id, long cycleId, Long rulingId, Integer sessionNo, Kind kind, String descriptionZh, String descriptionEn,
                         String sectionKey, String assigneeUser, String assigneeAgency, LocalDate dueOn, Status status,
                         LocalDate doneOn, Integer doneRevisionNo, Integer doneRequestNo) {

    public enum Kind {
        REVISE_SECTION, ASK_AGENCY, OTHER;

        public String code() {
            return Codes.of(this);
        }
    }

    public enum Status {
        OPEN, DONE, CANCELLED;

        public String code() {
            return Codes.of(this);
        }
    }

    public String description(Language language) {
        return language.isChinese() || descriptionEn == null || descriptionEn.isBlank() ? descriptionZh : descriptionEn;
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
