package org.uncacworkbench.followup;

import java.time.LocalDate;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A decision as the secretariat types it; releasing needs evidence, every decision a reason. */
public record DecisionDraft(DecisionKind kind, LocalDate decidedOn, String reasonZh, String reasonEn, String evidence,
                           String decidedBy, Long progressReportId, Long panelSessionId, Long rulingId) {

    /** The draft trimmed and checked against {@code today}; throws with the first problem found. */
    public DecisionDraft validate(LocalDate today) {
        if (kind == null) {
            throw new WorkbenchException(UserMessage.of("followup.decide.noKind"));
        }
        if (decidedOn == null) {
            throw new WorkbenchException(UserMessage.of("followup.decide.noDate"));
        }
        if (decidedOn.isAfter(today)) {
            throw new WorkbenchException(UserMessage.of("followup.decide.inFuture"));
        }
        String reason = AssignmentDraft.blankToNull(reasonZh);
        if (reason == null) {
            throw new WorkbenchException(UserMessage.of("followup.decide.noReason"));
        }
        String ev = AssignmentDraft.blankToNull(evidence);
        if (kind == DecisionKind.RELEASE && ev == null) {
            throw new WorkbenchException(UserMessage.of("followup.decide.releaseNeedsEvidence"));
        }
        String by = AssignmentDraft.blankToNull(decidedBy);
        if (by == null) {
            throw new WorkbenchException(UserMessage.of("followup.decide.noDecider"));
        }
        return new DecisionDraft(kind, decidedOn, reason, AssignmentDraft.blankToNull(reasonEn), ev, by, progressReportId,
                panelSessionId, rulingId);
    }
}
