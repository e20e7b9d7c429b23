package org.uncacworkbench.panel;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.AGENDA_ITEM;
import static org.uncacworkbench.storage.jooq.Tables.MEMBER_CONFLICT;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_COMMENT;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_MEMBER;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_SESSION;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.uncacworkbench.storage.Database;
import org.uncacworkbench.storage.jooq.tables.records.AgendaItemRecord;
import org.uncacworkbench.storage.jooq.tables.records.PanelMemberRecord;
import org.uncacworkbench.storage.jooq.tables.records.PanelSessionRecord;

/** Reads and writes the panel's members, their conflicts, and the sessions with their agendas. */
public final class PanelRepository {

    private final Database database;

    public PanelRepository(Database database) {
        this.database = database;
    }

    List<PanelMember> members(long cycleId) {
        return database.dsl().selectFrom(PANEL_MEMBER).where(PANEL_MEMBER.CYCLE_ID.eq(cycleId)).orderBy(PANEL_MEMBER.ID)
                .fetch(PanelRepository::member);
    }

    Optional<PanelMember> member(long memberId) {
        return database.dsl().selectFrom(PANEL_MEMBER).where(PANEL_MEMBER.ID.eq(memberId)).fetchOptional(PanelRepository::member);
    }

    private static PanelMember member(PanelMemberRecord r) {
        return new PanelMember(r.getId(), r.getCycleId(), r.getNameZh(), r.getNameEn(), r.getAffiliationZh(), r.getAffiliationEn(),
                Codes.parse(Sector.class, r.getSector()), r.getEmail(), r.getPhone(), r.getJoinedOn(), r.getLeftOn());
    }

    long saveMember(PanelMember m) {
        var dsl = database.dsl();
        PanelMemberRecord r = m.id() == 0 ? dsl.newRecord(PANEL_MEMBER) : dsl.fetchSingle(PANEL_MEMBER, PANEL_MEMBER.ID.eq(m.id()));
        r.setCycleId(m.cycleId());
        r.setNameZh(m.nameZh());
        r.setNameEn(m.nameEn());
        r.setAffiliationZh(m.affiliationZh());
        r.setAffiliationEn(m.affiliationEn());
        r.setSector(m.sector().code());
        r.setEmail(m.email());
        r.setPhone(m.phone());
        r.setJoinedOn(m.joinedOn());
        r.setLeftOn(m.leftOn());
        r.store();
        return r.getId();
    }

    /** How often the member appears in the record (chaired, commented, attended): such a member is kept. */
    int historyCount(long memberId) {
        var dsl = database.dsl();
        return dsl.fetchCount(PANEL_SESSION, PANEL_SESSION.CHAIR_MEMBER_ID.eq(memberId).or(PANEL_SESSION.PROPOSED_CHAIR_MEMBER_ID.eq(memberId)))
                + dsl.fetchCount(PANEL_COMMENT, PANEL_COMMENT.MEMBER_ID.eq(memberId))
                + dsl.fetchCount(org.uncacworkbench.storage.jooq.Tables.ATTENDANCE, org.uncacworkbench.storage.jooq.Tables.ATTENDANCE.MEMBER_ID.eq(memberId));
    }

    void deleteMember(long memberId) {
        database.dsl().deleteFrom(PANEL_MEMBER).where(PANEL_MEMBER.ID.eq(memberId)).execute();
    }

