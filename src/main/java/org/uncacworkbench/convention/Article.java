package org.uncacworkbench.convention;

import org.uncacworkbench.i18n.ChineseNumerals;
import org.uncacworkbench.i18n.Language;

/** One of the Convention's 71 articles, with its official titles. */
public record Article(int number, int chapterNumber, String titleZh, String titleEn) {

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /** 第十四條 / Article 14 */
    public String label(Language language) {
        return language.isChinese() ? "第" + ChineseNumerals.of(number) + "條" : "Article " + number;
    }

    /** 第十四條　預防洗錢措施 / Article 14. Measures to prevent money-laundering — the report's convention. */
    public String heading(Language language) {
        return language.isChinese() ? label(language) + "　" + titleZh : label(language) + ". " + titleEn;
    }
}
