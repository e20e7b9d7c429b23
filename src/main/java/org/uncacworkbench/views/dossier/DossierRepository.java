package org.uncacworkbench.views.dossier;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.CONCLUDING_OBSERVATION;
import static org.uncacworkbench.storage.jooq.Tables.MEETING_EXCHANGE;
import static org.uncacworkbench.storage.jooq.Tables.OBSERVATION_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_POINT_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_REPORT;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_REPORT_POINT;
import static org.uncacworkbench.storage.jooq.Tables.REVIEWER;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_MEETING_SESSION;

import java.util.List;
import org.uncacworkbench.storage.Database;

/** What the dossier reads of the international review that no feature module serves yet: parallel reports, the meeting, observations. */
public final class DossierRepository {

    private final Database database;

    public DossierRepository(Database database) {
        this.database = database;
    }

    List<ArticleDossier.Point> points(long cycleId, int article) {
        return database.dsl().select(PARALLEL_REPORT.ORGANISATION_ZH, PARALLEL_REPORT.ORGANISATION_EN, PARALLEL_REPORT.TITLE,
                        PARALLEL_REPORT_POINT.POINT_NO, PARALLEL_REPORT_POINT.TEXT_ZH, PARALLEL_REPORT_POINT.TEXT_EN)
                .from(PARALLEL_REPORT_POINT).join(PARALLEL_REPORT).on(PARALLEL_REPORT.ID.eq(PARALLEL_REPORT_POINT.REPORT_ID))
                .where(PARALLEL_REPORT.CYCLE_ID.eq(cycleId)).and(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne()
                        .from(PARALLEL_POINT_ARTICLE).where(PARALLEL_POINT_ARTICLE.POINT_ID.eq(PARALLEL_REPORT_POINT.ID))
                        .and(PARALLEL_POINT_ARTICLE.ARTICLE_NUMBER.eq(article)))
                        // a point with its one article only in the older column (the demo, files before schema 017)
                        .or(PARALLEL_REPORT_POINT.ARTICLE_NUMBER.eq(article).and(org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne()
                                .from(PARALLEL_POINT_ARTICLE).where(PARALLEL_POINT_ARTICLE.POINT_ID.eq(PARALLEL_REPORT_POINT.ID))))))
                .orderBy(PARALLEL_REPORT.SUBMITTED_ON, PARALLEL_REPORT.ID, PARALLEL_REPORT_POINT.POINT_NO)
                .fetch(r -> new ArticleDossier.Point(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    List<ArticleDossier.Exchange> exchanges(long cycleId, int article) {
        return database.dsl().select(REVIEW_MEETING_SESSION.SESSION_NO, REVIEW_MEETING_SESSION.KIND, REVIEWER.NAME, AGENCY.CODE,
                        MEETING_EXCHANGE.QUESTION_TEXT, MEETING_EXCHANGE.ANSWER_TEXT)
                .from(MEETING_EXCHANGE).join(REVIEW_MEETING_SESSION).on(REVIEW_MEETING_SESSION.ID.eq(MEETING_EXCHANGE.SESSION_ID))
                .leftJoin(REVIEWER).on(REVIEWER.ID.eq(MEETING_EXCHANGE.REVIEWER_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(MEETING_EXCHANGE.AGENCY_ID))
                .where(REVIEW_MEETING_SESSION.CYCLE_ID.eq(cycleId)).and(MEETING_EXCHANGE.ARTICLE_NUMBER.eq(article))
                .orderBy(REVIEW_MEETING_SESSION.SESSION_NO, MEETING_EXCHANGE.ID)
                .fetch(r -> new ArticleDossier.Exchange(r.value1(), "closed_session".equals(r.value2()), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    List<ArticleDossier.Observation> observations(long cycleId, int article) {
        return database.dsl().select(CONCLUDING_OBSERVATION.NUMBER, CONCLUDING_OBSERVATION.TEXT_EN, CONCLUDING_OBSERVATION.TEXT_ZH,
                        CONCLUDING_OBSERVATION.STATUS, CONCLUDING_OBSERVATION.ID)
                .from(CONCLUDING_OBSERVATION).join(OBSERVATION_ARTICLE).on(OBSERVATION_ARTICLE.OBSERVATION_ID.eq(CONCLUDING_OBSERVATION.ID))
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId)).and(OBSERVATION_ARTICLE.ARTICLE_NUMBER.eq(article))
                .orderBy(CONCLUDING_OBSERVATION.NUMBER)
                .fetch(r -> new ArticleDossier.Observation(r.value1(), r.value2(), r.value3(), "adopted".equals(r.value4()),
                        "adopted".equals(r.value4()) ? chain(r.value5()) : List.of()));
    }

    /**
     * The adopted observations linked to {@code observationId}, followed link by link both ways across
     * cycles (a draft of a closed session is never followed), oldest cycle first.
     */
    List<ArticleDossier.Link> chain(long observationId) {
        var l = org.uncacworkbench.storage.jooq.Tables.OBSERVATION_LINK;
        var cycle = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        var o = CONCLUDING_OBSERVATION;
        List<ArticleDossier.Link> out = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(observationId));
        for (boolean later : new boolean[] {false, true}) {
            java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(observationId));
            while (!todo.isEmpty()) {
                long at = todo.poll();
                var from = later ? l.EARLIER_OBSERVATION_ID : l.OBSERVATION_ID;
                var to = later ? l.OBSERVATION_ID : l.EARLIER_OBSERVATION_ID;
                for (var r : database.dsl().select(o.ID, l.KIND, cycle.NUMBER, o.NUMBER, o.TEXT_ZH, o.TEXT_EN).from(l).join(o).on(o.ID.eq(to))
                        .join(cycle).on(cycle.ID.eq(o.CYCLE_ID)).where(from.eq(at)).and(o.STATUS.eq("adopted")).fetch()) {
                    if (seen.add(r.value1())) {
                        out.add(new ArticleDossier.Link(later, r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
                        todo.add(r.value1());
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ArticleDossier.Link::cycleNumber).thenComparingInt(ArticleDossier.Link::number));
        return out;
    }
}
