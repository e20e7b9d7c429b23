package org.uncacworkbench.panel;

import static org.uncacworkbench.storage.jooq.Tables.ACTION_ITEM;
import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.AGENDA_ITEM;
import static org.uncacworkbench.storage.jooq.Tables.APP_USER;
import static org.uncacworkbench.storage.jooq.Tables.ATTENDANCE;
import static org.uncacworkbench.storage.jooq.Tables.DATA_REQUEST;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_COMMENT;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_MEMBER;
import static org.uncacworkbench.storage.jooq.Tables.PANEL_SESSION;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.RULING;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;
import static org.uncacworkbench.storage.jooq.Tables.SESSION_MINUTES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.uncacworkbench.storage.Database;

/** Reads and writes what happens in a session: attendance, comments, rulings, action items, minutes. */
public final class SessionRecordRepository {

    private final Database database;

    public SessionRecordRepository(Database database) {
        this.database = database;
    }

    List<Attendance> attendance(long sessionId) {
        return database.dsl().select(ATTENDANCE.ID, ATTENDANCE.SESSION_ID, ATTENDANCE.MEMBER_ID, ATTENDANCE.PERSON_NAME, AGENCY.CODE, ATTENDANCE.STATUS,
                        ATTENDANCE.PERSON_NAME_EN)
                .from(ATTENDANCE).leftJoin(AGENCY).on(AGENCY.ID.eq(ATTENDANCE.AGENCY_ID))
                .where(ATTENDANCE.SESSION_ID.eq(sessionId)).orderBy(ATTENDANCE.MEMBER_ID.asc().nullsLast(), ATTENDANCE.ID)
                .fetch(r -> new Attendance(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Codes.parse(AttendanceStatus.class, r.value6()),
                        r.value7()));
    }

