package org.uncacworkbench.panel;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * The panel of a cycle and its sessions: members and their declared conflicts, planning sessions
 * and their agendas, and choosing each session's chair (in rotation for article reviews, a
 * government representative otherwise).
 */
public final class PanelService {

    /** What the secretariat plans: everything about a session but its chair and record. */
    public record SessionPlan(SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String venueZh, String venueEn,
                              String recorder) {
    }

    /** How often a member has chaired in the cycle (held or planned sessions, not cancelled). */
    public record ChairCount(PanelMember member, int times, Optional<java.time.LocalDate> last) {
    }

    private final Transactor transactor;
    private final PanelRepository repository;
    private final SessionRecordRepository records;
    private final AuditLog auditLog;

    public PanelService(Transactor transactor, PanelRepository repository, SessionRecordRepository records, AuditLog auditLog) {
        this.transactor = transactor;
        this.repository = repository;
        this.records = records;
        this.auditLog = auditLog;
    }

    public List<PanelMember> members(long cycleId) {
        return repository.members(cycleId);
    }

    public List<Conflict> conflicts(long cycleId) {
        return repository.conflicts(cycleId);
    }

    /** Adds (id 0) or updates a member; the form's values are checked first. */
    public long saveMember(PanelMember m, String username) {
        if (m.nameZh() == null || m.nameZh().isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.member.nameRequired"));
        }
        if (m.sector() == null) {
            throw new WorkbenchException(UserMessage.of("panel.member.sectorRequired"));
        }
        if (m.email() != null && !m.email().isBlank() && !m.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new WorkbenchException(UserMessage.of("panel.member.badEmail", m.email()));
        }
        if (m.joinedOn() != null && m.leftOn() != null && m.leftOn().isBefore(m.joinedOn())) {
            throw new WorkbenchException(UserMessage.of("panel.member.leftBeforeJoined"));
        }
        PanelMember clean = new PanelMember(m.id(), m.cycleId(), m.nameZh().strip(), blankToNull(m.nameEn()), blankToNull(m.affiliationZh()),
                blankToNull(m.affiliationEn()), m.sector(), blankToNull(m.email()), blankToNull(m.phone()), m.joinedOn(), m.leftOn());
        return transactor.inTransaction(() -> {
            long id = repository.saveMember(clean);
            auditLog.record(username, m.id() == 0 ? "create" : "update", "panel_member", String.valueOf(id), m.cycleId(),
                    "Panel member " + clean.nameZh() + (m.id() == 0 ? " added" : " updated"));
            return id;
        });
    }

    /**
     * Removes a member entered by mistake. A member who chaired, attended or commented is part of the
     * record and is not deleted: the secretariat sets the date they left instead.
     */
    public void deleteMember(long memberId, String username) {
        transactor.run(() -> {
            PanelMember m = member(memberId);
            if (repository.historyCount(memberId) > 0) {
                throw new WorkbenchException(UserMessage.of("panel.member.hasHistory", m.nameZh()));
            }
            repository.deleteMember(memberId);
            auditLog.record(username, "delete", "panel_member", String.valueOf(memberId), m.cycleId(), "Panel member " + m.nameZh() + " deleted");
        });
    }

    public void addConflict(long memberId, Integer article, String agencyCode, String note, String username) {
        boolean byArticle = article != null;
        boolean byAgency = agencyCode != null && !agencyCode.isBlank();
        if (byArticle == byAgency) {
            throw new WorkbenchException(UserMessage.of("panel.conflict.oneTarget"));
        }
        if (byArticle && (article < 1 || article > 71)) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        transactor.run(() -> {
            PanelMember m = member(memberId);
            Long agency = byAgency ? repository.agencyId(agencyCode.strip())
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchAgency", agencyCode.strip()))) : null;
            repository.addConflict(memberId, article, agency, blankToNull(note));
            auditLog.record(username, "create", "member_conflict", String.valueOf(memberId), m.cycleId(),
                    "Conflict of " + m.nameZh() + " declared on " + (byArticle ? "article " + article : agencyCode));
        });
    }

    public void removeConflict(long conflictId, String username) {
        transactor.run(() -> {
            repository.removeConflict(conflictId);
            auditLog.record(username, "delete", "member_conflict", String.valueOf(conflictId), null, "Conflict withdrawn");
        });
    }

    public List<PanelSession> sessions(long cycleId) {
        return repository.sessions(cycleId);
    }

