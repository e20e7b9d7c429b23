package org.uncacworkbench.requests;

import org.uncacworkbench.agency.AgencyRef;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.DATA_REQUEST;
import static org.uncacworkbench.storage.jooq.Tables.DATA_REQUEST_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.DATA_REQUEST_MERGE;
import static org.uncacworkbench.storage.jooq.Tables.DATA_REQUEST_RECIPIENT;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.uncacworkbench.storage.Database;

/** Reads and writes data requests, their recipients, answers and merges. */
public final class DataRequestRepository {

    /** A recipient row with the request it belongs to, for the actions on one agency's answer. */
    record RecipientRow(long id, long requestId, int requestNo, long cycleId, String agencyCode, String status,
                        String answerText, List<Integer> articles) {
    }

    private final Database database;

    public DataRequestRepository(Database database) {
        this.database = database;
    }

    int nextNumber(long cycleId) {
        Integer max = database.dsl().select(DSL.max(DATA_REQUEST.REQUEST_NO)).from(DATA_REQUEST)
                .where(DATA_REQUEST.CYCLE_ID.eq(cycleId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    long insert(long cycleId, int number, String title, String instructions, LocalDate sentOn, LocalDate dueOn, Long userId,
                List<Long> agencies, List<Integer> articles) {
        var dsl = database.dsl();
        long id = dsl.insertInto(DATA_REQUEST).set(DATA_REQUEST.CYCLE_ID, cycleId).set(DATA_REQUEST.REQUEST_NO, number)
                .set(DATA_REQUEST.TITLE, title).set(DATA_REQUEST.INSTRUCTIONS, instructions).set(DATA_REQUEST.SENT_ON, sentOn)
                .set(DATA_REQUEST.DUE_ON, dueOn).set(DATA_REQUEST.CREATED_BY, userId).returning(DATA_REQUEST.ID).fetchOne().getId();
        for (int a : articles) {
            dsl.insertInto(DATA_REQUEST_ARTICLE).set(DATA_REQUEST_ARTICLE.REQUEST_ID, id).set(DATA_REQUEST_ARTICLE.ARTICLE_NUMBER, a).execute();
        }
        for (long agency : agencies) {
            dsl.insertInto(DATA_REQUEST_RECIPIENT).set(DATA_REQUEST_RECIPIENT.REQUEST_ID, id).set(DATA_REQUEST_RECIPIENT.AGENCY_ID, agency).execute();
        }
        return id;
    }

    List<DataRequest> all(long cycleId) {
        var dsl = database.dsl();
        Map<Long, List<Integer>> articles = dsl.select(DATA_REQUEST_ARTICLE.REQUEST_ID, DATA_REQUEST_ARTICLE.ARTICLE_NUMBER)
                .from(DATA_REQUEST_ARTICLE).join(DATA_REQUEST).on(DATA_REQUEST.ID.eq(DATA_REQUEST_ARTICLE.REQUEST_ID))
                .where(DATA_REQUEST.CYCLE_ID.eq(cycleId)).orderBy(DATA_REQUEST_ARTICLE.ARTICLE_NUMBER)
                .fetchGroups(DATA_REQUEST_ARTICLE.REQUEST_ID, DATA_REQUEST_ARTICLE.ARTICLE_NUMBER);
        var merged = DSL.select(DSL.max(REPORT_SECTION.SECTION_KEY.concat(DSL.inline(" ")).concat(SECTION_REVISION.LANGUAGE)))
                .from(DATA_REQUEST_MERGE).join(SECTION_REVISION).on(SECTION_REVISION.ID.eq(DATA_REQUEST_MERGE.REVISION_ID))
                .join(REPORT_SECTION).on(REPORT_SECTION.ID.eq(SECTION_REVISION.SECTION_ID))
                .where(DATA_REQUEST_MERGE.RECIPIENT_ID.eq(DATA_REQUEST_RECIPIENT.ID)).asField("merged_into");
        Map<Long, List<DataRequest.Recipient>> recipients = dsl.select(DATA_REQUEST_RECIPIENT.fields())
                .select(AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, merged)
                .from(DATA_REQUEST_RECIPIENT).join(AGENCY).on(AGENCY.ID.eq(DATA_REQUEST_RECIPIENT.AGENCY_ID))
                .join(DATA_REQUEST).on(DATA_REQUEST.ID.eq(DATA_REQUEST_RECIPIENT.REQUEST_ID))
                .where(DATA_REQUEST.CYCLE_ID.eq(cycleId)).orderBy(AGENCY.CODE)
                .fetchGroups(r -> r.get(DATA_REQUEST_RECIPIENT.REQUEST_ID), r -> new DataRequest.Recipient(r.get(DATA_REQUEST_RECIPIENT.ID),
                        new AgencyRef(r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH), r.get(AGENCY.NAME_EN)),
                        RequestStatus.valueOf(r.get(DATA_REQUEST_RECIPIENT.STATUS).toUpperCase(java.util.Locale.ROOT)),
                        r.get(DATA_REQUEST_RECIPIENT.ANSWERED_ON), r.get(DATA_REQUEST_RECIPIENT.ANSWER_TEXT),
                        r.get(DATA_REQUEST_RECIPIENT.ANSWER_FILE), r.get("merged_into", String.class)));
        return dsl.selectFrom(DATA_REQUEST).where(DATA_REQUEST.CYCLE_ID.eq(cycleId)).orderBy(DATA_REQUEST.REQUEST_NO)
                .fetch(r -> new DataRequest(r.getId(), r.getCycleId(), r.getRequestNo(), r.getTitle(), r.getInstructions(),
                        r.getSentOn(), r.getDueOn(), articles.getOrDefault(r.getId(), List.of()), recipients.getOrDefault(r.getId(), List.of())));
    }

    Optional<RecipientRow> recipient(long recipientId) {
        var dsl = database.dsl();
        return dsl.select(DATA_REQUEST_RECIPIENT.ID, DATA_REQUEST.ID, DATA_REQUEST.REQUEST_NO, DATA_REQUEST.CYCLE_ID, AGENCY.CODE,
                        DATA_REQUEST_RECIPIENT.STATUS, DATA_REQUEST_RECIPIENT.ANSWER_TEXT)
                .from(DATA_REQUEST_RECIPIENT).join(DATA_REQUEST).on(DATA_REQUEST.ID.eq(DATA_REQUEST_RECIPIENT.REQUEST_ID))
                .join(AGENCY).on(AGENCY.ID.eq(DATA_REQUEST_RECIPIENT.AGENCY_ID))
                .where(DATA_REQUEST_RECIPIENT.ID.eq(recipientId))
                .fetchOptional(r -> new RecipientRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        dsl.select(DATA_REQUEST_ARTICLE.ARTICLE_NUMBER).from(DATA_REQUEST_ARTICLE)
                                .where(DATA_REQUEST_ARTICLE.REQUEST_ID.eq(r.value2())).orderBy(DATA_REQUEST_ARTICLE.ARTICLE_NUMBER)
                                .fetch(DATA_REQUEST_ARTICLE.ARTICLE_NUMBER)));
    }

    void answer(long recipientId, String text, String file, LocalDate on) {
        database.dsl().update(DATA_REQUEST_RECIPIENT).set(DATA_REQUEST_RECIPIENT.STATUS, "answered")
                .set(DATA_REQUEST_RECIPIENT.ANSWER_TEXT, text).set(DATA_REQUEST_RECIPIENT.ANSWER_FILE, file)
                .set(DATA_REQUEST_RECIPIENT.ANSWERED_ON, on).where(DATA_REQUEST_RECIPIENT.ID.eq(recipientId)).execute();
    }

    void merged(long recipientId, long revisionId, Long userId) {
        database.dsl().update(DATA_REQUEST_RECIPIENT).set(DATA_REQUEST_RECIPIENT.STATUS, "merged")
                .where(DATA_REQUEST_RECIPIENT.ID.eq(recipientId)).execute();
        database.dsl().insertInto(DATA_REQUEST_MERGE).set(DATA_REQUEST_MERGE.RECIPIENT_ID, recipientId)
                .set(DATA_REQUEST_MERGE.REVISION_ID, revisionId).set(DATA_REQUEST_MERGE.MERGED_BY, userId).execute();
    }

    /** Agencies that have not answered a request whose deadline has passed. */
    /**
     * Recipients that had not answered by their deadline, earliest first. In plain SQL: the window's
     * first screen reads it before jOOQ is set up (decision 0014).
     */
    List<DataRequestService.Overdue> overdue(long cycleId, LocalDate today) {
        return database.query("""
                SELECT r.request_no, a.code, r.due_on FROM data_request_recipient x
                JOIN data_request r ON r.id = x.request_id JOIN agency a ON a.id = x.agency_id
                WHERE r.cycle_id = ? AND x.status IN ('sent', 'overdue') AND r.due_on < ?
                ORDER BY r.due_on, r.request_no, a.code""",
                row -> new DataRequestService.Overdue(row.getInt(1), row.getString(2), row.getObject(3, LocalDate.class)), cycleId, today);
    }
}
