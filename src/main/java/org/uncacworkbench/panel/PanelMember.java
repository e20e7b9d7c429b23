package org.uncacworkbench.panel;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/** A member of a cycle's domestic review panel; a member who joined late or left has dates. */
public record PanelMember(long id, long cycleId, String nameZh, String nameEn, String affiliationZh, String affiliationEn,
                          Sector sector, String email, String phone, LocalDate joinedOn, LocalDate leftOn) {

    public String name(Language language) {
        return language.isChinese() || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String affiliation(Language language) {
        String en = affiliationEn == null || affiliationEn.isBlank() ? affiliationZh : affiliationEn;
        return language.isChinese() ? affiliationZh : en;
    }

    /** Whether the member sat on the panel on that day. */
    public boolean servesOn(LocalDate day) {
        return (joinedOn == null || !day.isBefore(joinedOn)) && (leftOn == null || !day.isAfter(leftOn));
    }
}
