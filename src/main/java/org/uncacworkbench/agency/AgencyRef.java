package org.uncacworkbench.agency;

import org.uncacworkbench.i18n.Language;

/** An agency as other features mention it: its abbreviation and its name in both languages. */
public record AgencyRef(String code, String nameZh, String nameEn) {

    public String name(Language language) {
        return language.isChinese() ? nameZh : nameEn;
    }

    /** 法務部調查局（MJIB） / Investigation Bureau, Ministry of Justice (MJIB) */
    public String label(Language language) {
        return language.isChinese() ? nameZh + "（" + code + "）" : nameEn + " (" + code + ")";
    }
}
