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

    /**
     * 中華民國115年3月12日（星期四）下午2時 / Thursday 12 March 2026, 2:00 p.m. — the time line of
     * minutes in Taiwan's government format.
     */
    public static String meetingTime(java.time.LocalDateTime at, Language language) {
        if (language.isChinese()) {
            String weekday = "日一二三四五六".substring(at.getDayOfWeek().getValue() % 7, at.getDayOfWeek().getValue() % 7 + 1);
            return officialDate(at.toLocalDate(), language) + "（星期" + weekday + "）" + clock(at.toLocalTime(), language);
        }
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)) + ", " + clock(at.toLocalTime(), language);
    }

    /** 下午2時30分 / 2:30 p.m. */
    public static String clock(java.time.LocalTime time, Language language) {
        int h = time.getHour();
        int m = time.getMinute();
        if (language.isChinese()) {
            String part = h < 12 ? "上午" : h == 12 ? "中午" : "下午";
            int shown = h > 12 ? h - 12 : h;
            return part + shown + "時" + (m == 0 ? "" : m + "分");
        }
        int shown = h % 12 == 0 ? 12 : h % 12;
        if (h == 12 && m == 0) {
            return "12 noon";
        }
        return shown + ":" + String.format(Locale.ROOT, "%02d", m) + (h < 12 ? " a.m." : " p.m.");
    }

    /** 中華民國115年3月12日 / 12 Mar 2026 — as official documents write it. */
    public static String officialDate(LocalDate date, Language language) {
        return language.isChinese() ? "中華民國" + date(date, language) : date(date, language);
    }

    private static final java.util.regex.Pattern ROC = java.util.regex.Pattern.compile(
            "(?:中華)?(?:民國)?\\s*(\\d{1,4})\\s*(?:年|[/.\\-])\\s*(\\d{1,2})\\s*(?:月|[/.\\-])\\s*(\\d{1,2})\\s*日?");
    private static final DateTimeFormatter[] ENGLISH_INPUT = {
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT),
    };

    /**
     * A date as a user types it: in Chinese 115年12月3日, 中華民國115年12月3日, 115/12/3 (a year of up to three
     * digits is the ROC's, of four the Gregorian), in English 3 Dec 2026 or 3 December 2026, in either
     * 2026-12-03. Empty for anything else, and for a date that does not exist (31 February).
     */
    public static java.util.Optional<LocalDate> parse(String text, Language language) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        java.util.regex.Matcher m = ROC.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int gregorian = m.group(1).length() <= 3 ? year + 1911 : year;
            try {
                return java.util.Optional.of(LocalDate.of(gregorian, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return java.util.Optional.empty();
            }
        }
        for (DateTimeFormatter f : ENGLISH_INPUT) {
            try {
                return java.util.Optional.of(LocalDate.parse(t.replaceAll("\\s+", " "), f));
            } catch (java.time.format.DateTimeParseException ignored) {
                // the next form
            }
        }
        return java.util.Optional.empty();
    }
}
