package org.uncacworkbench.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * What a session records: attendance (出席, 列席, 請假), members' comments, the chair's rulings per
 * agenda item, and the action items rulings create, tracked until done.
 */
public final class SessionRecordService {

    /** Everything one article received across the cycle's sessions. */
    public record ArticleRecord(int article, List<PanelComment> comments, List<Ruling> rulings, List<ActionItem> openActions) {
    }

    private final Transactor transactor;
    private final PanelService panel;
    private final PanelRepository panelRepository;
    private final SessionRecordRepository repository;
    private final SectionService sections;
    private final UserRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    public SessionRecordService(Transactor transactor, PanelService panel, PanelRepository panelRepository, SessionRecordRepository repository,
                                SectionService sections, UserRepository users, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.panel = panel;
        this.panelRepository = panelRepository;
        this.repository = repository;
        this.sections = sections;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Attendance> attendance(long sessionId) {
        return repository.attendance(sessionId);
    }

    /** Records a member as present or excused; {@code null} clears the entry. */
    public void setAttendance(long sessionId, long memberId, AttendanceStatus status, String username) {
        if (status == AttendanceStatus.IN_ATTENDANCE) {
            throw new WorkbenchException(UserMessage.of("panel.attendance.memberNotGuest"));
        }
        transactor.run(() -> {
            PanelSession s = panel.session(sessionId);
            PanelMember m = panel.member(memberId);
            if (m.cycleId() != s.cycleId()) {
                throw new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId));
            }
            if (status == AttendanceStatus.APOLOGIES && memberId == (s.chairMemberId() == null ? -1 : s.chairMemberId())) {
                throw new WorkbenchException(UserMessage.of("panel.attendance.chairAbsent", m.nameZh()));
            }
            repository.setMemberAttendance(sessionId, memberId, status);
            auditLog.record(username, "update", "attendance", String.valueOf(s.number()), s.cycleId(),
                    m.nameZh() + " at session " + s.number() + ": " + (status == null ? "cleared" : status.code()));
        });
    }

    /** Someone who is not a member sits in (列席), perhaps for an agency. */
    public void addGuest(long sessionId, String name, String agencyCode, String username) {
        if (name == null || name.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.attendance.nameRequired"));
        }
        transactor.run(() -> {
            PanelSession s = panel.session(sessionId);
            Long agency = agencyCode == null || agencyCode.isBlank() ? null : panelRepository.agencyId(agencyCode.strip())
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchAgency", agencyCode.strip())));
            repository.addGuest(sessionId, name.strip(), agency);
            auditLog.record(username, "create", "attendance", String.valueOf(s.number()), s.cycleId(), name.strip() + " sat in at session " + s.number());
        });
    }

    public void removeAttendance(long attendanceId, String username) {
        transactor.run(() -> {
            repository.removeAttendance(attendanceId);
            auditLog.record(username, "delete", "attendance", String.valueOf(attendanceId), null, "Attendance entry removed");
        });
    }

    public List<PanelComment> comments(long sessionId) {
        return repository.commentsOfSession(sessionId);
    }

    /** A member's comment in a session, on an agenda item (and through it its article), optionally a paragraph. */
    public long addComment(long sessionId, long memberId, long itemId, String paragraph, String body, String username) {
        if (body == null || body.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.comment.bodyRequired"));
        }
        return transactor.inTransaction(() -> {
            PanelSession s = panel.session(sessionId);
            AgendaItem item = s.item(itemId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchItem", itemId)));
            PanelMember m = panel.member(memberId);
            if (m.cycleId() != s.cycleId()) {
                throw new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId));
            }
            long id = repository.addComment(s.cycleId(), memberId, sessionId, itemId, item.article(), PanelService.blankToNull(paragraph),
                    body.strip(), "meeting", null);
            auditLog.record(username, "create", "panel_comment", String.valueOf(id), s.cycleId(),
                    "Comment of " + m.nameZh() + " on item " + item.number() + " of session " + s.number());
            return id;
        });
    }

    /** A member's comment on an article that is not an item of the session's agenda (or outside any session). */
    public long addArticleComment(Long sessionId, long memberId, int article, String paragraph, String body, String username) {
        if (body == null || body.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.comment.bodyRequired"));
        }
        if (article < 1 || article > 71) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        return transactor.inTransaction(() -> {
            PanelMember m = panel.member(memberId);
            if (sessionId != null && panel.session(sessionId).cycleId() != m.cycleId()) {
                throw new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId));
            }
            long id = repository.addComment(m.cycleId(), memberId, sessionId, null, article, PanelService.blankToNull(paragraph), body.strip(),
                    sessionId == null ? "written" : "meeting", null);
            auditLog.record(username, "create", "panel_comment", String.valueOf(id), m.cycleId(), "Comment of " + m.nameZh() + " on article " + article);
            return id;
        });
    }

    public void deleteComment(long commentId, String username) {
        transactor.run(() -> {
            repository.deleteComment(commentId);
            auditLog.record(username, "delete", "panel_comment", String.valueOf(commentId), null, "Comment removed");
        });
    }

    /** Rulings of every session of the cycle, in session and item order. */
    public List<Ruling> rulings(long cycleId) {
        return repository.rulingsOfCycle(cycleId);
    }

    /** The chair's ruling on an item: 決定 on a report item, 決議 otherwise. Saving again replaces its text. */
    public Ruling rule(long sessionId, long itemId, String textZh, String textEn, String username) {
        if (textZh == null || textZh.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.ruling.textRequired"));
        }
        return transactor.inTransaction(() -> {
            PanelSession s = panel.session(sessionId);
            AgendaItem item = s.item(itemId).orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchItem", itemId)));
            long id = repository.saveRuling(itemId, item.kind().rulingKind(), textZh.strip(), PanelService.blankToNull(textEn));
            auditLog.record(username, "update", "ruling", String.valueOf(id), s.cycleId(), "Ruling on item " + item.number() + " of session " + s.number());
            return rulings(s.cycleId()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        });
    }

    /** Releases a ruling from tracking (解除列管) at a session, or keeps tracking it (繼續列管). */
    public void setTracking(long rulingId, boolean tracked, long atSessionId, String username) {
        transactor.run(() -> {
            PanelSession at = panel.session(atSessionId);
            Ruling r = rulings(at.cycleId()).stream().filter(x -> x.id() == rulingId).findFirst()
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchRuling", rulingId)));
            if (!tracked && r.sessionNo() >= at.number()) {
                throw new WorkbenchException(UserMessage.of("panel.ruling.releaseLater", r.sessionNo()));
            }
            repository.setTracking(rulingId, tracked, atSessionId);
            auditLog.record(username, "update", "ruling", String.valueOf(rulingId), at.cycleId(), "Ruling of session " + r.sessionNo()
                    + (tracked ? " kept under tracking" : " released at session " + at.number()));
        });
    }

    public List<ActionItem> actions(long cycleId) {
        return repository.actionsOfCycle(cycleId);
    }

    public List<ActionItem> actionsOfRuling(long rulingId) {
        return repository.actionsOfRuling(rulingId);
    }

    /**
     * An action item a ruling creates: revise an article's section or ask an agency, assigned to a
     * staff member or an agency, due by a date.
     */
    public ActionItem addAction(long rulingId, ActionItem.Kind kind, String descriptionZh, String descriptionEn, Integer article,
                                String assigneeUser, String assigneeAgency, LocalDate dueOn, String username) {
        if (kind == null) {
            throw new WorkbenchException(UserMessage.of("panel.action.kindRequired"));
        }
        if (descriptionZh == null || descriptionZh.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.action.descriptionRequired"));
        }
        boolean hasUser = assigneeUser != null && !assigneeUser.isBlank();
        boolean hasAgency = assigneeAgency != null && !assigneeAgency.isBlank();
        if (!hasUser && !hasAgency) {
            throw new WorkbenchException(UserMessage.of("panel.action.assigneeRequired"));
        }
        if (kind == ActionItem.Kind.REVISE_SECTION && article == null) {
            throw new WorkbenchException(UserMessage.of("panel.action.articleRequired"));
        }
        if (kind == ActionItem.Kind.ASK_AGENCY && !hasAgency) {
            throw new WorkbenchException(UserMessage.of("panel.action.agencyRequired"));
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new WorkbenchException(UserMessage.of("request.dueInPast", String.valueOf(dueOn)));
        }
        return transactor.inTransaction(() -> {
            Ruling ruling = repository.ruling(rulingId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchRuling", rulingId)));
            long cycleId = panel.session(ruling.sessionId()).cycleId();
            Long section = article == null ? null : sections.sectionId(cycleId, SectionKey.forArticle(article))
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", SectionKey.forArticle(article))));
            Long agency = hasAgency ? panelRepository.agencyId(assigneeAgency.strip())
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchAgency", assigneeAgency.strip()))) : null;
            Long user = hasUser ? users.ensure(assigneeUser.strip()) : null;
            long id = repository.addAction(cycleId, rulingId, kind, descriptionZh.strip(), PanelService.blankToNull(descriptionEn), section,
                    user, agency, dueOn);
            auditLog.record(username, "create", "action_item", String.valueOf(id), cycleId,
                    "Action item from the ruling on item " + ruling.itemNo() + " of session " + ruling.sessionNo() + ": " + descriptionZh.strip());
            return action(id);
        });
    }

    /**
     * Marks an action item done, linked to what did it: a revision of its section (by language and
     * number) or a data request (by number). A revise-section item needs its revision.
     */
    public ActionItem complete(long actionId, Language revisionLanguage, Integer revisionNo, Integer requestNo, String username) {
        return transactor.inTransaction(() -> {
            ActionItem a = action(actionId);
            if (a.status() != ActionItem.Status.OPEN) {
                throw new WorkbenchException(UserMessage.of("panel.action.notOpen"));
            }
            Long revision = null;
            if (revisionNo != null) {
                long section = repository.actionSection(actionId)
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.action.noSection")));
                revision = repository.revisionId(section, revisionLanguage.shortCode(), revisionNo)
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.action.noSuchRevision", revisionNo)));
            } else if (a.kind() == ActionItem.Kind.REVISE_SECTION) {
                throw new WorkbenchException(UserMessage.of("panel.action.revisionRequired"));
            }
            Long request = requestNo == null ? null : repository.requestId(a.cycleId(), requestNo)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.action.noSuchRequest", requestNo)));
            repository.closeAction(actionId, ActionItem.Status.DONE, LocalDate.now(clock), revision, request);
            auditLog.record(username, "update", "action_item", String.valueOf(actionId), a.cycleId(), "Action item done"
                    + (revisionNo == null ? "" : " by revision " + revisionLanguage.shortCode() + " " + revisionNo)
                    + (requestNo == null ? "" : " by data request " + requestNo));
            return action(actionId);
        });
    }

    public ActionItem cancel(long actionId, String username) {
        return transactor.inTransaction(() -> {
            ActionItem a = action(actionId);
            if (a.status() != ActionItem.Status.OPEN) {
                throw new WorkbenchException(UserMessage.of("panel.action.notOpen"));
            }
            repository.closeAction(actionId, ActionItem.Status.CANCELLED, null, null, null);
            auditLog.record(username, "update", "action_item", String.valueOf(actionId), a.cycleId(), "Action item cancelled");
            return action(actionId);
        });
    }

    /** Every comment and ruling an article received in the cycle, and its action items still open. */
    public ArticleRecord article(long cycleId, Integer article) {
        if (article == null || article < 1 || article > 71) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        return transactor.inTransaction(() -> new ArticleRecord(article,
                repository.commentsOnArticle(cycleId, article),
                repository.rulingsOnArticle(cycleId, article),
                repository.actionsOnArticle(cycleId, article).stream()
                        .filter(a -> a.status() == ActionItem.Status.OPEN).toList()));
    }

    private ActionItem action(long id) {
        return repository.action(id)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("panel.noSuchAction", id)));
    }
}
