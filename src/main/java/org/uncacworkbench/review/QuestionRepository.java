package org.uncacworkbench.review;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.QUESTION_ANSWER;
import static org.uncacworkbench.storage.jooq.Tables.QUESTION_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.QUESTION_ASSIGNMENT;
import static org.uncacworkbench.storage.jooq.Tables.REVIEWER;
import static org.uncacworkbench.storage.jooq.Tables.WRITTEN_QUESTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;

/** The list of issues: written questions, their articles, routing and answers. */
public final class QuestionRepository {

    private final Database database;

    public QuestionRepository(Database database) {
        this.database = database;
    }

    /** A cycle's questions by number, each with its articles, routing (lead first) and answers, in four queries. */
    List<WrittenQuestion> questions(long cycleId) {
        return read(WRITTEN_QUESTION.CYCLE_ID.eq(cycleId));
    }

    Optional<WrittenQuestion> byId(long id) {
        return read(WRITTEN_QUESTION.ID.eq(id)).stream().findFirst();
    }

    private List<WrittenQuestion> read(org.jooq.Condition which) {
        var rows = database.dsl().select(WRITTEN_QUESTION.fields()).select(REVIEWER.NAME)
                .from(WRITTEN_QUESTION).leftJoin(REVIEWER).on(REVIEWER.ID.eq(WRITTEN_QUESTION.REVIEWER_ID))
                .where(which).orderBy(WRITTEN_QUESTION.QUESTION_NO).fetch();
        List<Long> ids = rows.map(r -> r.get(WRITTEN_QUESTION.ID));
        Map<Long, List<Integer>> articles = new HashMap<>();
        database.dsl().select(QUESTION_ARTICLE.QUESTION_ID, QUESTION_ARTICLE.ARTICLE_NUMBER).from(QUESTION_ARTICLE)
                .where(QUESTION_ARTICLE.QUESTION_ID.in(ids)).orderBy(QUESTION_ARTICLE.ARTICLE_NUMBER)
                .forEach(r -> articles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<WrittenQuestion.Routing>> routing = new HashMap<>();
        database.dsl().select(QUESTION_ASSIGNMENT.QUESTION_ID, AGENCY.ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, QUESTION_ASSIGNMENT.IS_LEAD)
                .from(QUESTION_ASSIGNMENT).join(AGENCY).on(AGENCY.ID.eq(QUESTION_ASSIGNMENT.AGENCY_ID))
                .where(QUESTION_ASSIGNMENT.QUESTION_ID.in(ids)).orderBy(QUESTION_ASSIGNMENT.IS_LEAD.desc(), AGENCY.CODE)
                .forEach(r -> routing.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new WrittenQuestion.Routing(r.value2(), new AgencyRef(r.value3(), r.value4(), r.value5()), Boolean.TRUE.equals(r.value6()))));
        Map<Long, List<WrittenQuestion.Answer>> answers = new HashMap<>();
        database.dsl().select(QUESTION_ANSWER.QUESTION_ID, AGENCY.ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, QUESTION_ANSWER.TEXT_ZH,
                        QUESTION_ANSWER.TEXT_EN, QUESTION_ANSWER.ANSWERED_ON)
                .from(QUESTION_ANSWER).join(AGENCY).on(AGENCY.ID.eq(QUESTION_ANSWER.AGENCY_ID))
                .where(QUESTION_ANSWER.QUESTION_ID.in(ids)).orderBy(AGENCY.CODE)
                .forEach(r -> answers.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new WrittenQuestion.Answer(r.value2(),
                        new AgencyRef(r.value3(), r.value4(), r.value5()), r.value6(), r.value7(), r.value8())));
        // a question recorded with its one article in the older column (the demo, files from before schema 015) has no rows here
        rows.forEach(r -> {
            if (!articles.containsKey(r.get(WRITTEN_QUESTION.ID)) && r.get(WRITTEN_QUESTION.ARTICLE_NUMBER) != null) {
                articles.put(r.get(WRITTEN_QUESTION.ID), List.of(r.get(WRITTEN_QUESTION.ARTICLE_NUMBER)));
            }
        });
        return rows.map(r -> {
            long id = r.get(WRITTEN_QUESTION.ID);
            return new WrittenQuestion(id, r.get(WRITTEN_QUESTION.CYCLE_ID), r.get(WRITTEN_QUESTION.QUESTION_NO), r.get(WRITTEN_QUESTION.REVIEWER_ID),
                    r.get(REVIEWER.NAME), articles.getOrDefault(id, List.of()), r.get(WRITTEN_QUESTION.TEXT_EN), r.get(WRITTEN_QUESTION.TEXT_ZH),
                    r.get(WRITTEN_QUESTION.ASKED_ON), r.get(WRITTEN_QUESTION.DUE_ON),
                    QuestionStatus.fromCode(r.get(WRITTEN_QUESTION.STATUS)).orElseThrow(), routing.getOrDefault(id, List.of()),
                    answers.getOrDefault(id, List.of()), Boolean.TRUE.equals(r.get(WRITTEN_QUESTION.ZH_BEHIND)), r.get(WRITTEN_QUESTION.VERSION));
        });
    }

    /** Routed agencies that have not answered a question past its deadline; in plain SQL, for the first screen (decision 0014). */
    List<QuestionService.Overdue> overdue(long cycleId, LocalDate today) {
        return database.query("""
                SELECT q.question_no, a.code, q.due_on FROM question_assignment x
                JOIN written_question q ON q.id = x.question_id JOIN agency a ON a.id = x.agency_id
                WHERE q.cycle_id = ? AND q.status = 'assigned' AND q.due_on < ?
                AND NOT EXISTS (SELECT 1 FROM question_answer w WHERE w.question_id = q.id AND w.agency_id = x.agency_id)
                ORDER BY q.due_on, q.question_no, a.code""",
                row -> new QuestionService.Overdue(row.getInt(1), row.getString(2), row.getObject(3, LocalDate.class)), cycleId, today);
    }

    int nextNumber(long cycleId) {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(WRITTEN_QUESTION.QUESTION_NO)).from(WRITTEN_QUESTION)
                .where(WRITTEN_QUESTION.CYCLE_ID.eq(cycleId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    long insert(long cycleId, int number, QuestionDraft d) {
        return database.dsl().insertInto(WRITTEN_QUESTION).set(WRITTEN_QUESTION.CYCLE_ID, cycleId).set(WRITTEN_QUESTION.QUESTION_NO, number)
                .set(WRITTEN_QUESTION.REVIEWER_ID, d.reviewerId()).set(WRITTEN_QUESTION.TEXT_EN, d.textEn()).set(WRITTEN_QUESTION.TEXT_ZH, d.textZh())
                .set(WRITTEN_QUESTION.ASKED_ON, d.askedOn()).set(WRITTEN_QUESTION.STATUS, QuestionStatus.OPEN.code())
                .returning(WRITTEN_QUESTION.ID).fetchOne().getId();
    }

    /** Writes the draft over version {@code version}; false when someone else changed the question first. */
    boolean update(long id, int version, QuestionDraft d, boolean zhBehind) {
        return database.dsl().update(WRITTEN_QUESTION).set(WRITTEN_QUESTION.REVIEWER_ID, d.reviewerId()).set(WRITTEN_QUESTION.ZH_BEHIND, zhBehind)
                .set(WRITTEN_QUESTION.TEXT_EN, d.textEn()).set(WRITTEN_QUESTION.TEXT_ZH, d.textZh()).set(WRITTEN_QUESTION.ASKED_ON, d.askedOn())
                .set(WRITTEN_QUESTION.VERSION, version + 1)
                .where(WRITTEN_QUESTION.ID.eq(id)).and(WRITTEN_QUESTION.VERSION.eq(version)).execute() == 1;
    }

    boolean translationCaughtUp(long id, int version) {
        return database.dsl().update(WRITTEN_QUESTION).set(WRITTEN_QUESTION.ZH_BEHIND, false).set(WRITTEN_QUESTION.VERSION, version + 1)
                .where(WRITTEN_QUESTION.ID.eq(id)).and(WRITTEN_QUESTION.VERSION.eq(version)).execute() == 1;
    }

    void setArticles(long id, List<Integer> articles) {
        database.dsl().deleteFrom(QUESTION_ARTICLE).where(QUESTION_ARTICLE.QUESTION_ID.eq(id)).execute();
        for (int a : articles) {
            database.dsl().insertInto(QUESTION_ARTICLE).set(QUESTION_ARTICLE.QUESTION_ID, id).set(QUESTION_ARTICLE.ARTICLE_NUMBER, a).execute();
        }
        // the first article also in the older single column, which is read only where no rows are here
        database.dsl().update(WRITTEN_QUESTION).set(WRITTEN_QUESTION.ARTICLE_NUMBER, articles.isEmpty() ? null : articles.getFirst())
                .where(WRITTEN_QUESTION.ID.eq(id)).execute();
    }

    /** Routes the question to these agencies (the lead first) with a deadline; false when someone else changed it first. */
    boolean route(long id, int version, long lead, List<Long> others, LocalDate dueOn, QuestionStatus status) {
        if (database.dsl().update(WRITTEN_QUESTION).set(WRITTEN_QUESTION.DUE_ON, dueOn).set(WRITTEN_QUESTION.STATUS, status.code())
                .set(WRITTEN_QUESTION.VERSION, version + 1)
                .where(WRITTEN_QUESTION.ID.eq(id)).and(WRITTEN_QUESTION.VERSION.eq(version)).execute() != 1) {
            return false;
        }
        database.dsl().deleteFrom(QUESTION_ASSIGNMENT).where(QUESTION_ASSIGNMENT.QUESTION_ID.eq(id)).execute();
        database.dsl().insertInto(QUESTION_ASSIGNMENT).set(QUESTION_ASSIGNMENT.QUESTION_ID, id).set(QUESTION_ASSIGNMENT.AGENCY_ID, lead)
                .set(QUESTION_ASSIGNMENT.IS_LEAD, true).execute();
        for (long other : others) {
            database.dsl().insertInto(QUESTION_ASSIGNMENT).set(QUESTION_ASSIGNMENT.QUESTION_ID, id).set(QUESTION_ASSIGNMENT.AGENCY_ID, other)
                    .set(QUESTION_ASSIGNMENT.IS_LEAD, false).execute();
        }
        return true;
    }

    /** Records an agency's answer, replacing the one it gave before. */
    void answer(long questionId, long agencyId, String textZh, String textEn, LocalDate on) {
        database.dsl().deleteFrom(QUESTION_ANSWER).where(QUESTION_ANSWER.QUESTION_ID.eq(questionId))
                .and(QUESTION_ANSWER.AGENCY_ID.eq(agencyId)).execute();
        database.dsl().insertInto(QUESTION_ANSWER).set(QUESTION_ANSWER.QUESTION_ID, questionId).set(QUESTION_ANSWER.AGENCY_ID, agencyId)
                .set(QUESTION_ANSWER.TEXT_ZH, textZh).set(QUESTION_ANSWER.TEXT_EN, textEn).set(QUESTION_ANSWER.ANSWERED_ON, on).execute();
    }

    void setStatus(long id, QuestionStatus status) {
        database.dsl().update(WRITTEN_QUESTION).set(WRITTEN_QUESTION.STATUS, status.code()).set(WRITTEN_QUESTION.VERSION, WRITTEN_QUESTION.VERSION.plus(1))
                .where(WRITTEN_QUESTION.ID.eq(id)).execute();
    }

    /** Whether the status is still {@code version}'s: a step on an old reading is refused. */
    boolean stillAt(long id, int version) {
        return database.dsl().fetchExists(WRITTEN_QUESTION, WRITTEN_QUESTION.ID.eq(id).and(WRITTEN_QUESTION.VERSION.eq(version)));
    }
}