    List<Conflict> conflicts(long cycleId) {
        return database.dsl().select(MEMBER_CONFLICT.ID, MEMBER_CONFLICT.MEMBER_ID, MEMBER_CONFLICT.ARTICLE_NUMBER, AGENCY.CODE, MEMBER_CONFLICT.NOTE)
                .from(MEMBER_CONFLICT).join(PANEL_MEMBER).on(PANEL_MEMBER.ID.eq(MEMBER_CONFLICT.MEMBER_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(MEMBER_CONFLICT.AGENCY_ID))
                .where(PANEL_MEMBER.CYCLE_ID.eq(cycleId)).orderBy(MEMBER_CONFLICT.MEMBER_ID, MEMBER_CONFLICT.ID)
                .fetch(r -> new Conflict(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    void addConflict(long memberId, Integer article, Long agencyId, String note) {
        database.dsl().insertInto(MEMBER_CONFLICT).set(MEMBER_CONFLICT.MEMBER_ID, memberId).set(MEMBER_CONFLICT.ARTICLE_NUMBER, article)
                .set(MEMBER_CONFLICT.AGENCY_ID, agencyId).set(MEMBER_CONFLICT.NOTE, note).execute();
    }

    void removeConflict(long conflictId) {
        database.dsl().deleteFrom(MEMBER_CONFLICT).where(MEMBER_CONFLICT.ID.eq(conflictId)).execute();
    }

    Optional<Long> agencyId(String code) {
        return database.dsl().select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.equalIgnoreCase(code)).fetchOptional(AGENCY.ID);
    }

    /** The agency leading each article's section in the cycle, for conflicts declared by agency. */
    Map<Integer, String> leadAgencies(long cycleId) {
        return database.dsl().select(REPORT_SECTION.ARTICLE_NUMBER, AGENCY.CODE).from(REPORT_SECTION)
                .join(AGENCY).on(AGENCY.ID.eq(REPORT_SECTION.LEAD_AGENCY_ID))
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId)).and(REPORT_SECTION.ARTICLE_NUMBER.isNotNull())
                .fetchMap(REPORT_SECTION.ARTICLE_NUMBER, AGENCY.CODE);
    }

    List<PanelSession> sessions(long cycleId) {
        var dsl = database.dsl();
        Map<Long, List<AgendaItem>> agenda = dsl.select(AGENDA_ITEM.fields()).from(AGENDA_ITEM)
                .join(PANEL_SESSION).on(PANEL_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .where(PANEL_SESSION.CYCLE_ID.eq(cycleId)).orderBy(AGENDA_ITEM.ITEM_NO)
                .fetchGroups(r -> r.get(AGENDA_ITEM.SESSION_ID), r -> item(r.into(AGENDA_ITEM)));
        return dsl.selectFrom(PANEL_SESSION).where(PANEL_SESSION.CYCLE_ID.eq(cycleId)).orderBy(PANEL_SESSION.SESSION_NO)
                .fetch(r -> session(r, agenda.getOrDefault(r.getId(), List.of())));
    }

    Optional<PanelSession> session(long sessionId) {
        var dsl = database.dsl();
        return dsl.selectFrom(PANEL_SESSION).where(PANEL_SESSION.ID.eq(sessionId)).fetchOptional(r -> session(r,
                dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.SESSION_ID.eq(sessionId)).orderBy(AGENDA_ITEM.ITEM_NO).fetch(PanelRepository::item)));
    }

    Optional<Long> sessionId(long cycleId, int number) {
        return database.dsl().select(PANEL_SESSION.ID).from(PANEL_SESSION)
                .where(PANEL_SESSION.CYCLE_ID.eq(cycleId)).and(PANEL_SESSION.SESSION_NO.eq(number)).fetchOptional(PANEL_SESSION.ID);
    }

    private static PanelSession session(PanelSessionRecord r, List<AgendaItem> agenda) {
        return new PanelSession(r.getId(), r.getCycleId(), r.getSessionNo(), Codes.parse(SessionKind.class, r.getKind()), r.getStartsAt(),
                r.getEndsAt(), r.getVenueZh(), r.getVenueEn(), Codes.parse(SessionStatus.class, r.getStatus()), r.getChairMemberId(),
                r.getChairGovernmentName(), r.getProposedChairMemberId(), r.getChairOverrideReason(), r.getRecorderName(),
                r.getOpeningRemarks(), agenda, r.getRecorderNameEn(), r.getChairGovernmentNameEn(), r.getOpeningRemarksEn());
    }

    private static AgendaItem item(AgendaItemRecord r) {
        return new AgendaItem(r.getId(), r.getSessionId(), r.getItemNo(), Codes.parse(ItemKind.class, r.getKind()), r.getArticleNumber(),
                r.getTitleZh(), r.getTitleEn(), r.getExplanationZh(), r.getExplanationEn());
    }

    int nextSessionNumber(long cycleId) {
        Integer max = database.dsl().select(DSL.max(PANEL_SESSION.SESSION_NO)).from(PANEL_SESSION)
                .where(PANEL_SESSION.CYCLE_ID.eq(cycleId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    long insertSession(long cycleId, int number, SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String venueZh,
                       String venueEn, String recorder) {
        return database.dsl().insertInto(PANEL_SESSION).set(PANEL_SESSION.CYCLE_ID, cycleId).set(PANEL_SESSION.SESSION_NO, number)
                .set(PANEL_SESSION.KIND, kind.code()).set(PANEL_SESSION.STARTS_AT, startsAt).set(PANEL_SESSION.ENDS_AT, endsAt)
                .set(PANEL_SESSION.VENUE_ZH, venueZh).set(PANEL_SESSION.VENUE_EN, venueEn).set(PANEL_SESSION.RECORDER_NAME, recorder)
                .returning(PANEL_SESSION.ID).fetchOne().getId();
    }

    void updateSession(long sessionId, SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String venueZh, String venueEn,
                       String recorder, String openingRemarks, SessionStatus status) {
        database.dsl().update(PANEL_SESSION).set(PANEL_SESSION.KIND, kind.code()).set(PANEL_SESSION.STARTS_AT, startsAt)
                .set(PANEL_SESSION.ENDS_AT, endsAt).set(PANEL_SESSION.VENUE_ZH, venueZh).set(PANEL_SESSION.VENUE_EN, venueEn)
                .set(PANEL_SESSION.RECORDER_NAME, recorder).set(PANEL_SESSION.OPENING_REMARKS, openingRemarks)
                .set(PANEL_SESSION.STATUS, status.code()).set(PANEL_SESSION.VERSION, PANEL_SESSION.VERSION.plus(1))
                .where(PANEL_SESSION.ID.eq(sessionId)).execute();
    }

    void setChair(long sessionId, Long memberId, String government, Long proposedId, String overrideReason) {
        database.dsl().update(PANEL_SESSION).set(PANEL_SESSION.CHAIR_MEMBER_ID, memberId)
                .set(PANEL_SESSION.CHAIR_GOVERNMENT_NAME, government).set(PANEL_SESSION.PROPOSED_CHAIR_MEMBER_ID, proposedId)
                .set(PANEL_SESSION.CHAIR_OVERRIDE_REASON, overrideReason).set(PANEL_SESSION.VERSION, PANEL_SESSION.VERSION.plus(1))
                .where(PANEL_SESSION.ID.eq(sessionId)).execute();
    }

    void deleteSession(long sessionId) {
        database.dsl().deleteFrom(PANEL_SESSION).where(PANEL_SESSION.ID.eq(sessionId)).execute();
    }

    int nextItemNumber(long sessionId) {
        Integer max = database.dsl().select(DSL.max(AGENDA_ITEM.ITEM_NO)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.SESSION_ID.eq(sessionId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    long insertItem(long sessionId, int number, ItemKind kind, Integer article, String titleZh, String titleEn, String explanationZh,
                    String explanationEn) {
        return database.dsl().insertInto(AGENDA_ITEM).set(AGENDA_ITEM.SESSION_ID, sessionId).set(AGENDA_ITEM.ITEM_NO, number)
                .set(AGENDA_ITEM.KIND, kind.code()).set(AGENDA_ITEM.ARTICLE_NUMBER, article).set(AGENDA_ITEM.TITLE_ZH, titleZh)
                .set(AGENDA_ITEM.TITLE_EN, titleEn).set(AGENDA_ITEM.EXPLANATION_ZH, explanationZh)
                .set(AGENDA_ITEM.EXPLANATION_EN, explanationEn).returning(AGENDA_ITEM.ID).fetchOne().getId();
    }

    void updateItem(long itemId, ItemKind kind, Integer article, String titleZh, String titleEn, String explanationZh, String explanationEn) {
        database.dsl().update(AGENDA_ITEM).set(AGENDA_ITEM.KIND, kind.code()).set(AGENDA_ITEM.ARTICLE_NUMBER, article)
                .set(AGENDA_ITEM.TITLE_ZH, titleZh).set(AGENDA_ITEM.TITLE_EN, titleEn).set(AGENDA_ITEM.EXPLANATION_ZH, explanationZh)
                .set(AGENDA_ITEM.EXPLANATION_EN, explanationEn).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    /** Whether anything hangs on the item (comments or rulings), in which case it is kept. */
    boolean itemHasRecord(long itemId) {
        var dsl = database.dsl();
        return dsl.fetchExists(PANEL_COMMENT, PANEL_COMMENT.AGENDA_ITEM_ID.eq(itemId))
                || dsl.fetchExists(org.uncacworkbench.storage.jooq.Tables.RULING, org.uncacworkbench.storage.jooq.Tables.RULING.AGENDA_ITEM_ID.eq(itemId));
    }

    void deleteItem(long itemId) {
        database.dsl().deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }
}
