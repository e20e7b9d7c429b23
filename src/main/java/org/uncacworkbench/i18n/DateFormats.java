package org.uncacworkbench.i18n;

import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as each language's readers expect them: 中華民國115年3月12日 in Chinese, 12 Mar 2026 in English. */
public final class DateFormats {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DateFormats() {
    }

    /** 115年3月12日 / 12 Mar 2026 — compact, for tables and lists. */
    public static String date(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        if (language.isChinese()) {
            MinguoDate roc = MinguoDate.from(date);
            return roc.get(ChronoField.YEAR_OF_ERA) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return date.format(ENGLISH);
    }

    /** 115年（2026） / 2026 — a year on an axis. */
    public static String year(int gregorianYear, Language language) {
        return language.isChinese() ? (gregorianYear - 1911) + "年（" + gregorianYear + "）" : String.valueOf(gregorianYear);
    }

    /** 中華民國115年3月12日 / 12 Mar 2026 — as official documents write it. */
    public static String officialDate(LocalDate date, Language language) {
        return language.isChinese() ? "中華民國" + date(date, language) : date(date, language);
    }
}
