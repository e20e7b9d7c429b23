package org.uncacworkbench.review;

import static org.uncacworkbench.storage.jooq.Tables.MEETING_EXCHANGE;
import static org.uncacworkbench.storage.jooq.Tables.REVIEWER;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_MEETING_SESSION;
import static org.uncacworkbench.storage.jooq.Tables.WRITTEN_QUESTION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.storage.Database;

/** The reviewer table. */
public final class ReviewerRepository {

    private final Database database;

    public ReviewerRepository(Database database) {
        this.database = database;
    }

    /** A cycle's reviewers: the chair first, then by name; those who left last. */
    List<Reviewer> reviewers(long cycleId) {
        return database.dsl().selectFrom(REVIEWER).where(REVIEWER.CYCLE_ID.eq(cycleId))
                .orderBy(REVIEWER.LEFT_ON.isNotNull(), REVIEWER.IS_CHAIR.desc(), REVIEWER.NAME, REVIEWER.ID)
                .fetch(ReviewerRepository::toReviewer);
    }

    Optional<Reviewer> byId(long id) {
        return database.dsl().selectFrom(REVIEWER).where(REVIEWER.ID.eq(id)).fetchOptional(ReviewerRepository::toReviewer);
    }

    long insert(long cycleId, ReviewerDraft d) {
        return database.dsl().insertInto(REVIEWER).set(REVIEWER.CYCLE_ID, cycleId).set(REVIEWER.NAME, d.name())
                .set(REVIEWER.NAME_ZH, d.nameZh()).set(REVIEWER.NATIONALITY, d.nationality()).set(REVIEWER.AFFILIATION, d.affiliation())
                .set(REVIEWER.EXPERTISE, d.expertise()).set(REVIEWER.EMAIL, d.email()).set(REVIEWER.IS_CHAIR, d.chair())
                .set(REVIEWER.INDEPENDENCE_DECLARED_ON, d.declaredOn())
                .returning(REVIEWER.ID).fetchOne().getId();
    }

    /** Writes the draft over version {@code version}; false when someone else changed the reviewer first. */
    boolean update(long id, int version, ReviewerDraft d) {
        return database.dsl().update(REVIEWER).set(REVIEWER.NAME, d.name()).set(REVIEWER.NAME_ZH, d.nameZh())
                .set(REVIEWER.NATIONALITY, d.nationality()).set(REVIEWER.AFFILIATION, d.affiliation())
                .set(REVIEWER.EXPERTISE, d.expertise()).set(REVIEWER.EMAIL, d.email()).set(REVIEWER.IS_CHAIR, d.chair())
                .set(REVIEWER.INDEPENDENCE_DECLARED_ON, d.declaredOn()).set(REVIEWER.VERSION, version + 1)
                .where(REVIEWER.ID.eq(id)).and(REVIEWER.VERSION.eq(version)).execute() == 1;
    }

    /** Sets or clears the date the reviewer left; false when someone else changed the reviewer first. */
    boolean setLeft(long id, int version, LocalDate leftOn) {
        return database.dsl().update(REVIEWER).set(REVIEWER.LEFT_ON, leftOn).set(REVIEWER.VERSION, version + 1)
                .where(REVIEWER.ID.eq(id)).and(REVIEWER.VERSION.eq(version)).execute() == 1;
    }

    /** No other reviewer of the cycle chairs the review. */
    void clearChair(long cycleId, long except) {
        database.dsl().update(REVIEWER).set(REVIEWER.IS_CHAIR, false).set(REVIEWER.VERSION, REVIEWER.VERSION.plus(1))
                .where(REVIEWER.CYCLE_ID.eq(cycleId)).and(REVIEWER.ID.ne(except)).and(REVIEWER.IS_CHAIR.isTrue()).execute();
    }

    /** How many questions, meeting exchanges and chaired meeting sessions carry the reviewer's name. */
    int contributions(long id) {
        return database.dsl().fetchCount(WRITTEN_QUESTION, WRITTEN_QUESTION.REVIEWER_ID.eq(id))
                + database.dsl().fetchCount(MEETING_EXCHANGE, MEETING_EXCHANGE.REVIEWER_ID.eq(id))
                + database.dsl().fetchCount(REVIEW_MEETING_SESSION, REVIEW_MEETING_SESSION.CHAIR_REVIEWER_ID.eq(id));
    }

    void delete(long id) {
        database.dsl().deleteFrom(REVIEWER).where(REVIEWER.ID.eq(id)).execute();
    }

    private static Reviewer toReviewer(org.uncacworkbench.storage.jooq.tables.records.ReviewerRecord r) {
        return new Reviewer(r.getId(), r.getCycleId(), r.getName(), r.getNameZh(), r.getNationality(), r.getAffiliation(),
                r.getExpertise(), r.getEmail(), Boolean.TRUE.equals(r.getIsChair()), r.getIndependenceDeclaredOn(), r.getLeftOn(),
                r.getVersion());
    }
}
