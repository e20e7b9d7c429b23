package org.uncacworkbench.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.storage.Database;

/**
 * Reads cycles, their phase dates and milestones. In plain SQL rather than jOOQ: the window's first
 * screen reads them before jOOQ is set up (decision 0014).
 */
public final class CycleRepository {

    private static final String CYCLE = "SELECT id, number, title_zh, title_en, period_start, period_end, current_phase, published_on, report_title_zh, report_title_en FROM cycle";

    private final Database database;

    public CycleRepository(Database database) {
        this.database = database;
    }

    List<Cycle> all() {
        return database.query(CYCLE + " ORDER BY number", CycleRepository::toCycle);
    }

    Optional<Cycle> byId(long id) {
        return database.query(CYCLE + " WHERE id = ?", CycleRepository::toCycle, id).stream().findFirst();
    }

    Optional<Cycle> byNumber(int number) {
        return database.query(CYCLE + " WHERE number = ?", CycleRepository::toCycle, number).stream().findFirst();
    }

    void setReportTitles(long cycleId, String zh, String en) {
        database.dsl().update(org.uncacworkbench.storage.jooq.Tables.CYCLE)
                .set(org.uncacworkbench.storage.jooq.Tables.CYCLE.REPORT_TITLE_ZH, zh)
                .set(org.uncacworkbench.storage.jooq.Tables.CYCLE.REPORT_TITLE_EN, en)
                .set(org.uncacworkbench.storage.jooq.Tables.CYCLE.VERSION, org.uncacworkbench.storage.jooq.Tables.CYCLE.VERSION.plus(1))
                .where(org.uncacworkbench.storage.jooq.Tables.CYCLE.ID.eq(cycleId)).execute();
    }

    /** The number the next cycle takes: one more than the highest. */
    int nextNumber() {
        return database.query("SELECT COALESCE(MAX(number), 0) + 1 FROM cycle", r -> r.getInt(1)).getFirst();
    }

    /** How many years after the cycle the next one starts. */
    int lengthYears(long cycleId) {
        var c = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        return database.dsl().select(c.LENGTH_YEARS).from(c).where(c.ID.eq(cycleId)).fetchOne(c.LENGTH_YEARS);
    }

    long insert(int number, CycleSetup setup) {
        var c = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        return database.dsl().insertInto(c)
                .set(c.NUMBER, number).set(c.TITLE_ZH, setup.titleZh()).set(c.TITLE_EN, setup.titleEn())
                .set(c.PERIOD_START, setup.periodStart()).set(c.PERIOD_END, setup.periodEnd())
                .set(c.CURRENT_PHASE, setup.currentPhase().code()).set(c.LENGTH_YEARS, setup.lengthYears())
                .returningResult(c.ID).fetchOne().value1();
    }

    void update(long cycleId, CycleSetup setup) {
        var c = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        database.dsl().update(c)
                .set(c.TITLE_ZH, setup.titleZh()).set(c.TITLE_EN, setup.titleEn())
                .set(c.PERIOD_START, setup.periodStart()).set(c.PERIOD_END, setup.periodEnd())
                .set(c.CURRENT_PHASE, setup.currentPhase().code()).set(c.LENGTH_YEARS, setup.lengthYears())
                .set(c.VERSION, c.VERSION.plus(1))
                .where(c.ID.eq(cycleId)).execute();
    }

    /** The cycle's phase dates become exactly these. */
    void replacePhases(long cycleId, List<PhasePlan> phases) {
        var p = org.uncacworkbench.storage.jooq.Tables.CYCLE_PHASE;
        database.dsl().deleteFrom(p).where(p.CYCLE_ID.eq(cycleId)).execute();
        for (PhasePlan plan : phases) {
            database.dsl().insertInto(p).set(p.CYCLE_ID, cycleId).set(p.PHASE, plan.phase().code())
                    .set(p.PLANNED_START, plan.plannedStart()).set(p.PLANNED_END, plan.plannedEnd())
                    .set(p.ACTUAL_START, plan.actualStart()).set(p.ACTUAL_END, plan.actualEnd()).execute();
        }
    }

    /** The cycle's milestones become these: the listed ones kept (and changed), new ones added, the rest removed. */
    void saveMilestones(long cycleId, List<CycleSetup.MilestoneDraft> milestones) {
        var m = org.uncacworkbench.storage.jooq.Tables.MILESTONE;
        List<Long> kept = milestones.stream().map(CycleSetup.MilestoneDraft::id).filter(java.util.Objects::nonNull).toList();
        database.dsl().deleteFrom(m).where(m.CYCLE_ID.eq(cycleId)).and(m.ID.notIn(kept)).execute();
        for (CycleSetup.MilestoneDraft d : milestones) {
            if (d.id() == null) {
                database.dsl().insertInto(m).set(m.CYCLE_ID, cycleId).set(m.PHASE, d.phase().code()).set(m.TITLE_ZH, d.titleZh())
                        .set(m.TITLE_EN, d.titleEn()).set(m.DUE_ON, d.dueOn()).set(m.COMPLETED_ON, d.completedOn()).execute();
            } else {
                database.dsl().update(m).set(m.PHASE, d.phase().code()).set(m.TITLE_ZH, d.titleZh()).set(m.TITLE_EN, d.titleEn())
                        .set(m.DUE_ON, d.dueOn()).set(m.COMPLETED_ON, d.completedOn())
                        .where(m.ID.eq(d.id())).and(m.CYCLE_ID.eq(cycleId)).execute();
            }
        }
    }

    List<PhasePlan> phases(long cycleId) {
        return database.query("SELECT phase, planned_start, planned_end, actual_start, actual_end FROM cycle_phase WHERE cycle_id = ?",
                        r -> new PhasePlan(phase(r.getString(1)), date(r, 2), date(r, 3), date(r, 4), date(r, 5)), cycleId)
                .stream().sorted(Comparator.comparing(PhasePlan::phase)).toList();
    }

    List<Milestone> milestones(long cycleId) {
        return database.query("SELECT id, phase, title_zh, title_en, due_on, completed_on FROM milestone WHERE cycle_id = ? ORDER BY due_on, id",
                r -> new Milestone(r.getLong(1), phase(r.getString(2)), r.getString(3), r.getString(4), date(r, 5), date(r, 6)), cycleId);
    }

    private static Cycle toCycle(ResultSet r) throws SQLException {
        return new Cycle(r.getLong(1), r.getInt(2), r.getString(3), r.getString(4), date(r, 5), date(r, 6), phase(r.getString(7)), date(r, 8),
                r.getString(9), r.getString(10));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static Phase phase(String code) {
        return Phase.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown phase in database: " + code));
    }
}
