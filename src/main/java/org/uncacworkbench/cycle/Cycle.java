package org.uncacworkbench.cycle;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/** One review cycle: its number, its period, the phase it is in and when its report was published (null: not yet). */
public record Cycle(long id, int number, String titleZh, String titleEn,
                    LocalDate periodStart, LocalDate periodEnd, Phase currentPhase, LocalDate publishedOn,
                    String reportTitleZh, String reportTitleEn) {

    /** The longest report title the database keeps. */
    public static final int MAX_REPORT_TITLE = 300;

    public Cycle(long id, int number, String titleZh, String titleEn, LocalDate periodStart, LocalDate periodEnd, Phase currentPhase) {
        this(id, number, titleZh, titleEn, periodStart, periodEnd, currentPhase, null, null, null);
    }

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /**
     * The title on the report's cover, which names the country ("中華民國（臺灣）…"); the cycle's own
     * title where the cycle has none in that language.
     */
    public String reportTitle(Language language) {
        String own = language.isChinese() ? reportTitleZh : reportTitleEn;
        return own == null || own.isBlank() ? title(language) : own;
    }

    /** 2021–2022 */
    public String periodLabel() {
        return periodStart.getYear() == periodEnd.getYear()
                ? String.valueOf(periodStart.getYear())
                : periodStart.getYear() + "–" + periodEnd.getYear();
    }
}
