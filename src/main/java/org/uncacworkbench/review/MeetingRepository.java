package org.uncacworkbench.review;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.MEETING_COMMITMENT;
import static org.uncacworkbench.storage.jooq.Tables.MEETING_EXCHANGE;
import static org.uncacworkbench.storage.jooq.Tables.REVIEWER;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_MEETING_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_MEETING_DELEGATION;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_MEETING_SESSION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;

/** The review meeting: sessions with their articles and delegations, exchanges, commitments. */
public final class MeetingRepository {

    private final Database database;

    public MeetingRepository(Database database) {
        this.database = database;
    }

    /** A cycle's sessions in order, each with its articles and delegations, in three queries. */
    List<MeetingSession> sessions(long cycleId) {
        var rows = database.dsl().select(REVIEW_MEETING_SESSION.fields()).select(REVIEWER.NAME, REVIEWER.NAME_ZH)
                .from(REVIEW_MEETING_SESSION).leftJoin(REVIEWER).on(REVIEWER.ID.eq(REVIEW_MEETING_SESSION.CHAIR_REVIEWER_ID))
                .where(REVIEW_MEETING_SESSION.CYCLE_ID.eq(cycleId)).orderBy(REVIEW_MEETING_SESSION.SESSION_NO).fetch();
        List<Long> ids = rows.map(r -> r.get(REVIEW_MEETING_SESSION.ID));
        Map<Long, List<Integer>> articles = new HashMap<>();
        database.dsl().select(REVIEW_MEETING_ARTICLE.SESSION_ID, REVIEW_MEETING_ARTICLE.ARTICLE_NUMBER).from(REVIEW_MEETING_ARTICLE)
                .where(REVIEW_MEETING_ARTICLE.SESSION_ID.in(ids)).orderBy(REVIEW_MEETING_ARTICLE.ARTICLE_NUMBER)
                .forEach(r -> articles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<MeetingSession.Delegation>> delegations = new HashMap<>();
        database.dsl().select(REVIEW_MEETING_DELEGATION.SESSION_ID, AGENCY.ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN)
                .from(REVIEW_MEETING_DELEGATION).join(AGENCY).on(AGENCY.ID.eq(REVIEW_MEETING_DELEGATION.AGENCY_ID))
                .where(REVIEW_MEETING_DELEGATION.SESSION_ID.in(ids)).orderBy(AGENCY.CODE)
                .forEach(r -> delegations.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MeetingSession.Delegation(r.value2(), new AgencyRef(r.value3(), r.value4(), r.value5()))));
        return rows.map(r -> {
            long id = r.get(REVIEW_MEETING_SESSION.ID);
            return new MeetingSession(id, r.get(REVIEW_MEETING_SESSION.CYCLE_ID), r.get(REVIEW_MEETING_SESSION.SESSION_NO),
                    r.get(REVIEW_MEETING_SESSION.MEETING_DATE), r.get(REVIEW_MEETING_SESSION.STARTS_AT), r.get(REVIEW_MEETING_SESSION.ENDS_AT),
                    MeetingSession.Kind.fromCode(r.get(REVIEW_MEETING_SESSION.KIND)).orElseThrow(), r.get(REVIEW_MEETING_SESSION.TITLE_ZH),
                    r.get(REVIEW_MEETING_SESSION.TITLE_EN), r.get(REVIEW_MEETING_SESSION.ROOM), r.get(REVIEW_MEETING_SESSION.CHAIR_REVIEWER_ID),
                    r.get(REVIEWER.NAME), r.get(REVIEWER.NAME_ZH), articles.getOrDefault(id, List.of()), delegations.getOrDefault(id, List.of()),
                    r.get(REVIEW_MEETING_SESSION.VERSION));
        });
    }

