package org.uncacworkbench.cycle;

import static org.uncacworkbench.storage.jooq.Tables.CYCLE;
import static org.uncacworkbench.storage.jooq.Tables.CYCLE_PHASE;
import static org.uncacworkbench.storage.jooq.Tables.MILESTONE;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.storage.Database;
import org.uncacworkbench.storage.jooq.tables.records.CycleRecord;

/** Reads cycles, their phase dates and milestones. */
public final class CycleRepository {

    private final Database database;

    public CycleRepository(Database database) {
        this.database = database;
    }

    List<Cycle> all() {
        return database.dsl().selectFrom(CYCLE).orderBy(CYCLE.NUMBER).fetch(CycleRepository::toCycle);
    }

    Optional<Cycle> byId(long id) {
        return database.dsl().selectFrom(CYCLE).where(CYCLE.ID.eq(id)).fetchOptional(CycleRepository::toCycle);
    }

    Optional<Cycle> byNumber(int number) {
        return database.dsl().selectFrom(CYCLE).where(CYCLE.NUMBER.eq(number)).fetchOptional(CycleRepository::toCycle);
    }

    List<PhasePlan> phases(long cycleId) {
        return database.dsl().selectFrom(CYCLE_PHASE).where(CYCLE_PHASE.CYCLE_ID.eq(cycleId)).fetch(r ->
                        new PhasePlan(phase(r.getPhase()), r.getPlannedStart(), r.getPlannedEnd(), r.getActualStart(), r.getActualEnd()))
                .stream().sorted(java.util.Comparator.comparing(PhasePlan::phase)).toList();
    }

    List<Milestone> milestones(long cycleId) {
        return database.dsl().selectFrom(MILESTONE).where(MILESTONE.CYCLE_ID.eq(cycleId))
                .orderBy(MILESTONE.DUE_ON, MILESTONE.ID)
                .fetch(r -> new Milestone(r.getId(), phase(r.getPhase()), r.getTitleZh(), r.getTitleEn(), r.getDueOn(), r.getCompletedOn()));
    }

    private static Cycle toCycle(CycleRecord r) {
        return new Cycle(r.getId(), r.getNumber(), r.getTitleZh(), r.getTitleEn(), r.getPeriodStart(), r.getPeriodEnd(), phase(r.getCurrentPhase()));
    }

    private static Phase phase(String code) {
        return Phase.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown phase in database: " + code));
    }
}