    public PanelSession session(long sessionId) {
        return repository.session(sessionId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchSession", sessionId)));
    }

    public PanelSession session(long cycleId, int number) {
        return repository.sessionId(cycleId, number).map(this::session)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchSessionNo", number)));
    }

    /** Plans the cycle's next session (第N次, numbered in order). */
    public PanelSession plan(long cycleId, SessionPlan plan, String username) {
        check(plan);
        return transactor.inTransaction(() -> {
            int number = repository.nextSessionNumber(cycleId);
            long id = repository.insertSession(cycleId, number, plan.kind(), plan.startsAt(), plan.endsAt(), plan.venueZh().strip(),
                    blankToNull(plan.venueEn()), blankToNull(plan.recorder()));
            auditLog.record(username, "create", "panel_session", String.valueOf(number), cycleId, "Session " + number + " planned");
            return session(id);
        });
    }

    /** Changes a session's plan, its opening remarks and whether it was held. */
    public PanelSession update(long sessionId, SessionPlan plan, String openingRemarks, SessionStatus status, String username) {
        check(plan);
        return transactor.inTransaction(() -> {
            PanelSession s = session(sessionId);
            if (!plan.kind().memberChairs() && s.chairMemberId() != null) {
                repository.setChair(sessionId, null, null, null, null); // a member may not chair it any more
            }
            repository.updateSession(sessionId, plan.kind(), plan.startsAt(), plan.endsAt(), plan.venueZh().strip(), blankToNull(plan.venueEn()),
                    blankToNull(plan.recorder()), blankToNull(openingRemarks), status);
            auditLog.record(username, "update", "panel_session", String.valueOf(s.number()), s.cycleId(), "Session " + s.number() + " updated");
            return session(sessionId);
        });
    }

    /** Deletes a planned session with nothing recorded yet; a held session is part of the record. */
    public void deleteSession(long sessionId, String username) {
        transactor.run(() -> {
            PanelSession s = session(sessionId);
            if (s.status() == SessionStatus.HELD || !records.attendance(sessionId).isEmpty()
                    || !records.commentsOfSession(sessionId).isEmpty()
                    || s.agenda().stream().anyMatch(i -> repository.itemHasRecord(i.id()))) {
                throw new WorkbenchException(UserMessage.of("panel.session.hasRecord", s.number()));
            }
            repository.deleteSession(sessionId);
            auditLog.record(username, "delete", "panel_session", String.valueOf(s.number()), s.cycleId(), "Session " + s.number() + " deleted");
        });
    }

    private static void check(SessionPlan plan) {
        if (plan.kind() == null) {
            throw new WorkbenchException(UserMessage.of("panel.session.kindRequired"));
        }
        if (plan.startsAt() == null) {
            throw new WorkbenchException(UserMessage.of("panel.session.startRequired"));
        }
        if (plan.endsAt() != null && plan.endsAt().isBefore(plan.startsAt())) {
            throw new WorkbenchException(UserMessage.of("panel.session.endsBeforeStart"));
        }
        if (plan.venueZh() == null || plan.venueZh().isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.session.venueRequired"));
        }
    }

    /** Adds an agenda item at the end, or changes one (itemId given). */
    public AgendaItem saveItem(long sessionId, Long itemId, ItemKind kind, Integer article, String titleZh, String titleEn,
                               String explanationZh, String explanationEn, String username) {
        if (kind == null) {
            throw new WorkbenchException(UserMessage.of("panel.item.kindRequired"));
        }
        if (article != null && (article < 1 || article > 71)) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        if (titleZh == null || titleZh.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.item.titleRequired"));
        }
        return transactor.inTransaction(() -> {
            PanelSession s = session(sessionId);
            long id;
            if (itemId == null) {
                id = repository.insertItem(sessionId, repository.nextItemNumber(sessionId), kind, article, titleZh.strip(), blankToNull(titleEn),
                        blankToNull(explanationZh), blankToNull(explanationEn));
            } else {
                s.item(itemId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchItem", itemId)));
                repository.updateItem(itemId, kind, article, titleZh.strip(), blankToNull(titleEn), blankToNull(explanationZh), blankToNull(explanationEn));
                id = itemId;
            }
            auditLog.record(username, itemId == null ? "create" : "update", "agenda_item", String.valueOf(id), s.cycleId(),
                    "Agenda of session " + s.number() + ": " + titleZh.strip());
            return session(sessionId).item(id).orElseThrow();
        });
    }

    public void deleteItem(long sessionId, long itemId, String username) {
        transactor.run(() -> {
            PanelSession s = session(sessionId);
            AgendaItem item = s.item(itemId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchItem", itemId)));
            if (repository.itemHasRecord(itemId)) {
                throw new WorkbenchException(UserMessage.of("panel.item.hasRecord", item.number()));
            }
            repository.deleteItem(itemId);
            auditLog.record(username, "delete", "agenda_item", String.valueOf(itemId), s.cycleId(),
                    "Agenda item " + item.number() + " of session " + s.number() + " removed");
        });
    }

    /** The rotation's proposal for an article-review session, with who was skipped and why. */
    public ChairRotation.Proposal proposeChair(long sessionId) {
        return transactor.inTransaction(() -> {
            PanelSession s = session(sessionId);
            List<PanelMember> members = repository.members(s.cycleId());
            Set<Long> apologies = records.attendance(sessionId).stream().filter(a -> a.status() == AttendanceStatus.APOLOGIES && a.memberId() != null)
                    .map(Attendance::memberId).collect(Collectors.toSet());
            return ChairRotation.propose(members, pastChairs(s.cycleId(), sessionId), s.startsAt().toLocalDate(), apologies, conflicted(s));
        });
    }

    /** Members conflicted on the session's articles, directly or through the agency leading one. */
    private Map<Long, String> conflicted(PanelSession s) {
        List<Integer> articles = s.articles();
        Map<Integer, String> leads = repository.leadAgencies(s.cycleId());
        Set<String> agencies = articles.stream().map(leads::get).filter(a -> a != null).collect(Collectors.toSet());
        Map<Long, String> result = new LinkedHashMap<>();
        for (Conflict c : repository.conflicts(s.cycleId())) {
            if (c.article() != null && articles.contains(c.article())) {
                result.merge(c.memberId(), "A" + c.article(), (a, b) -> a + ", " + b);
            } else if (c.agencyCode() != null && agencies.contains(c.agencyCode())) {
                result.merge(c.memberId(), c.agencyCode(), (a, b) -> a + ", " + b);
            }
        }
        return result;
    }

    /**
     * Sets a member as chair of an article-review session. Choosing anyone but the rotation's
     * proposal needs a reason, which is recorded with the proposal.
     */
    public PanelSession assignChair(long sessionId, long memberId, String overrideReason, String username) {
        return transactor.inTransaction(() -> {
            PanelSession s = session(sessionId);
            if (!s.kind().memberChairs()) {
                throw new WorkbenchException(UserMessage.of("panel.chair.governmentOnly", s.number()));
            }
            PanelMember chair = member(memberId);
            if (chair.cycleId() != s.cycleId()) {
                throw new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId));
            }
            ChairRotation.Proposal proposal = proposeChair(sessionId);
            Long proposed = proposal.proposed().map(PanelMember::id).orElse(null);
            boolean override = proposed == null || proposed != memberId;
            if (override && (overrideReason == null || overrideReason.isBlank())) {
                throw new WorkbenchException(UserMessage.of("panel.chair.reasonRequired", chair.nameZh()));
            }
            repository.setChair(sessionId, memberId, null, proposed, override ? overrideReason.strip() : null);
            auditLog.record(username, "update", "panel_session", String.valueOf(s.number()), s.cycleId(), "Chair of session " + s.number()
                    + ": " + chair.nameZh() + (override ? " (instead of the rotation's proposal; reason: " + overrideReason.strip() + ")" : ""));
            return session(sessionId);
        });
    }

    /** Sets the government representative who chairs a report-format or final drafting session. */
    public PanelSession assignGovernmentChair(long sessionId, String name, String username) {
        if (name == null || name.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.chair.governmentNameRequired"));
        }
        return transactor.inTransaction(() -> {
            PanelSession s = session(sessionId);
            if (s.kind().memberChairs()) {
                throw new WorkbenchException(UserMessage.of("panel.chair.memberOnly", s.number()));
            }
            repository.setChair(sessionId, null, name.strip(), null, null);
            auditLog.record(username, "update", "panel_session", String.valueOf(s.number()), s.cycleId(),
                    "Chair of session " + s.number() + ": " + name.strip());
            return session(sessionId);
        });
    }

    /** How often each member has chaired in the cycle, in the members' order. */
    public List<ChairCount> chairCounts(long cycleId) {
        Map<Long, ChairRotation.Tally> tally = ChairRotation.tally(pastChairs(cycleId, null), java.time.LocalDate.MAX);
        return repository.members(cycleId).stream().map(m -> {
            ChairRotation.Tally t = tally.getOrDefault(m.id(), ChairRotation.Tally.NONE);
            return new ChairCount(m, t.times(), t.last());
        }).toList();
    }

    /** Sessions of the cycle chaired by a member and not cancelled, leaving out {@code except}. */
    private List<ChairRotation.PastChair> pastChairs(long cycleId, Long except) {
        return repository.sessions(cycleId).stream()
                .filter(o -> !Long.valueOf(o.id()).equals(except) && o.status() != SessionStatus.CANCELLED && o.chairMemberId() != null)
                .map(o -> new ChairRotation.PastChair(o.chairMemberId(), o.startsAt().toLocalDate())).toList();
    }

    PanelMember member(long memberId) {
        return repository.member(memberId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId)));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
