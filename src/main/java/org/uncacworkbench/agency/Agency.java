package org.uncacworkbench.agency;

import org.uncacworkbench.i18n.Language;

/** A contributing agency: its abbreviation (code), names in both languages, and where it sits. */
public record Agency(long id, String code, String nameZh, String nameEn, String shortZh, String parentCode,
                     boolean active, int version) {

    public AgencyRef ref() {
        return new AgencyRef(code, nameZh, nameEn);
    }

    public String name(Language language) {
        return language.isChinese() ? nameZh : nameEn;
    }
}
