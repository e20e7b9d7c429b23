package org.uncacworkbench.followup;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Language;

/**
 * A tracking decision: keep tracking (繼續列管), release (解除列管) or leave to the agency (自行列管), with
 * the reason, the evidence, who decided, the report it was decided on, and the panel session and
 * ruling when the panel decided.
 */
public record Decision(long id, long assignmentId, DecisionKind kind, LocalDate decidedOn, String reasonZh, String reasonEn,
                       String evidence, String decidedBy, Long progressReportId, Long panelSessionId, Long rulingId) {

    public String reason(Language language) {
        return language.isChinese() || reasonEn == null || reasonEn.isBlank() ? reasonZh : reasonEn;
    }
}
