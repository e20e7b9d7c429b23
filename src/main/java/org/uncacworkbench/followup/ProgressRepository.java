package org.uncacworkbench.followup;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.CONCLUDING_OBSERVATION;
import static org.uncacworkbench.storage.jooq.Tables.FOLLOWUP_ASSIGNMENT;
import static org.uncacworkbench.storage.jooq.Tables.INDICATOR_VALUE;
import static org.uncacworkbench.storage.jooq.Tables.PROGRESS_ASSESSMENT;
import static org.uncacworkbench.storage.jooq.Tables.PROGRESS_REPORT;
import static org.uncacworkbench.storage.jooq.Tables.REPORTING_ROUND;
import static org.uncacworkbench.storage.jooq.Tables.ROUND_AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.TRACKING_DECISION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;
import org.uncacworkbench.storage.jooq.tables.records.ReportingRoundRecord;
import org.uncacworkbench.storage.jooq.tables.records.TrackingDecisionRecord;

/** Reporting rounds and what agencies return in them; assessments and tracking decisions. */
public final class ProgressRepository {

    private final Database database;

    public ProgressRepository(Database database) {
        this.database = database;
    }

    List<ReportingRound> rounds(long cycleId) {
        return database.dsl().selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.CYCLE_ID.eq(cycleId))
                .orderBy(REPORTING_ROUND.OPENED_ON, REPORTING_ROUND.LABEL).fetch(ProgressRepository::toRound);
    }

    Optional<ReportingRound> round(long cycleId, String label) {
        return database.dsl().selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.CYCLE_ID.eq(cycleId)).and(REPORTING_ROUND.LABEL.eq(label))
                .fetchOptional(ProgressRepository::toRound);
    }

    long insertRound(long cycleId, RoundDraft d) {
        var r = REPORTING_ROUND;
        return database.dsl().insertInto(r).set(r.CYCLE_ID, cycleId).set(r.LABEL, d.label()).set(r.TITLE_ZH, d.titleZh())
                .set(r.TITLE_EN, d.titleEn()).set(r.OPENED_ON, d.openedOn()).set(r.DUE_ON, d.dueOn()).set(r.LETTER_NO, d.letterNo())
                .set(r.URGENCY, d.urgency().code()).returning(r.ID).fetchOne().getId();
    }

    void addAgency(long roundId, long agencyId) {
        database.dsl().insertInto(ROUND_AGENCY).set(ROUND_AGENCY.ROUND_ID, roundId).set(ROUND_AGENCY.AGENCY_ID, agencyId)
                .onDuplicateKeyIgnore().execute();
    }

    /** The agencies of a round by abbreviation, with the day each was sent its workbook and returned it. */
    Map<String, LocalDate[]> roundAgencies(long roundId) {
        Map<String, LocalDate[]> out = new java.util.LinkedHashMap<>();
        database.dsl().select(AGENCY.CODE, ROUND_AGENCY.SENT_ON, ROUND_AGENCY.RETURNED_ON).from(ROUND_AGENCY).join(AGENCY)
                .on(AGENCY.ID.eq(ROUND_AGENCY.AGENCY_ID)).where(ROUND_AGENCY.ROUND_ID.eq(roundId)).orderBy(AGENCY.CODE)
                .forEach(r -> out.put(r.value1(), new LocalDate[] {r.value2(), r.value3()}));
        return out;
    }

    void markSent(long roundId, long agencyId, LocalDate on) {
        database.dsl().update(ROUND_AGENCY).set(ROUND_AGENCY.SENT_ON, on).where(ROUND_AGENCY.ROUND_ID.eq(roundId))
                .and(ROUND_AGENCY.AGENCY_ID.eq(agencyId)).and(ROUND_AGENCY.SENT_ON.isNull()).execute();
    }

    void markReturned(long roundId, long agencyId, LocalDate on) {
        database.dsl().update(ROUND_AGENCY).set(ROUND_AGENCY.RETURNED_ON, on).where(ROUND_AGENCY.ROUND_ID.eq(roundId))
                .and(ROUND_AGENCY.AGENCY_ID.eq(agencyId)).execute();
    }

    /** Agencies that have not returned the cycle's latest round past its deadline; in plain SQL, for the first screen (decision 0014). */
    List<FollowupService.Overdue> overdue(long cycleId, LocalDate today) {
        return database.query("""
                SELECT r.label, a.code, r.due_on FROM round_agency x
                JOIN reporting_round r ON r.id = x.round_id JOIN agency a ON a.id = x.agency_id
                WHERE r.cycle_id = ? AND x.returned_on IS NULL AND r.due_on < ?
                AND r.opened_on = (SELECT MAX(opened_on) FROM reporting_round WHERE cycle_id = r.cycle_id)
                ORDER BY a.code""",
                row -> new FollowupService.Overdue(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class)), cycleId, today);
    }

    /** Every progress report of a cycle, oldest first, with its indicator values. */
    List<ProgressReport> reports(long cycleId) {
        var p = PROGRESS_REPORT;
        var rows = database.dsl().select(p.ID, p.ASSIGNMENT_ID, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, p.PERIOD_LABEL, p.REPORTED_ON,
                        p.OWN_STATUS, p.TEXT_ZH, p.TEXT_EN, p.NEXT_STEPS_ZH, p.NEXT_STEPS_EN, p.EVIDENCE, p.VERSION)
                .from(p).join(FOLLOWUP_ASSIGNMENT).on(FOLLOWUP_ASSIGNMENT.ID.eq(p.ASSIGNMENT_ID))
                .join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(FOLLOWUP_ASSIGNMENT.OBSERVATION_ID))
                .join(AGENCY).on(AGENCY.ID.eq(p.AGENCY_ID)).where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId))
                .orderBy(p.REPORTED_ON, p.ID).fetch();
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        database.dsl().select(INDICATOR_VALUE.PROGRESS_REPORT_ID, INDICATOR_VALUE.INDICATOR_ID, INDICATOR_VALUE.MEASURED_VALUE)
                .from(INDICATOR_VALUE).join(p).on(p.ID.eq(INDICATOR_VALUE.PROGRESS_REPORT_ID))
                .join(FOLLOWUP_ASSIGNMENT).on(FOLLOWUP_ASSIGNMENT.ID.eq(p.ASSIGNMENT_ID))
                .join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(FOLLOWUP_ASSIGNMENT.OBSERVATION_ID))
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId))
                .forEach(r -> values.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return rows.map(r -> new ProgressReport(r.get(p.ID), r.get(p.ASSIGNMENT_ID), new AgencyRef(r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH),
                r.get(AGENCY.NAME_EN)), r.get(p.PERIOD_LABEL), r.get(p.REPORTED_ON),
                r.get(p.OWN_STATUS) == null ? null : OwnStatus.of(r.get(p.OWN_STATUS)), r.get(p.TEXT_ZH), r.get(p.TEXT_EN),
                r.get(p.NEXT_STEPS_ZH), r.get(p.NEXT_STEPS_EN), r.get(p.EVIDENCE), values.getOrDefault(r.get(p.ID), Map.of()), r.get(p.VERSION)));
    }

    /** Stores an agency's report on a point in a round, over what it reported there before. */
    long saveReport(long assignmentId, long agencyId, Long roundId, String label, LocalDate on, ProgressReport.Entry e) {
        var p = PROGRESS_REPORT;
        Long existing = database.dsl().select(p.ID).from(p).where(p.ASSIGNMENT_ID.eq(assignmentId)).and(p.AGENCY_ID.eq(agencyId))
                .and(p.PERIOD_LABEL.eq(label)).fetchOne(p.ID);
        long id;
        if (existing == null) {
            id = database.dsl().insertInto(p).set(p.ASSIGNMENT_ID, assignmentId).set(p.AGENCY_ID, agencyId).set(p.ROUND_ID, roundId)
                    .set(p.PERIOD_LABEL, label).set(p.REPORTED_ON, on).set(p.OWN_STATUS, e.ownStatus() == null ? null : e.ownStatus().code())
                    .set(p.TEXT_ZH, e.textZh()).set(p.TEXT_EN, e.textEn()).set(p.NEXT_STEPS_ZH, e.nextStepsZh()).set(p.NEXT_STEPS_EN, e.nextStepsEn())
                    .set(p.EVIDENCE, e.evidence()).returning(p.ID).fetchOne().getId();
        } else {
            id = existing;
            database.dsl().update(p).set(p.REPORTED_ON, on).set(p.ROUND_ID, roundId)
                    .set(p.OWN_STATUS, e.ownStatus() == null ? null : e.ownStatus().code()).set(p.TEXT_ZH, e.textZh()).set(p.TEXT_EN, e.textEn())
                    .set(p.NEXT_STEPS_ZH, e.nextStepsZh()).set(p.NEXT_STEPS_EN, e.nextStepsEn()).set(p.EVIDENCE, e.evidence())
                    .set(p.VERSION, p.VERSION.plus(1)).where(p.ID.eq(id)).execute();
            database.dsl().deleteFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.PROGRESS_REPORT_ID.eq(id)).execute();
        }
        for (var v : e.values().entrySet()) {
            database.dsl().insertInto(INDICATOR_VALUE).set(INDICATOR_VALUE.INDICATOR_ID, v.getKey()).set(INDICATOR_VALUE.PROGRESS_REPORT_ID, id)
                    .set(INDICATOR_VALUE.MEASURED_VALUE, v.getValue()).execute();
        }
        return id;
    }

    /** Every assessment of a cycle's reports, oldest first. */
    List<Assessment> assessments(long cycleId) {
        var a = PROGRESS_ASSESSMENT;
        return database.dsl().select(a.ID, a.PROGRESS_REPORT_ID, a.GRADE, a.NOTE, a.ASSESSED_ON, a.ASSESSED_BY, a.PANEL_SESSION_ID)
                .from(a).join(PROGRESS_REPORT).on(PROGRESS_REPORT.ID.eq(a.PROGRESS_REPORT_ID))
                .join(FOLLOWUP_ASSIGNMENT).on(FOLLOWUP_ASSIGNMENT.ID.eq(PROGRESS_REPORT.ASSIGNMENT_ID))
                .join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(FOLLOWUP_ASSIGNMENT.OBSERVATION_ID))
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId)).orderBy(a.ASSESSED_ON, a.ID)
                .fetch(r -> new Assessment(r.value1(), r.value2(), Grade.of(r.value3()), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The cycle's assessment scale; the treaty bodies' when the cycle has set none. */
    AssessmentScale scale(long cycleId) {
        var g = org.uncacworkbench.storage.jooq.Tables.ASSESSMENT_GRADE;
        List<AssessmentScale.Step> steps = database.dsl().select(g.GRADE, g.NAME_ZH, g.NAME_EN).from(g).where(g.CYCLE_ID.eq(cycleId))
                .orderBy(g.GRADE).fetch(r -> new AssessmentScale.Step(Grade.of(r.value1()), r.value2(), r.value3()));
        return steps.isEmpty() ? AssessmentScale.standard() : new AssessmentScale(steps);
    }

    void saveScale(long cycleId, AssessmentScale scale) {
        var g = org.uncacworkbench.storage.jooq.Tables.ASSESSMENT_GRADE;
        database.dsl().deleteFrom(g).where(g.CYCLE_ID.eq(cycleId)).execute();
        for (AssessmentScale.Step s : scale.steps()) {
            database.dsl().insertInto(g).set(g.CYCLE_ID, cycleId).set(g.GRADE, s.grade().name()).set(g.NAME_ZH, s.nameZh())
                    .set(g.NAME_EN, s.nameEn()).execute();
        }
    }

    /** The cycle a progress report belongs to. */
    long cycleOfReport(long reportId) {
        return database.query("""
                SELECT o.cycle_id FROM progress_report p JOIN followup_assignment a ON a.id = p.assignment_id
                JOIN concluding_observation o ON o.id = a.observation_id WHERE p.id = ?""", row -> row.getLong(1), reportId).getFirst();
    }

    long insertAssessment(long reportId, Grade grade, String note, LocalDate on, String by, Long panelSessionId) {
        var a = PROGRESS_ASSESSMENT;
        return database.dsl().insertInto(a).set(a.PROGRESS_REPORT_ID, reportId).set(a.GRADE, grade.name()).set(a.NOTE, note)
                .set(a.ASSESSED_ON, on).set(a.ASSESSED_BY, by).set(a.PANEL_SESSION_ID, panelSessionId).returning(a.ID).fetchOne().getId();
    }

    /** Every tracking decision of a cycle, oldest first. */
    List<Decision> decisions(long cycleId) {
        var d = TRACKING_DECISION;
        return database.dsl().select(d.fields()).from(d).join(FOLLOWUP_ASSIGNMENT).on(FOLLOWUP_ASSIGNMENT.ID.eq(d.ASSIGNMENT_ID))
                .join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(FOLLOWUP_ASSIGNMENT.OBSERVATION_ID))
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId)).orderBy(d.DECIDED_ON, d.ID)
                .fetchInto(d).map(ProgressRepository::toDecision);
    }

    /** Whether the panel session belongs to the cycle of the assignment's observation. */
    boolean sessionOfSameCycle(long sessionId, long assignmentId) {
        return !database.query("""
                SELECT 1 FROM panel_session s JOIN concluding_observation o ON o.cycle_id = s.cycle_id
                JOIN followup_assignment a ON a.observation_id = o.id WHERE s.id = ? AND a.id = ?""",
                row -> row.getInt(1), sessionId, assignmentId).isEmpty();
    }

    /** Whether the ruling was made at the session. */
    boolean rulingOfSession(long rulingId, long sessionId) {
        return !database.query("SELECT 1 FROM ruling r JOIN agenda_item i ON i.id = r.agenda_item_id WHERE r.id = ? AND i.session_id = ?",
                row -> row.getInt(1), rulingId, sessionId).isEmpty();
    }

    long insertDecision(long assignmentId, DecisionDraft x) {
        var d = TRACKING_DECISION;
        return database.dsl().insertInto(d).set(d.ASSIGNMENT_ID, assignmentId).set(d.DECISION, x.kind().code()).set(d.DECIDED_ON, x.decidedOn())
                .set(d.REASON_ZH, x.reasonZh()).set(d.REASON_EN, x.reasonEn()).set(d.EVIDENCE, x.evidence()).set(d.DECIDED_BY, x.decidedBy())
                .set(d.PROGRESS_REPORT_ID, x.progressReportId()).set(d.PANEL_SESSION_ID, x.panelSessionId()).set(d.RULING_ID, x.rulingId())
                .returning(d.ID).fetchOne().getId();
    }

    private static Decision toDecision(TrackingDecisionRecord r) {
        return new Decision(r.getId(), r.getAssignmentId(), DecisionKind.of(r.getDecision()), r.getDecidedOn(), r.getReasonZh(), r.getReasonEn(),
                r.getEvidence(), r.getDecidedBy(), r.getProgressReportId(), r.getPanelSessionId(), r.getRulingId());
    }

    private static ReportingRound toRound(ReportingRoundRecord r) {
        return new ReportingRound(r.getId(), r.getCycleId(), r.getLabel(), r.getTitleZh(), r.getTitleEn(), r.getOpenedOn(), r.getDueOn(),
                r.getLetterNo(), ReportingRound.Urgency.of(r.getUrgency()), r.getVersion());
    }
}