    int nextNumber(long cycleId) {
        Integer max = database.dsl().select(DSL.max(REVIEW_MEETING_SESSION.SESSION_NO)).from(REVIEW_MEETING_SESSION)
                .where(REVIEW_MEETING_SESSION.CYCLE_ID.eq(cycleId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    long insert(long cycleId, int number, MeetingSessionDraft d) {
        long id = database.dsl().insertInto(REVIEW_MEETING_SESSION).set(REVIEW_MEETING_SESSION.CYCLE_ID, cycleId)
                .set(REVIEW_MEETING_SESSION.SESSION_NO, number).set(REVIEW_MEETING_SESSION.MEETING_DATE, d.date())
                .set(REVIEW_MEETING_SESSION.STARTS_AT, d.startsAt()).set(REVIEW_MEETING_SESSION.ENDS_AT, d.endsAt())
                .set(REVIEW_MEETING_SESSION.KIND, d.kind().code()).set(REVIEW_MEETING_SESSION.TITLE_ZH, d.titleZh())
                .set(REVIEW_MEETING_SESSION.TITLE_EN, d.titleEn()).set(REVIEW_MEETING_SESSION.ROOM, d.room())
                .set(REVIEW_MEETING_SESSION.CHAIR_REVIEWER_ID, d.chairId())
                .returning(REVIEW_MEETING_SESSION.ID).fetchOne().getId();
        setArticlesAndDelegations(id, d);
        return id;
    }

    boolean update(long id, int version, MeetingSessionDraft d) {
        boolean done = database.dsl().update(REVIEW_MEETING_SESSION).set(REVIEW_MEETING_SESSION.MEETING_DATE, d.date())
                .set(REVIEW_MEETING_SESSION.STARTS_AT, d.startsAt()).set(REVIEW_MEETING_SESSION.ENDS_AT, d.endsAt())
                .set(REVIEW_MEETING_SESSION.KIND, d.kind().code()).set(REVIEW_MEETING_SESSION.TITLE_ZH, d.titleZh())
                .set(REVIEW_MEETING_SESSION.TITLE_EN, d.titleEn()).set(REVIEW_MEETING_SESSION.ROOM, d.room())
                .set(REVIEW_MEETING_SESSION.CHAIR_REVIEWER_ID, d.chairId()).set(REVIEW_MEETING_SESSION.VERSION, version + 1)
                .where(REVIEW_MEETING_SESSION.ID.eq(id)).and(REVIEW_MEETING_SESSION.VERSION.eq(version)).execute() == 1;
        if (done) {
            setArticlesAndDelegations(id, d);
        }
        return done;
    }

    private void setArticlesAndDelegations(long id, MeetingSessionDraft d) {
        database.dsl().deleteFrom(REVIEW_MEETING_ARTICLE).where(REVIEW_MEETING_ARTICLE.SESSION_ID.eq(id)).execute();
        for (int a : d.articleNumbers()) {
            database.dsl().insertInto(REVIEW_MEETING_ARTICLE).set(REVIEW_MEETING_ARTICLE.SESSION_ID, id)
                    .set(REVIEW_MEETING_ARTICLE.ARTICLE_NUMBER, a).execute();
        }
        database.dsl().deleteFrom(REVIEW_MEETING_DELEGATION).where(REVIEW_MEETING_DELEGATION.SESSION_ID.eq(id)).execute();
        for (long agency : d.delegations()) {
            database.dsl().insertInto(REVIEW_MEETING_DELEGATION).set(REVIEW_MEETING_DELEGATION.SESSION_ID, id)
                    .set(REVIEW_MEETING_DELEGATION.AGENCY_ID, agency).execute();
        }
    }

    List<MeetingSession.Exchange> exchanges(long sessionId) {
        return database.dsl().select(MEETING_EXCHANGE.ID, MEETING_EXCHANGE.SESSION_ID, MEETING_EXCHANGE.REVIEWER_ID, REVIEWER.NAME,
                        MEETING_EXCHANGE.ARTICLE_NUMBER, MEETING_EXCHANGE.AGENCY_ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN,
                        MEETING_EXCHANGE.QUESTION_TEXT, MEETING_EXCHANGE.ANSWER_TEXT)
                .from(MEETING_EXCHANGE).leftJoin(REVIEWER).on(REVIEWER.ID.eq(MEETING_EXCHANGE.REVIEWER_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(MEETING_EXCHANGE.AGENCY_ID))
                .where(MEETING_EXCHANGE.SESSION_ID.eq(sessionId)).orderBy(MEETING_EXCHANGE.ID)
                .fetch(r -> new MeetingSession.Exchange(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value6() == null ? null : new AgencyRef(r.value7(), r.value8(), r.value9()), r.value10(), r.value11()));
    }

    void insertExchange(long sessionId, Long reviewerId, Integer article, Long agencyId, String question, String answer) {
        database.dsl().insertInto(MEETING_EXCHANGE).set(MEETING_EXCHANGE.SESSION_ID, sessionId).set(MEETING_EXCHANGE.REVIEWER_ID, reviewerId)
                .set(MEETING_EXCHANGE.ARTICLE_NUMBER, article).set(MEETING_EXCHANGE.AGENCY_ID, agencyId)
                .set(MEETING_EXCHANGE.QUESTION_TEXT, question).set(MEETING_EXCHANGE.ANSWER_TEXT, answer).execute();
    }

    List<MeetingSession.Commitment> commitments(long cycleId) {
        return database.dsl().select(MEETING_COMMITMENT.fields()).select(REVIEW_MEETING_SESSION.SESSION_NO, AGENCY.CODE, AGENCY.NAME_ZH,
                        AGENCY.NAME_EN)
                .from(MEETING_COMMITMENT).join(REVIEW_MEETING_SESSION).on(REVIEW_MEETING_SESSION.ID.eq(MEETING_COMMITMENT.SESSION_ID))
                .join(AGENCY).on(AGENCY.ID.eq(MEETING_COMMITMENT.AGENCY_ID))
                .where(REVIEW_MEETING_SESSION.CYCLE_ID.eq(cycleId)).orderBy(MEETING_COMMITMENT.DUE_ON, MEETING_COMMITMENT.ID)
                .fetch(r -> new MeetingSession.Commitment(r.get(MEETING_COMMITMENT.ID), r.get(MEETING_COMMITMENT.SESSION_ID),
                        r.get(REVIEW_MEETING_SESSION.SESSION_NO), r.get(MEETING_COMMITMENT.AGENCY_ID),
                        new AgencyRef(r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH), r.get(AGENCY.NAME_EN)), r.get(MEETING_COMMITMENT.TEXT_ZH),
                        r.get(MEETING_COMMITMENT.TEXT_EN), r.get(MEETING_COMMITMENT.DUE_ON), r.get(MEETING_COMMITMENT.RECORDED_ON),
                        r.get(MEETING_COMMITMENT.DONE_ON), r.get(MEETING_COMMITMENT.DONE_NOTE)));
    }

    long insertCommitment(long sessionId, long agencyId, String zh, String en, LocalDate dueOn, LocalDate recordedOn) {
        return database.dsl().insertInto(MEETING_COMMITMENT).set(MEETING_COMMITMENT.SESSION_ID, sessionId)
                .set(MEETING_COMMITMENT.AGENCY_ID, agencyId).set(MEETING_COMMITMENT.TEXT_ZH, zh).set(MEETING_COMMITMENT.TEXT_EN, en)
                .set(MEETING_COMMITMENT.DUE_ON, dueOn).set(MEETING_COMMITMENT.RECORDED_ON, recordedOn)
                .returning(MEETING_COMMITMENT.ID).fetchOne().getId();
    }

    boolean markDone(long id, LocalDate on, String note) {
        return database.dsl().update(MEETING_COMMITMENT).set(MEETING_COMMITMENT.DONE_ON, on).set(MEETING_COMMITMENT.DONE_NOTE, note)
                .where(MEETING_COMMITMENT.ID.eq(id)).and(MEETING_COMMITMENT.DONE_ON.isNull()).execute() == 1;
    }
}
