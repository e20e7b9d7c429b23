package org.uncacworkbench.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * The review meeting: its sessions (day, times, kind, room, chair, articles, attending delegations), the
 * exchanges recorded at each, and the commitments the government makes there, each owned by an agency
 * with a due date and followed until done. Every change is one transaction and in the audit log.
 */
public final class MeetingService {

    public static final int MAX_TEXT = 4000;

    private final Transactor transactor;
    private final MeetingRepository meeting;
    private final AuditLog auditLog;
    private final Clock clock;

    public MeetingService(Transactor transactor, MeetingRepository meeting, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.meeting = meeting;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<MeetingSession> sessions(long cycleId) {
        return meeting.sessions(cycleId);
    }

    /** Adds a session with the next number, or changes one as read at its version. */
    public MeetingSession save(long cycleId, MeetingSession editing, MeetingSessionDraft draft, String username) {
        MeetingSessionDraft d = draft.validate();
        return transactor.inTransaction(() -> {
            long id;
            if (editing == null) {
                id = meeting.insert(cycleId, meeting.nextNumber(cycleId), d);
            } else {
                id = editing.id();
                if (!meeting.update(id, editing.version(), d)) {
                    throw new WorkbenchException(UserMessage.of("review.meeting.changedMeanwhile", editing.number()));
                }
            }
            MeetingSession s = session(cycleId, id);
            auditLog.record(username, editing == null ? "create" : "update", "review_meeting_session", String.valueOf(s.number()), cycleId,
                    "Meeting session " + s.number() + " (" + d.kind().code() + ") on " + d.date());
            return s;
        });
    }

    public List<MeetingSession.Exchange> exchanges(long sessionId) {
        return meeting.exchanges(sessionId);
    }

    /** Records what a reviewer asked (about an article, or none) and what the answering agency said. */
    public void recordExchange(MeetingSession session, Long reviewerId, Integer article, Long agencyId, String question, String answer,
                               String username) {
        String q = question == null ? "" : question.strip();
        String a = answer == null || answer.isBlank() ? null : answer.strip();
        if (q.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.meeting.questionMissing"));
        }
        if (article != null && (article < 1 || article > 71)) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        if (q.length() > 100_000 || (a != null && a.length() > 100_000)) {
            throw new WorkbenchException(UserMessage.of("review.meeting.textTooLong", 100_000));
        }
        transactor.inTransaction(() -> {
            meeting.insertExchange(session.id(), reviewerId, article, agencyId, q, a);
            auditLog.record(username, "create", "meeting_exchange", String.valueOf(session.number()), session.cycleId(),
                    "Exchange at meeting session " + session.number() + (article == null ? "" : " on article " + article));
            return null;
        });
    }

    public List<MeetingSession.Commitment> commitments(long cycleId) {
        return meeting.commitments(cycleId);
    }

    /** Records a commitment made at a session: the agency that owns it, its text and the day it is due. */
    public MeetingSession.Commitment commit(MeetingSession session, Long agencyId, String textZh, String textEn, LocalDate dueOn,
                                            String username) {
        String zh = textZh == null || textZh.isBlank() ? null : textZh.strip();
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        if (agencyId == null) {
            throw new WorkbenchException(UserMessage.of("review.meeting.ownerMissing"));
        }
        if (zh == null && en == null) {
            throw new WorkbenchException(UserMessage.of("review.meeting.commitmentEmpty"));
        }
        if ((zh != null && zh.length() > MAX_TEXT) || (en != null && en.length() > MAX_TEXT)) {
            throw new WorkbenchException(UserMessage.of("review.meeting.textTooLong", MAX_TEXT));
        }
        if (dueOn == null) {
            throw new WorkbenchException(UserMessage.of("review.meeting.dueMissing"));
        }
        if (dueOn.isBefore(session.date())) {
            throw new WorkbenchException(UserMessage.of("review.meeting.dueBeforeSession"));
        }
        return transactor.inTransaction(() -> {
            long id = meeting.insertCommitment(session.id(), agencyId, zh, en, dueOn, today());
            auditLog.record(username, "create", "meeting_commitment", String.valueOf(id), session.cycleId(),
                    "Commitment at meeting session " + session.number() + ", due " + dueOn);
            return meeting.commitments(session.cycleId()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        });
    }

    /** Marks a commitment done on a day, saying how (the note is required, as for panel action items). */
    public void markDone(long cycleId, MeetingSession.Commitment c, LocalDate on, String note, String username) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.meeting.doneNoteMissing"));
        }
        if (on == null || on.isAfter(today())) {
            throw new WorkbenchException(UserMessage.of("review.meeting.doneInFuture"));
        }
        transactor.inTransaction(() -> {
            if (!meeting.markDone(c.id(), on, n)) {
                throw new WorkbenchException(UserMessage.of("review.meeting.alreadyDone"));
            }
            auditLog.record(username, "status_change", "meeting_commitment", String.valueOf(c.id()), cycleId, "Commitment done on " + on);
            return null;
        });
    }

    private MeetingSession session(long cycleId, long id) {
        return meeting.sessions(cycleId).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("review.meeting.gone")));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
