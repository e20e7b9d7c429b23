package org.uncacworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed as each language writes them are read; impossible or ambiguous ones are not. */
class DateFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void chineseDatesAreReadInTheRocCalendarAndIsoAsWell() {
        for (String typed : new String[] {"115年12月3日", "中華民國115年12月3日", "民國 115 年 12 月 3 日", "115/12/3", "115.12.03", "2026-12-03",
            "2026/12/3"}) {
            assertThat(DateFormats.parse(typed, Language.ZH_TW)).as(typed).contains(DAY);
        }
        assertThat(DateFormats.parse(DateFormats.date(DAY, Language.ZH_TW), Language.ZH_TW)).as("what the field shows").contains(DAY);
    }

    @Test
    void englishDatesAreReadDayMonthYear() {
        for (String typed : new String[] {"3 Dec 2026", "3 December 2026", " 3  Dec 2026 ", "03-Dec-2026", "2026-12-03"}) {
            assertThat(DateFormats.parse(typed, Language.EN)).as(typed).contains(DAY);
        }
        assertThat(DateFormats.parse(DateFormats.date(DAY, Language.EN), Language.EN)).contains(DAY);
    }

    @Test
    void anImpossibleOrAmbiguousDateIsNotADate() {
        for (String typed : new String[] {"115年2月30日", "2026-02-29", "31 Feb 2026", "31/02/2026", "12/3/2026", "yesterday", "115年13月1日"}) {
            assertThat(DateFormats.parse(typed, Language.ZH_TW)).as(typed).isEmpty();
            assertThat(DateFormats.parse(typed, Language.EN)).as(typed).isEmpty();
        }
        assertThat(DateFormats.parse("2028-02-29", Language.EN)).as("a leap day").contains(LocalDate.of(2028, 2, 29));
    }
}
