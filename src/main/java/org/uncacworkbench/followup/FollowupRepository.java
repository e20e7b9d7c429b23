package org.uncacworkbench.followup;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.CONCLUDING_OBSERVATION;
import static org.uncacworkbench.storage.jooq.Tables.FOLLOWUP_ASSIGNMENT;
import static org.uncacworkbench.storage.jooq.Tables.FOLLOWUP_CO_AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.FOLLOWUP_MILESTONE;
import static org.uncacworkbench.storage.jooq.Tables.PERFORMANCE_INDICATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;

/** The follow-up assignments with their co-agencies, milestones and indicators. */
public final class FollowupRepository {

    private final Database database;

    public FollowupRepository(Database database) {
        this.database = database;
    }

    /** A cycle's assignments, in observation order. */
    List<Assignment> assignments(long cycleId) {
        return load(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId));
    }

    Optional<Assignment> byId(long id) {
        return load(FOLLOWUP_ASSIGNMENT.ID.eq(id)).stream().findFirst();
    }

    Optional<Assignment> byObservation(long observationId) {
        return load(FOLLOWUP_ASSIGNMENT.OBSERVATION_ID.eq(observationId)).stream().findFirst();
    }

    private List<Assignment> load(Condition where) {
        var a = FOLLOWUP_ASSIGNMENT;
        var rows = database.dsl().select(a.ID, a.OBSERVATION_ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, a.CONTROL_LEVEL,
                        a.ACTION_PLAN_ZH, a.ACTION_PLAN_EN, a.ASSIGNED_ON, a.ASSIGNED_BY, a.VERSION)
                .from(a).join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(a.OBSERVATION_ID))
                .join(AGENCY).on(AGENCY.ID.eq(a.LEAD_AGENCY_ID)).where(where).orderBy(CONCLUDING_OBSERVATION.NUMBER).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = Set.copyOf(rows.getValues(a.ID));
        Map<Long, List<AgencyRef>> co = new HashMap<>();
        database.dsl().select(FOLLOWUP_CO_AGENCY.ASSIGNMENT_ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN).from(FOLLOWUP_CO_AGENCY)
                .join(AGENCY).on(AGENCY.ID.eq(FOLLOWUP_CO_AGENCY.AGENCY_ID)).where(FOLLOWUP_CO_AGENCY.ASSIGNMENT_ID.in(ids)).orderBy(AGENCY.CODE)
                .forEach(r -> co.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new AgencyRef(r.value2(), r.value3(), r.value4())));
        Map<Long, List<Assignment.Milestone>> milestones = new HashMap<>();
        database.dsl().selectFrom(FOLLOWUP_MILESTONE).where(FOLLOWUP_MILESTONE.ASSIGNMENT_ID.in(ids))
                .orderBy(FOLLOWUP_MILESTONE.DUE_ON, FOLLOWUP_MILESTONE.ID)
                .forEach(r -> milestones.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>())
                        .add(new Assignment.Milestone(r.getId(), r.getTitleZh(), r.getTitleEn(), r.getDueOn(), r.getCompletedOn())));
        Map<Long, List<Assignment.Indicator>> indicators = new HashMap<>();
        database.dsl().selectFrom(PERFORMANCE_INDICATOR).where(PERFORMANCE_INDICATOR.ASSIGNMENT_ID.in(ids)).orderBy(PERFORMANCE_INDICATOR.ID)
                .forEach(r -> indicators.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>())
                        .add(new Assignment.Indicator(r.getId(), r.getDescriptionZh(), r.getDescriptionEn(), r.getUnit(), r.getBaseline(),
                                r.getTarget(), r.getTargetOn())));
        return rows.map(r -> new Assignment(r.get(a.ID), r.get(a.OBSERVATION_ID), new AgencyRef(r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH),
                r.get(AGENCY.NAME_EN)), co.getOrDefault(r.get(a.ID), List.of()), ControlLevel.of(r.get(a.CONTROL_LEVEL)),
                r.get(a.ACTION_PLAN_ZH), r.get(a.ACTION_PLAN_EN), milestones.getOrDefault(r.get(a.ID), List.of()),
                indicators.getOrDefault(r.get(a.ID), List.of()), r.get(a.ASSIGNED_ON), r.get(a.ASSIGNED_BY), r.get(a.VERSION)));
    }

    /** The links of a cycle's observations to earlier cycles' ones. */
    List<ObservationLink> links(long cycleId) {
        var l = org.uncacworkbench.storage.jooq.Tables.OBSERVATION_LINK;
        var later = CONCLUDING_OBSERVATION.as("later");
        var earlier = CONCLUDING_OBSERVATION.as("earlier");
        var cycle = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        return database.dsl().select(l.OBSERVATION_ID, l.EARLIER_OBSERVATION_ID, cycle.NUMBER, earlier.NUMBER, earlier.TEXT_ZH, earlier.TEXT_EN, l.KIND)
                .from(l).join(later).on(later.ID.eq(l.OBSERVATION_ID)).join(earlier).on(earlier.ID.eq(l.EARLIER_OBSERVATION_ID))
                .join(cycle).on(cycle.ID.eq(earlier.CYCLE_ID)).where(later.CYCLE_ID.eq(cycleId)).orderBy(later.NUMBER, cycle.NUMBER, earlier.NUMBER)
                .fetch(r -> new ObservationLink(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), ObservationLink.Kind.of(r.value7())));
    }

    /** The adopted observation numbered {@code number} in cycle {@code cycleNumber}, if there is one. */
    Optional<Long> adoptedObservation(int cycleNumber, int number) {
        var cycle = org.uncacworkbench.storage.jooq.Tables.CYCLE;
        return database.dsl().select(CONCLUDING_OBSERVATION.ID).from(CONCLUDING_OBSERVATION).join(cycle).on(cycle.ID.eq(CONCLUDING_OBSERVATION.CYCLE_ID))
                .where(cycle.NUMBER.eq(cycleNumber)).and(CONCLUDING_OBSERVATION.NUMBER.eq(number))
                .and(CONCLUDING_OBSERVATION.STATUS.eq("adopted")).fetchOptional(CONCLUDING_OBSERVATION.ID);
    }

    void link(long observationId, long earlierId, ObservationLink.Kind kind) {
        var l = org.uncacworkbench.storage.jooq.Tables.OBSERVATION_LINK;
        database.dsl().deleteFrom(l).where(l.OBSERVATION_ID.eq(observationId)).and(l.EARLIER_OBSERVATION_ID.eq(earlierId)).execute();
        database.dsl().insertInto(l).set(l.OBSERVATION_ID, observationId).set(l.EARLIER_OBSERVATION_ID, earlierId).set(l.KIND, kind.code()).execute();
    }

    boolean unlink(long observationId, long earlierId) {
        var l = org.uncacworkbench.storage.jooq.Tables.OBSERVATION_LINK;
        return database.dsl().deleteFrom(l).where(l.OBSERVATION_ID.eq(observationId)).and(l.EARLIER_OBSERVATION_ID.eq(earlierId)).execute() == 1;
    }

    /** The agency's id for its abbreviation, if the directory has it. */
    Optional<Long> agencyId(String code) {
        return database.dsl().select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(code)).fetchOptional(AGENCY.ID);
    }

    long insert(long observationId, long leadId, AssignmentDraft d, LocalDate on, String by) {
        var a = FOLLOWUP_ASSIGNMENT;
        return database.dsl().insertInto(a).set(a.OBSERVATION_ID, observationId).set(a.LEAD_AGENCY_ID, leadId)
                .set(a.CONTROL_LEVEL, d.controlLevel().code()).set(a.ACTION_PLAN_ZH, d.planZh()).set(a.ACTION_PLAN_EN, d.planEn())
                .set(a.ASSIGNED_ON, on).set(a.ASSIGNED_BY, by).returning(a.ID).fetchOne().getId();
    }

    /** Writes over version {@code version}; false when someone else changed the assignment first. */
    boolean update(long id, int version, long leadId, AssignmentDraft d) {
        var a = FOLLOWUP_ASSIGNMENT;
        return database.dsl().update(a).set(a.LEAD_AGENCY_ID, leadId).set(a.CONTROL_LEVEL, d.controlLevel().code())
                .set(a.ACTION_PLAN_ZH, d.planZh()).set(a.ACTION_PLAN_EN, d.planEn()).set(a.VERSION, version + 1)
                .where(a.ID.eq(id)).and(a.VERSION.eq(version)).execute() == 1;
    }

    void replaceCoAgencies(long id, List<Long> agencyIds) {
        database.dsl().deleteFrom(FOLLOWUP_CO_AGENCY).where(FOLLOWUP_CO_AGENCY.ASSIGNMENT_ID.eq(id)).execute();
        for (long agency : agencyIds) {
            database.dsl().insertInto(FOLLOWUP_CO_AGENCY).set(FOLLOWUP_CO_AGENCY.ASSIGNMENT_ID, id).set(FOLLOWUP_CO_AGENCY.AGENCY_ID, agency).execute();
        }
    }

    void replaceMilestones(long id, List<Assignment.Milestone> milestones) {
        var m = FOLLOWUP_MILESTONE;
        database.dsl().deleteFrom(m).where(m.ASSIGNMENT_ID.eq(id)).execute();
        for (Assignment.Milestone x : milestones) {
            database.dsl().insertInto(m).set(m.ASSIGNMENT_ID, id).set(m.TITLE_ZH, x.titleZh()).set(m.TITLE_EN, x.titleEn())
                    .set(m.DUE_ON, x.dueOn()).set(m.COMPLETED_ON, x.completedOn()).execute();
        }
    }

    /**
     * Keeps the indicators that stay (by id, so the values reported on them stay too), adds new ones and
     * removes the others; returns the ids of removed ones that hold reported values (nothing removed then).
     */
    List<Long> mergeIndicators(long id, List<Assignment.Indicator> indicators) {
        var p = PERFORMANCE_INDICATOR;
        Set<Long> keep = indicators.stream().map(Assignment.Indicator::id).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        List<Long> gone = database.dsl().select(p.ID).from(p).where(p.ASSIGNMENT_ID.eq(id)).fetch(p.ID).stream()
                .filter(x -> !keep.contains(x)).toList();
        List<Long> withValues = gone.isEmpty() ? List.of() : database.dsl().selectDistinct(
                org.uncacworkbench.storage.jooq.Tables.INDICATOR_VALUE.INDICATOR_ID).from(org.uncacworkbench.storage.jooq.Tables.INDICATOR_VALUE)
                .where(org.uncacworkbench.storage.jooq.Tables.INDICATOR_VALUE.INDICATOR_ID.in(gone))
                .fetch(org.uncacworkbench.storage.jooq.Tables.INDICATOR_VALUE.INDICATOR_ID);
        if (!withValues.isEmpty()) {
            return withValues;
        }
        database.dsl().deleteFrom(p).where(p.ID.in(gone)).execute();
        for (Assignment.Indicator i : indicators) {
            if (i.id() == null) {
                database.dsl().insertInto(p).set(p.ASSIGNMENT_ID, id).set(p.DESCRIPTION_ZH, i.descriptionZh()).set(p.DESCRIPTION_EN, i.descriptionEn())
                        .set(p.UNIT, i.unit()).set(p.BASELINE, i.baseline()).set(p.TARGET, i.target()).set(p.TARGET_ON, i.targetOn()).execute();
            } else {
                database.dsl().update(p).set(p.DESCRIPTION_ZH, i.descriptionZh()).set(p.DESCRIPTION_EN, i.descriptionEn())
                        .set(p.UNIT, i.unit()).set(p.BASELINE, i.baseline()).set(p.TARGET, i.target()).set(p.TARGET_ON, i.targetOn())
                        .where(p.ID.eq(i.id())).and(p.ASSIGNMENT_ID.eq(id)).execute();
            }
        }
        return List.of();
    }
}
