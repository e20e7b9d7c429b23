package org.uncacworkbench.panel;

import java.time.OffsetDateTime;

/** A member's comment on an agenda item, an article, or one paragraph of it. */
public record PanelComment(long id, long memberId, Long sessionId, Integer sessionNo, Long agendaItemId, Integer article,
                           String paragraph, String body, String source, OffsetDateTime createdAt, String bodyEn) {
}
