package org.uncacworkbench.panel;

import org.uncacworkbench.i18n.Language;

/**
 * The chair's ruling on an agenda item. It stays tracked (繼續列管) until a later session releases it
 * (解除列管), usually when its action items are done.
 */
public record Ruling(long id, long agendaItemId, long sessionId, int sessionNo, int itemNo, RulingKind kind, String textZh,
                     String textEn, boolean tracked, Long releasedSessionId) {

    public String text(Language language) {
        return language.isChinese() || textEn == null || textEn.isBlank() ? textZh : textEn;
    }
}