    void setMemberAttendance(long sessionId, long memberId, AttendanceStatus status) {
        var dsl = database.dsl();
        dsl.deleteFrom(ATTENDANCE).where(ATTENDANCE.SESSION_ID.eq(sessionId)).and(ATTENDANCE.MEMBER_ID.eq(memberId)).execute();
        if (status != null) {
            dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, sessionId).set(ATTENDANCE.MEMBER_ID, memberId)
                    .set(ATTENDANCE.STATUS, status.code()).execute();
        }
    }

    void addGuest(long sessionId, String name, Long agencyId) {
        database.dsl().insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, sessionId).set(ATTENDANCE.PERSON_NAME, name)
                .set(ATTENDANCE.AGENCY_ID, agencyId).set(ATTENDANCE.STATUS, AttendanceStatus.IN_ATTENDANCE.code()).execute();
    }

    void removeAttendance(long attendanceId) {
        database.dsl().deleteFrom(ATTENDANCE).where(ATTENDANCE.ID.eq(attendanceId)).execute();
    }

    private List<PanelComment> comments(Condition where) {
        return database.dsl().select(PANEL_COMMENT.ID, PANEL_COMMENT.MEMBER_ID, PANEL_COMMENT.SESSION_ID, PANEL_SESSION.SESSION_NO,
                        PANEL_COMMENT.AGENDA_ITEM_ID, PANEL_COMMENT.ARTICLE_NUMBER, PANEL_COMMENT.PARAGRAPH_REF, PANEL_COMMENT.BODY,
                        PANEL_COMMENT.SOURCE, PANEL_COMMENT.CREATED_AT, PANEL_COMMENT.BODY_EN)
                .from(PANEL_COMMENT).leftJoin(PANEL_SESSION).on(PANEL_SESSION.ID.eq(PANEL_COMMENT.SESSION_ID))
                .where(where).orderBy(PANEL_SESSION.SESSION_NO.asc().nullsLast(), PANEL_COMMENT.ID)
                .fetch(r -> new PanelComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11()));
    }

    List<PanelComment> commentsOfSession(long sessionId) {
        return comments(PANEL_COMMENT.SESSION_ID.eq(sessionId));
    }

    List<PanelComment> commentsOnArticle(long cycleId, int article) {
        return comments(PANEL_COMMENT.CYCLE_ID.eq(cycleId).and(PANEL_COMMENT.ARTICLE_NUMBER.eq(article)
                .or(PANEL_COMMENT.AGENDA_ITEM_ID.in(org.jooq.impl.DSL.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ARTICLE_NUMBER.eq(article))))));
    }

    long addComment(long cycleId, long memberId, Long sessionId, Long itemId, Integer article, String paragraph, String body,
                    String source, Long importId) {
        return database.dsl().insertInto(PANEL_COMMENT).set(PANEL_COMMENT.CYCLE_ID, cycleId).set(PANEL_COMMENT.MEMBER_ID, memberId)
                .set(PANEL_COMMENT.SESSION_ID, sessionId).set(PANEL_COMMENT.AGENDA_ITEM_ID, itemId).set(PANEL_COMMENT.ARTICLE_NUMBER, article)
                .set(PANEL_COMMENT.PARAGRAPH_REF, paragraph).set(PANEL_COMMENT.BODY, body).set(PANEL_COMMENT.SOURCE, source)
                .set(PANEL_COMMENT.IMPORT_ID, importId).returning(PANEL_COMMENT.ID).fetchOne().getId();
    }

    void deleteComment(long commentId) {
        database.dsl().deleteFrom(PANEL_COMMENT).where(PANEL_COMMENT.ID.eq(commentId)).execute();
    }

    private List<Ruling> rulings(Condition where) {
        return database.dsl().select(RULING.ID, RULING.AGENDA_ITEM_ID, PANEL_SESSION.ID, PANEL_SESSION.SESSION_NO, AGENDA_ITEM.ITEM_NO,
                        RULING.KIND, RULING.TEXT_ZH, RULING.TEXT_EN, RULING.TRACKING, RULING.RELEASED_SESSION_ID)
                .from(RULING).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(RULING.AGENDA_ITEM_ID))
                .join(PANEL_SESSION).on(PANEL_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .where(where).orderBy(PANEL_SESSION.SESSION_NO, AGENDA_ITEM.ITEM_NO, RULING.ID)
                .fetch(r -> new Ruling(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Codes.parse(RulingKind.class, r.value6()),
                        r.value7(), r.value8(), "tracking".equals(r.value9()), r.value10()));
    }

    List<Ruling> rulingsOfCycle(long cycleId) {
        return rulings(PANEL_SESSION.CYCLE_ID.eq(cycleId));
    }

    List<Ruling> rulingsOnArticle(long cycleId, int article) {
        return rulings(PANEL_SESSION.CYCLE_ID.eq(cycleId).and(AGENDA_ITEM.ARTICLE_NUMBER.eq(article)));
    }

    Optional<Ruling> ruling(long rulingId) {
        return rulings(RULING.ID.eq(rulingId)).stream().findFirst();
    }

    long saveRuling(long itemId, RulingKind kind, String textZh, String textEn) {
        var dsl = database.dsl();
        Optional<Long> existing = dsl.select(RULING.ID).from(RULING).where(RULING.AGENDA_ITEM_ID.eq(itemId)).fetchOptional(RULING.ID);
        if (existing.isPresent()) {
            dsl.update(RULING).set(RULING.KIND, kind.code()).set(RULING.TEXT_ZH, textZh).set(RULING.TEXT_EN, textEn)
                    .where(RULING.ID.eq(existing.get())).execute();
            return existing.get();
        }
        return dsl.insertInto(RULING).set(RULING.AGENDA_ITEM_ID, itemId).set(RULING.KIND, kind.code()).set(RULING.TEXT_ZH, textZh)
                .set(RULING.TEXT_EN, textEn).returning(RULING.ID).fetchOne().getId();
    }

    void setTracking(long rulingId, boolean tracked, Long releasedAtSession) {
        database.dsl().update(RULING).set(RULING.TRACKING, tracked ? "tracking" : "released")
                .set(RULING.RELEASED_SESSION_ID, tracked ? null : releasedAtSession).where(RULING.ID.eq(rulingId)).execute();
    }

    private List<ActionItem> actions(Condition where) {
        var dsl = database.dsl();
        var session = PANEL_SESSION.as("s");
        var item = AGENDA_ITEM.as("i");
        return dsl.select(ACTION_ITEM.fields()).select(session.SESSION_NO, REPORT_SECTION.SECTION_KEY, APP_USER.USERNAME, AGENCY.CODE,
                        SECTION_REVISION.REVISION_NO, DATA_REQUEST.REQUEST_NO)
                .from(ACTION_ITEM)
                .leftJoin(RULING).on(RULING.ID.eq(ACTION_ITEM.RULING_ID))
                .leftJoin(item).on(item.ID.eq(RULING.AGENDA_ITEM_ID))
                .leftJoin(session).on(session.ID.eq(item.SESSION_ID))
                .leftJoin(REPORT_SECTION).on(REPORT_SECTION.ID.eq(ACTION_ITEM.SECTION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ACTION_ITEM.ASSIGNEE_USER_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(ACTION_ITEM.ASSIGNEE_AGENCY_ID))
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(ACTION_ITEM.DONE_REVISION_ID))
                .leftJoin(DATA_REQUEST).on(DATA_REQUEST.ID.eq(ACTION_ITEM.DONE_REQUEST_ID))
                .where(where).orderBy(ACTION_ITEM.DUE_ON.asc().nullsLast(), ACTION_ITEM.ID)
                .fetch(r -> new ActionItem(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.CYCLE_ID), r.get(ACTION_ITEM.RULING_ID),
                        r.get(session.SESSION_NO), Codes.parse(ActionItem.Kind.class, r.get(ACTION_ITEM.KIND)),
                        r.get(ACTION_ITEM.DESCRIPTION_ZH), r.get(ACTION_ITEM.DESCRIPTION_EN), r.get(REPORT_SECTION.SECTION_KEY),
                        r.get(APP_USER.USERNAME), r.get(AGENCY.CODE), r.get(ACTION_ITEM.DUE_ON),
                        Codes.parse(ActionItem.Status.class, r.get(ACTION_ITEM.STATUS)), r.get(ACTION_ITEM.DONE_ON),
                        r.get(SECTION_REVISION.REVISION_NO), r.get(DATA_REQUEST.REQUEST_NO)));
    }

    List<ActionItem> actionsOfCycle(long cycleId) {
        return actions(ACTION_ITEM.CYCLE_ID.eq(cycleId));
    }

    List<ActionItem> actionsOfRuling(long rulingId) {
        return actions(ACTION_ITEM.RULING_ID.eq(rulingId));
    }

    List<ActionItem> actionsOnArticle(long cycleId, int article) {
        return actions(ACTION_ITEM.CYCLE_ID.eq(cycleId).and(REPORT_SECTION.ARTICLE_NUMBER.eq(article)
                .or(RULING.AGENDA_ITEM_ID.in(org.jooq.impl.DSL.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ARTICLE_NUMBER.eq(article))))));
    }

    Optional<ActionItem> action(long actionId) {
        return actions(ACTION_ITEM.ID.eq(actionId)).stream().findFirst();
    }

    long addAction(long cycleId, Long rulingId, ActionItem.Kind kind, String descriptionZh, String descriptionEn, Long sectionId,
                   Long userId, Long agencyId, LocalDate dueOn) {
        return database.dsl().insertInto(ACTION_ITEM).set(ACTION_ITEM.CYCLE_ID, cycleId).set(ACTION_ITEM.RULING_ID, rulingId)
                .set(ACTION_ITEM.KIND, kind.code()).set(ACTION_ITEM.DESCRIPTION_ZH, descriptionZh).set(ACTION_ITEM.DESCRIPTION_EN, descriptionEn)
                .set(ACTION_ITEM.SECTION_ID, sectionId).set(ACTION_ITEM.ASSIGNEE_USER_ID, userId).set(ACTION_ITEM.ASSIGNEE_AGENCY_ID, agencyId)
                .set(ACTION_ITEM.DUE_ON, dueOn).returning(ACTION_ITEM.ID).fetchOne().getId();
    }

    void closeAction(long actionId, ActionItem.Status status, LocalDate doneOn, Long revisionId, Long requestId) {
        database.dsl().update(ACTION_ITEM).set(ACTION_ITEM.STATUS, status.code()).set(ACTION_ITEM.DONE_ON, doneOn)
                .set(ACTION_ITEM.DONE_REVISION_ID, revisionId).set(ACTION_ITEM.DONE_REQUEST_ID, requestId)
                .where(ACTION_ITEM.ID.eq(actionId)).execute();
    }

    Optional<Long> revisionId(long sectionId, String language, int revisionNo) {
        return database.dsl().select(SECTION_REVISION.ID).from(SECTION_REVISION).where(SECTION_REVISION.SECTION_ID.eq(sectionId))
                .and(SECTION_REVISION.LANGUAGE.eq(language)).and(SECTION_REVISION.REVISION_NO.eq(revisionNo)).fetchOptional(SECTION_REVISION.ID);
    }

    Optional<Long> requestId(long cycleId, int requestNo) {
        return database.dsl().select(DATA_REQUEST.ID).from(DATA_REQUEST).where(DATA_REQUEST.CYCLE_ID.eq(cycleId))
                .and(DATA_REQUEST.REQUEST_NO.eq(requestNo)).fetchOptional(DATA_REQUEST.ID);
    }

    Optional<Long> actionSection(long actionId) {
        return database.dsl().select(ACTION_ITEM.SECTION_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionId))
                .fetchOptional(ACTION_ITEM.SECTION_ID).filter(java.util.Objects::nonNull);
    }

    Optional<String> minutes(long sessionId, String language) {
        return database.dsl().select(SESSION_MINUTES.BODY).from(SESSION_MINUTES).where(SESSION_MINUTES.SESSION_ID.eq(sessionId))
                .and(SESSION_MINUTES.LANGUAGE.eq(language)).fetchOptional(SESSION_MINUTES.BODY);
    }

    void saveMinutes(long sessionId, String language, String body, Long userId) {
        var dsl = database.dsl();
        dsl.deleteFrom(SESSION_MINUTES).where(SESSION_MINUTES.SESSION_ID.eq(sessionId)).and(SESSION_MINUTES.LANGUAGE.eq(language)).execute();
        if (body != null) {
            dsl.insertInto(SESSION_MINUTES).set(SESSION_MINUTES.SESSION_ID, sessionId).set(SESSION_MINUTES.LANGUAGE, language)
                    .set(SESSION_MINUTES.BODY, body).set(SESSION_MINUTES.UPDATED_BY, userId).execute();
        }
    }

    /** Sets the English of one text of a session's record; false when the row is gone. */
    boolean setEnglish(MissingEnglish.Kind kind, long id, String english) {
        var dsl = database.dsl();
        int rows = switch (kind) {
            case MEMBER_NAME -> dsl.update(PANEL_MEMBER).set(PANEL_MEMBER.NAME_EN, english).where(PANEL_MEMBER.ID.eq(id)).execute();
            case VENUE -> dsl.update(PANEL_SESSION).set(PANEL_SESSION.VENUE_EN, english).where(PANEL_SESSION.ID.eq(id)).execute();
            case GOVERNMENT_CHAIR -> dsl.update(PANEL_SESSION).set(PANEL_SESSION.CHAIR_GOVERNMENT_NAME_EN, english)
                    .where(PANEL_SESSION.ID.eq(id)).execute();
            case RECORDER -> dsl.update(PANEL_SESSION).set(PANEL_SESSION.RECORDER_NAME_EN, english).where(PANEL_SESSION.ID.eq(id)).execute();
            case OPENING_REMARKS -> dsl.update(PANEL_SESSION).set(PANEL_SESSION.OPENING_REMARKS_EN, english)
                    .where(PANEL_SESSION.ID.eq(id)).execute();
            case GUEST_NAME -> dsl.update(ATTENDANCE).set(ATTENDANCE.PERSON_NAME_EN, english).where(ATTENDANCE.ID.eq(id)).execute();
            case ITEM_TITLE -> dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE_EN, english).where(AGENDA_ITEM.ID.eq(id)).execute();
            case ITEM_EXPLANATION -> dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.EXPLANATION_EN, english).where(AGENDA_ITEM.ID.eq(id)).execute();
            case COMMENT -> dsl.update(PANEL_COMMENT).set(PANEL_COMMENT.BODY_EN, english).where(PANEL_COMMENT.ID.eq(id)).execute();
            case RULING -> dsl.update(RULING).set(RULING.TEXT_EN, english).where(RULING.ID.eq(id)).execute();
            case ACTION -> dsl.update(ACTION_ITEM).set(ACTION_ITEM.DESCRIPTION_EN, english).where(ACTION_ITEM.ID.eq(id)).execute();
            case EDITED_TEXT -> throw new IllegalArgumentException("edited minutes are mended in their own text");
        };
        return rows == 1;
    }
}
