package org.uncacworkbench.cycle;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/** One review cycle: its number, its period, the phase it is in and when its report was published (null: not yet). */
public record Cycle(long id, int number, String titleZh, String titleEn,
                    LocalDate periodStart, LocalDate periodEnd, Phase currentPhase, LocalDate publishedOn) {

    public Cycle(long id, int number, String titleZh, String titleEn, LocalDate periodStart, LocalDate periodEnd, Phase currentPhase) {
        this(id, number, titleZh, titleEn, periodStart, periodEnd, currentPhase, null);
    }

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /** 2021–2022 */
    public String periodLabel() {
        return periodStart.getYear() == periodEnd.getYear()
                ? String.valueOf(periodStart.getYear())
                : periodStart.getYear() + "–" + periodEnd.getYear();
    }
}
