package org.uncacworkbench.panel;

import org.uncacworkbench.i18n.Language;

/** One item on a session's agenda, numbered within the session; it may concern an article. */
public record AgendaItem(long id, long sessionId, int number, ItemKind kind, Integer article, String titleZh, String titleEn,
                         String explanationZh, String explanationEn) {

    public String title(Language language) {
        return language.isChinese() || titleEn == null || titleEn.isBlank() ? titleZh : titleEn;
    }

    public String explanation(Language language) {
        return language.isChinese() || explanationEn == null || explanationEn.isBlank() ? explanationZh : explanationEn;
    }
}
