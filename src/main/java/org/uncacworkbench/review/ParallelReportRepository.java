package org.uncacworkbench.review;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_POINT_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_REPORT;
import static org.uncacworkbench.storage.jooq.Tables.PARALLEL_REPORT_POINT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;

/** Parallel reports, their originals, points, the points' articles and the government's answers. */
public final class ParallelReportRepository {

    private final Database database;

    public ParallelReportRepository(Database database) {
        this.database = database;
    }

    /** A cycle's reports in the order received, each with its points, in three queries; the originals are not read. */
    List<ParallelReport> reports(long cycleId) {
        return read(PARALLEL_REPORT.CYCLE_ID.eq(cycleId));
    }

    Optional<ParallelReport> byId(long id) {
        return read(PARALLEL_REPORT.ID.eq(id)).stream().findFirst();
    }

    private List<ParallelReport> read(Condition which) {
        var rows = database.dsl().select(PARALLEL_REPORT.ID, PARALLEL_REPORT.CYCLE_ID, PARALLEL_REPORT.ORGANISATION_ZH,
                        PARALLEL_REPORT.ORGANISATION_EN, PARALLEL_REPORT.TITLE, PARALLEL_REPORT.SUBMITTED_ON, PARALLEL_REPORT.DOCUMENT_NAME,
                        PARALLEL_REPORT.ORIGINAL.isNotNull(), PARALLEL_REPORT.VERSION)
                .from(PARALLEL_REPORT).where(which).orderBy(PARALLEL_REPORT.SUBMITTED_ON, PARALLEL_REPORT.ID).fetch();
        List<Long> ids = rows.map(r -> r.value1());
        Map<Long, List<Integer>> articles = new HashMap<>();
        database.dsl().select(PARALLEL_POINT_ARTICLE.POINT_ID, PARALLEL_POINT_ARTICLE.ARTICLE_NUMBER).from(PARALLEL_POINT_ARTICLE)
                .join(PARALLEL_REPORT_POINT).on(PARALLEL_REPORT_POINT.ID.eq(PARALLEL_POINT_ARTICLE.POINT_ID))
                .where(PARALLEL_REPORT_POINT.REPORT_ID.in(ids)).orderBy(PARALLEL_POINT_ARTICLE.ARTICLE_NUMBER)
                .forEach(r -> articles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<ParallelReport.Point>> points = new HashMap<>();
        database.dsl().select(PARALLEL_REPORT_POINT.fields()).select(AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN)
                .from(PARALLEL_REPORT_POINT).leftJoin(AGENCY).on(AGENCY.ID.eq(PARALLEL_REPORT_POINT.ANSWER_AGENCY_ID))
                .where(PARALLEL_REPORT_POINT.REPORT_ID.in(ids)).orderBy(PARALLEL_REPORT_POINT.POINT_NO)
                .forEach(r -> {
                    long id = r.get(PARALLEL_REPORT_POINT.ID);
                    // a point recorded with its one article in the older column (the demo, files before schema 017) has no rows above
                    List<Integer> on = articles.getOrDefault(id, r.get(PARALLEL_REPORT_POINT.ARTICLE_NUMBER) == null ? List.of()
                            : List.of(r.get(PARALLEL_REPORT_POINT.ARTICLE_NUMBER)));
                    Long agencyId = r.get(PARALLEL_REPORT_POINT.ANSWER_AGENCY_ID);
                    points.computeIfAbsent(r.get(PARALLEL_REPORT_POINT.REPORT_ID), k -> new ArrayList<>()).add(new ParallelReport.Point(id,
                            r.get(PARALLEL_REPORT_POINT.POINT_NO), on, r.get(PARALLEL_REPORT_POINT.TEXT_EN), r.get(PARALLEL_REPORT_POINT.TEXT_ZH),
                            r.get(PARALLEL_REPORT_POINT.ANSWER_TEXT),
                            agencyId == null ? null : new AgencyRef(r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH), r.get(AGENCY.NAME_EN)),
                            agencyId, r.get(PARALLEL_REPORT_POINT.ANSWERED_ON)));
                });
        return rows.map(r -> new ParallelReport(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                Boolean.TRUE.equals(r.value8()), points.getOrDefault(r.value1(), List.of()), r.value9()));
    }

