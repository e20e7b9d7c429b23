package org.uncacworkbench.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.Observation;
import org.uncacworkbench.review.ObservationService;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * Follow-up (追蹤管考): adopted observations assigned to agencies, reporting rounds opened, progress
 * recorded, assessed and decided on. Every change in one transaction, in the audit log.
 */
public final class FollowupService {

    private final Transactor transactor;
    private final FollowupRepository assignments;
    private final ProgressRepository progress;
    private final ObservationService observations;
    private final AuditLog auditLog;
    private final Clock clock;

    public FollowupService(Transactor transactor, FollowupRepository assignments, ProgressRepository progress,
                           ObservationService observations, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.assignments = assignments;
        this.progress = progress;
        this.observations = observations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Everything the cycle's follow-up holds, read in a few queries. */
    public FollowupSnapshot snapshot(long cycleId) {
        return transactor.inTransaction(() -> {
            List<Observation> adopted = observations.adopted(cycleId);
            java.util.Set<Long> ids = adopted.stream().map(Observation::id).collect(java.util.stream.Collectors.toSet());
            // a draft of the closed session is never followed up, whatever the table holds
            List<Assignment> assigned = assignments.assignments(cycleId).stream().filter(a -> ids.contains(a.observationId())).toList();
            java.util.Set<Long> assignmentIds = assigned.stream().map(Assignment::id).collect(java.util.stream.Collectors.toSet());
            return new FollowupSnapshot(cycleId, adopted, assigned, progress.rounds(cycleId),
                    progress.reports(cycleId).stream().filter(r -> assignmentIds.contains(r.assignmentId())).toList(),
                    progress.assessments(cycleId), progress.decisions(cycleId).stream().filter(d -> assignmentIds.contains(d.assignmentId())).toList(),
                    progress.scale(cycleId));
        });
    }

    public Optional<Assignment> assignment(long observationId) {
        return assignments.byObservation(observationId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Assigns an adopted observation, or changes its assignment as read at {@code version} (null: a new
     * one). Indicators agencies have reported values on cannot be removed.
     */
    public Assignment assign(Observation observation, Integer version, AssignmentDraft draft, String username) {
        AssignmentDraft d = draft.validate();
        if (observation.draft()) {
            throw new WorkbenchException(UserMessage.of("followup.assign.notAdopted", observation.number()));
        }
        return transactor.inTransaction(() -> {
            long lead = agencyId(d.leadCode());
            List<Long> co = d.coCodes().stream().map(this::agencyId).toList();
            Optional<Assignment> before = assignments.byObservation(observation.id());
            long id;
            if (before.isEmpty()) {
                if (version != null) {
                    throw new WorkbenchException(UserMessage.of("followup.assign.changedMeanwhile", observation.number()));
                }
                id = assignments.insert(observation.id(), lead, d, today(), username);
            } else {
                id = before.get().id();
                if (version == null || !assignments.update(id, version, lead, d)) {
                    throw new WorkbenchException(UserMessage.of("followup.assign.changedMeanwhile", observation.number()));
                }
            }
            assignments.replaceCoAgencies(id, co);
            assignments.replaceMilestones(id, d.milestones());
            if (!assignments.mergeIndicators(id, d.indicators()).isEmpty()) {
                throw new WorkbenchException(UserMessage.of("followup.assign.indicatorHasValues", observation.number()));
            }
            auditLog.record(username, before.isEmpty() ? "create" : "update", "followup_assignment", String.valueOf(id), observation.cycleId(),
                    "Point " + observation.number() + " to " + d.leadCode() + (co.isEmpty() ? "" : " with " + String.join(", ", d.coCodes()))
                            + " (" + d.controlLevel().code() + ")");
            return assignments.byId(id).orElseThrow();
        });
    }

    /**
     * Stores an assignment sheet's points as planned, all or nothing: a point someone assigned or
     * changed since the sheet was read refuses the whole import.
     */
    public int assignAll(AssignmentImport.Plan plan, String username) {
        return transactor.inTransaction(() -> {
            int written = 0;
            for (AssignmentImport.Change c : plan.changes()) {
                if (c.kind() != AssignmentImport.ChangeKind.UNCHANGED) {
                    assign(c.observation(), c.before() == null ? null : c.before().version(), c.draft(), username);
                    written++;
                }
            }
            auditLog.record(username, "import", "followup_assignment", plan.file().getFileName().toString(), plan.cycleId(),
                    "Assignment sheet: " + written + " point(s) assigned or changed");
            return written;
        });
    }

    private long agencyId(String code) {
        return assignments.agencyId(code).orElseThrow(() -> new WorkbenchException(UserMessage.of("followup.assign.unknownAgency", code)));
    }

    public List<ReportingRound> rounds(long cycleId) {
        return progress.rounds(cycleId);
    }

    public Optional<ReportingRound> round(long cycleId, String label) {
        return progress.round(cycleId, label == null ? "" : label.strip());
    }

    /** The round called {@code label}, or a message naming the rounds there are. */
    public ReportingRound existingRound(long cycleId, String label) {
        return round(cycleId, label).orElseThrow(() -> new WorkbenchException(UserMessage.of("followup.round.unknown", label,
                String.join(", ", rounds(cycleId).stream().map(ReportingRound::label).toList()))));
    }

    /**
     * Opens a round: every agency that leads or supports a point still under tracking is asked to
     * report. Refused when nothing is under tracking or the label is taken.
     */
    public ReportingRound openRound(long cycleId, RoundDraft draft, String username) {
        RoundDraft d = draft.validate();
        return transactor.inTransaction(() -> {
            if (progress.round(cycleId, d.label()).isPresent()) {
                throw new WorkbenchException(UserMessage.of("followup.round.labelTaken", d.label()));
            }
            FollowupSnapshot s = snapshot(cycleId);
            List<String> codes = s.assignments().stream().filter(s::tracked).flatMap(a -> a.agencies().stream()).map(AgencyRef::code)
                    .distinct().sorted().toList();
            if (codes.isEmpty()) {
                throw new WorkbenchException(UserMessage.of("followup.round.nothingTracked"));
            }
            long id = progress.insertRound(cycleId, d);
            codes.forEach(code -> progress.addAgency(id, agencyId(code)));
            auditLog.record(username, "create", "reporting_round", String.valueOf(id), cycleId,
                    "Round " + d.label() + " due " + d.dueOn() + " to " + String.join(", ", codes));
            return progress.round(cycleId, d.label()).orElseThrow();
        });
    }

    /** The points an agency reports on in a round: those it leads or supports that are still under tracking. */
    public List<Assignment> points(FollowupSnapshot s, String agencyCode) {
        return s.assignments().stream().filter(a -> a.involves(agencyCode)).filter(s::tracked).toList();
    }

    /** Per agency of the round: its points, when its workbook went out and came back, and whether it is late. */
    public List<ReportingRound.AgencyState> agencyStates(ReportingRound round) {
        FollowupSnapshot s = snapshot(round.cycleId());
        List<ReportingRound.AgencyState> out = new ArrayList<>();
        for (Map.Entry<String, LocalDate[]> e : progress.roundAgencies(round.id()).entrySet()) {
            AgencyRef agency = s.assignments().stream().flatMap(a -> a.agencies().stream()).filter(a -> a.code().equals(e.getKey()))
                    .findFirst().orElse(new AgencyRef(e.getKey(), e.getKey(), e.getKey()));
            LocalDate returned = e.getValue()[1];
            // a round long past counts the points the agency reported on then, though some are released since
            long reported = s.reports().stream().filter(p -> p.roundLabel().equals(round.label()) && p.agency().code().equals(e.getKey())).count();
            int tracked = points(s, e.getKey()).size();
            out.add(new ReportingRound.AgencyState(agency, (int) Math.max(tracked, reported), tracked, e.getValue()[0], returned,
                    returned == null && today().isAfter(round.dueOn())));
        }
        return out;
    }

    /** Agencies late with the cycle's latest round, for the dashboard. */
    public List<Overdue> overdue(long cycleId) {
        return progress.overdue(cycleId, today());
    }

    /** An agency that has not returned a round's workbook by its deadline. */
    public record Overdue(String roundLabel, String agencyCode, LocalDate dueOn) {
    }

    /** Notes the day an agency's workbook and letter went out (the first time only). */
    public void markSent(ReportingRound round, String agencyCode, String username) {
        transactor.inTransaction(() -> {
            progress.markSent(round.id(), agencyId(agencyCode), today());
            auditLog.record(username, "export", "reporting_round", String.valueOf(round.id()), round.cycleId(), "Workbook for " + agencyCode);
            return null;
        });
    }

    /** Records what an agency reports on one point in a round (typed in rather than imported). */
    public long record(ReportingRound round, Assignment assignment, String agencyCode, ProgressReport.Entry entry, String username) {
        if (!assignment.involves(agencyCode)) {
            throw new WorkbenchException(UserMessage.of("followup.progress.notItsPoint", agencyCode));
        }
        if (entry.textZh() == null || entry.textZh().isBlank()) {
            throw new WorkbenchException(UserMessage.of("followup.progress.noText"));
        }
        return transactor.inTransaction(() -> {
            long id = progress.saveReport(assignment.id(), agencyId(agencyCode), round.id(), round.label(), today(), entry);
            auditLog.record(username, "update", "progress_report", String.valueOf(id), round.cycleId(), agencyCode + " in " + round.label());
            return id;
        });
    }

    /** Stores the rows of a returned workbook as planned, all or nothing, and notes the workbook as returned. */
    public int apply(ProgressImport.Plan plan, String username) {
        return transactor.inTransaction(() -> {
            long agency = agencyId(plan.agency().code());
            int written = 0;
            for (ProgressImport.Change c : plan.changes()) {
                if (c.kind() != ProgressImport.ChangeKind.UNCHANGED) {
                    progress.saveReport(c.assignment().id(), agency, plan.round().id(), plan.round().label(), today(), c.entry());
                    written++;
                }
            }
            progress.markReturned(plan.round().id(), agency, today());
            auditLog.record(username, "import", "reporting_round", String.valueOf(plan.round().id()), plan.round().cycleId(),
                    plan.agency().code() + " returned " + plan.round().label() + ": " + written + " point(s) written");
            return written;
        });
    }

    /** The secretariat's (or a panel session's) assessment of a report. */
    public Assessment assess(ProgressReport report, Grade grade, String note, Long panelSessionId, String username) {
        if (grade == null) {
            throw new WorkbenchException(UserMessage.of("followup.assess.noGrade"));
        }
        return transactor.inTransaction(() -> {
            if (!progress.scale(progress.cycleOfReport(report.id())).contains(grade)) {
                throw new WorkbenchException(UserMessage.of("followup.scale.notOnScale", grade.name()));
            }
            if (panelSessionId != null && !progress.sessionOfSameCycle(panelSessionId, report.assignmentId())) {
                throw new WorkbenchException(UserMessage.of("followup.decide.otherCyclesSession"));
            }
            String n = note == null || note.isBlank() ? null : note.strip();
            long id = progress.insertAssessment(report.id(), grade, n, today(), username, panelSessionId);
            auditLog.record(username, "create", "progress_assessment", String.valueOf(id), null, "Report " + report.id() + ": " + grade.name());
            return new Assessment(id, report.id(), grade, n, today(), username, panelSessionId);
        });
    }

    /** The grades the cycle assesses on, with their names. */
    public AssessmentScale scale(long cycleId) {
        return progress.scale(cycleId);
    }

    /**
     * Sets the cycle's assessment scale; a grade an assessment of the cycle gave cannot leave it.
     * Setting the treaty bodies' scale as it is stores nothing of the cycle's own.
     */
    public AssessmentScale setScale(long cycleId, AssessmentScale scale, String username) {
        AssessmentScale s = scale.validate();
        return transactor.inTransaction(() -> {
            Map<Grade, Long> used = progress.assessments(cycleId).stream()
                    .collect(java.util.stream.Collectors.groupingBy(Assessment::grade, java.util.stream.Collectors.counting()));
            for (Map.Entry<Grade, Long> e : new java.util.TreeMap<>(used).entrySet()) {
                if (!s.contains(e.getKey())) {
                    throw new WorkbenchException(UserMessage.of("followup.scale.inUse", e.getKey().name(), e.getValue()));
                }
            }
            progress.saveScale(cycleId, s.equals(AssessmentScale.standard()) ? new AssessmentScale(List.of()) : s);
            auditLog.record(username, "update", "assessment_scale", String.valueOf(cycleId), cycleId,
                    "Scale: " + String.join(", ", s.steps().stream().map(x -> x.grade().name() + " " + x.nameEn()).toList()));
            return progress.scale(cycleId);
        });
    }

    /** Decides a point's tracking; releasing needs evidence, every decision a reason. */
    public Decision decide(Assignment assignment, DecisionDraft draft, String username) {
        DecisionDraft d = draft.validate(today());
        return transactor.inTransaction(() -> {
            if (d.panelSessionId() != null && !progress.sessionOfSameCycle(d.panelSessionId(), assignment.id())) {
                throw new WorkbenchException(UserMessage.of("followup.decide.otherCyclesSession"));
            }
            if (d.rulingId() != null && (d.panelSessionId() == null || !progress.rulingOfSession(d.rulingId(), d.panelSessionId()))) {
                throw new WorkbenchException(UserMessage.of("followup.decide.rulingOfOtherSession"));
            }
            long id = progress.insertDecision(assignment.id(), d);
            auditLog.record(username, "create", "tracking_decision", String.valueOf(id), null, "Assignment " + assignment.id() + " " + d.kind().code() + ": " + d.reasonZh());
            return new Decision(id, assignment.id(), d.kind(), d.decidedOn(), d.reasonZh(), d.reasonEn(), d.evidence(), d.decidedBy(),
                    d.progressReportId(), d.panelSessionId(), d.rulingId());
        });
    }

    /** The cycle's observations' links to earlier cycles' observations. */
    public List<ObservationLink> links(long cycleId) {
        return assignments.links(cycleId);
    }

    /**
     * Ties an adopted observation to point {@code earlierNumber} of cycle {@code earlierCycle}, which must
     * be an earlier cycle's adopted point; linking again changes the kind.
     */
    public void link(Observation observation, int cycleNumber, Integer earlierCycle, Integer earlierNumber, ObservationLink.Kind kind,
                     String username) {
        if (earlierCycle == null || earlierNumber == null || kind == null) {
            throw new WorkbenchException(UserMessage.of("followup.link.incomplete"));
        }
        if (earlierCycle >= cycleNumber) {
            throw new WorkbenchException(UserMessage.of("followup.link.notEarlier", earlierCycle, cycleNumber));
        }
        transactor.inTransaction(() -> {
            long earlier = assignments.adoptedObservation(earlierCycle, earlierNumber)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("followup.link.noSuchPoint", earlierCycle, earlierNumber)));
            assignments.link(observation.id(), earlier, kind);
            auditLog.record(username, "create", "observation_link", observation.id() + "→" + earlier, observation.cycleId(),
                    "Point " + observation.number() + " " + kind.code() + " cycle " + earlierCycle + " point " + earlierNumber);
            return null;
        });
    }

    public void unlink(ObservationLink link, String username) {
        transactor.inTransaction(() -> {
            if (assignments.unlink(link.observationId(), link.earlierId())) {
                auditLog.record(username, "delete", "observation_link", link.observationId() + "→" + link.earlierId(), null,
                        "Unlinked from cycle " + link.earlierCycle() + " point " + link.earlierNumber());
            }
            return null;
        });
    }

    /** A point's whole follow-up, oldest first: its assignment, the reports, assessments and decisions. */
    public List<HistoryEvent> history(FollowupSnapshot s, Assignment a) {
        List<HistoryEvent> out = new ArrayList<>();
        out.add(new HistoryEvent.Assigned(a));
        for (ProgressReport r : s.reports(a.id())) {
            out.add(new HistoryEvent.Reported(r));
            s.assessments().stream().filter(x -> x.progressReportId() == r.id()).forEach(x -> out.add(new HistoryEvent.Assessed(x, r)));
        }
        s.decisions().stream().filter(d -> d.assignmentId() == a.id()).forEach(d -> out.add(new HistoryEvent.Decided(d)));
        out.sort(Comparator.comparing(HistoryEvent::on, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }
}
