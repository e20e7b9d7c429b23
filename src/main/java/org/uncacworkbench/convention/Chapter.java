package org.uncacworkbench.convention;

import org.uncacworkbench.i18n.ChineseNumerals;
import org.uncacworkbench.i18n.Language;

/** One of the Convention's eight chapters. */
public record Chapter(int number, String roman, String titleZh, String titleEn) {

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /** 第二章　預防措施 / Chapter II. Preventive measures */
    public String heading(Language language) {
        return language.isChinese()
                ? "第" + ChineseNumerals.of(number) + "章　" + titleZh
                : "Chapter " + roman + ". " + titleEn;
    }
}
