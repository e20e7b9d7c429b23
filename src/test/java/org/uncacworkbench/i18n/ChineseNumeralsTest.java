package org.uncacworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncacworkbench.convention.Article;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "14,十四", "20,二十", "47,四十七", "71,七十一", "100,一百", "104,一百零四", "110,一百一十",
            "371,三百七十一", "1010,一千零一十", "2022,二千零二十二"})
    void writesNumbersAsOfficialDocumentsDo(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @Test
    void articleHeadingsFollowTheReportsConvention() {
        Article a = new Article(14, 2, "預防洗錢措施", "Measures to prevent money-laundering");
        assertThat(a.heading(Language.ZH_TW)).isEqualTo("第十四條　預防洗錢措施");
        assertThat(a.heading(Language.EN)).isEqualTo("Article 14. Measures to prevent money-laundering");
    }

    @Test
    void chineseDatesUseTheRocCalendar() {
        LocalDate d = LocalDate.of(2026, 3, 12);
        assertThat(DateFormats.officialDate(d, Language.ZH_TW)).isEqualTo("中華民國115年3月12日");
        assertThat(DateFormats.date(d, Language.EN)).isEqualTo("12 Mar 2026");
        assertThat(DateFormats.year(2026, Language.ZH_TW)).isEqualTo("115年（2026）");
    }
}