    long insert(long cycleId, ParallelReportDraft d) {
        return database.dsl().insertInto(PARALLEL_REPORT).set(PARALLEL_REPORT.CYCLE_ID, cycleId)
                .set(PARALLEL_REPORT.ORGANISATION_ZH, d.organisationZh()).set(PARALLEL_REPORT.ORGANISATION_EN, d.organisationEn())
                .set(PARALLEL_REPORT.TITLE, d.title()).set(PARALLEL_REPORT.SUBMITTED_ON, d.receivedOn())
                .returning(PARALLEL_REPORT.ID).fetchOne().getId();
    }

    boolean update(long id, int version, ParallelReportDraft d) {
        return database.dsl().update(PARALLEL_REPORT).set(PARALLEL_REPORT.ORGANISATION_ZH, d.organisationZh())
                .set(PARALLEL_REPORT.ORGANISATION_EN, d.organisationEn()).set(PARALLEL_REPORT.TITLE, d.title())
                .set(PARALLEL_REPORT.SUBMITTED_ON, d.receivedOn()).set(PARALLEL_REPORT.VERSION, version + 1)
                .where(PARALLEL_REPORT.ID.eq(id)).and(PARALLEL_REPORT.VERSION.eq(version)).execute() == 1;
    }

    void setOriginal(long id, String fileName, byte[] content) {
        database.dsl().update(PARALLEL_REPORT).set(PARALLEL_REPORT.DOCUMENT_NAME, fileName).set(PARALLEL_REPORT.ORIGINAL, content)
                .set(PARALLEL_REPORT.VERSION, PARALLEL_REPORT.VERSION.plus(1)).where(PARALLEL_REPORT.ID.eq(id)).execute();
    }

    Optional<byte[]> original(long id) {
        return Optional.ofNullable(database.dsl().select(PARALLEL_REPORT.ORIGINAL).from(PARALLEL_REPORT).where(PARALLEL_REPORT.ID.eq(id))
                .fetchOne(PARALLEL_REPORT.ORIGINAL));
    }

    int nextPointNumber(long reportId) {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(PARALLEL_REPORT_POINT.POINT_NO)).from(PARALLEL_REPORT_POINT)
                .where(PARALLEL_REPORT_POINT.REPORT_ID.eq(reportId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    long insertPoint(long reportId, int number, String textEn, String textZh) {
        return database.dsl().insertInto(PARALLEL_REPORT_POINT).set(PARALLEL_REPORT_POINT.REPORT_ID, reportId)
                .set(PARALLEL_REPORT_POINT.POINT_NO, number).set(PARALLEL_REPORT_POINT.TEXT_EN, textEn).set(PARALLEL_REPORT_POINT.TEXT_ZH, textZh)
                .returning(PARALLEL_REPORT_POINT.ID).fetchOne().getId();
    }

    void updatePoint(long pointId, String textEn, String textZh) {
        database.dsl().update(PARALLEL_REPORT_POINT).set(PARALLEL_REPORT_POINT.TEXT_EN, textEn).set(PARALLEL_REPORT_POINT.TEXT_ZH, textZh)
                .where(PARALLEL_REPORT_POINT.ID.eq(pointId)).execute();
    }

    void setPointArticles(long pointId, List<Integer> articles) {
        database.dsl().deleteFrom(PARALLEL_POINT_ARTICLE).where(PARALLEL_POINT_ARTICLE.POINT_ID.eq(pointId)).execute();
        for (int a : articles) {
            database.dsl().insertInto(PARALLEL_POINT_ARTICLE).set(PARALLEL_POINT_ARTICLE.POINT_ID, pointId)
                    .set(PARALLEL_POINT_ARTICLE.ARTICLE_NUMBER, a).execute();
        }
        // the first article also in the older single column, read only where no rows are here
        database.dsl().update(PARALLEL_REPORT_POINT).set(PARALLEL_REPORT_POINT.ARTICLE_NUMBER, articles.isEmpty() ? null : articles.getFirst())
                .where(PARALLEL_REPORT_POINT.ID.eq(pointId)).execute();
    }

    void answer(long pointId, Long agencyId, String text, LocalDate on) {
        database.dsl().update(PARALLEL_REPORT_POINT).set(PARALLEL_REPORT_POINT.ANSWER_TEXT, text)
                .set(PARALLEL_REPORT_POINT.ANSWER_AGENCY_ID, agencyId).set(PARALLEL_REPORT_POINT.ANSWERED_ON, on)
                .where(PARALLEL_REPORT_POINT.ID.eq(pointId)).execute();
    }

    void deletePoint(long pointId) {
        database.dsl().deleteFrom(PARALLEL_REPORT_POINT).where(PARALLEL_REPORT_POINT.ID.eq(pointId)).execute();
    }
}
