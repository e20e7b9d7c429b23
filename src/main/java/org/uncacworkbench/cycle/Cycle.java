package org.uncacworkbench.cycle;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/** One review cycle: its number, its period and the phase it is in. */
public record Cycle(long id, int number, String titleZh, String titleEn,
                    LocalDate periodStart, LocalDate periodEnd, Phase currentPhase) {

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
