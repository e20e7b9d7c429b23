package org.uncacworkbench.review;

import org.uncacworkbench.i18n.Language;

/**
 * What a concluding observation is filed under: one of the cycle's kinds (2022: main findings, best
 * practices, challenges and recommendations) or themes (2018: six themes).
 */
public record ObservationGroup(long id, String code, String nameZh, String nameEn, boolean theme) {

    public String name(Language language) {
        return language.isChinese() ? nameZh : nameEn;
    }
}
