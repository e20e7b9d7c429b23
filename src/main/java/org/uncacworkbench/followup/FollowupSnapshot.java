package org.uncacworkbench.followup;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.review.Observation;

/**
 * Everything a cycle's follow-up holds, read at once: the adopted observations, their assignments,
 * every progress report, assessment and decision, and the scale it assesses on. Tables, charts and
 * documents are built from it.
 */
public record FollowupSnapshot(long cycleId, List<Observation> observations, List<Assignment> assignments,
                               List<ReportingRound> rounds, List<ProgressReport> reports, List<Assessment> assessments,
                               List<Decision> decisions, AssessmentScale scale) {

    /** Where a point stands in follow-up. */
    public enum Tracking {
        NOT_ASSIGNED, TRACKING, RELEASED, SELF_MANAGED;

        public String key() {
            return "followup.tracking." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One observation with its assignment and the latest of what was reported, assessed and decided on it. */
    public record Row(Observation observation, Assignment assignment, ProgressReport latest, Grade grade, Decision decision) {

        public Tracking tracking() {
            if (assignment == null) {
                return Tracking.NOT_ASSIGNED;
            }
            if (decision == null || decision.kind() == DecisionKind.CONTINUE) {
                return Tracking.TRACKING;
            }
            return decision.kind() == DecisionKind.RELEASE ? Tracking.RELEASED : Tracking.SELF_MANAGED;
        }
    }

    public List<Row> rows() {
        Map<Long, Assignment> byObservation = new HashMap<>();
        assignments.forEach(a -> byObservation.put(a.observationId(), a));
        return observations.stream().map(o -> {
            Assignment a = byObservation.get(o.id());
            if (a == null) {
                return new Row(o, null, null, null, null);
            }
            ProgressReport latest = latestReport(a).orElse(null);
            return new Row(o, a, latest, latest == null ? null : grade(latest.id()).orElse(null), latestDecision(a.id()).orElse(null));
        }).toList();
    }

    /** The lead agency's latest report on the point, else any agency's latest. */
    public Optional<ProgressReport> latestReport(Assignment a) {
        List<ProgressReport> on = reports(a.id());
        return on.stream().filter(r -> r.agency().code().equals(a.lead().code())).max(REPORT_ORDER)
                .or(() -> on.stream().max(REPORT_ORDER));
    }

    private static final Comparator<ProgressReport> REPORT_ORDER = Comparator.comparing(ProgressReport::reportedOn)
            .thenComparing(ProgressReport::id);

    public List<ProgressReport> reports(long assignmentId) {
        return reports.stream().filter(r -> r.assignmentId() == assignmentId).toList();
    }

    /** The report's latest assessment. */
    public Optional<Grade> grade(long reportId) {
        return assessments.stream().filter(x -> x.progressReportId() == reportId).reduce((x, y) -> y).map(Assessment::grade);
    }

    public Optional<Decision> latestDecision(long assignmentId) {
        return decisions.stream().filter(d -> d.assignmentId() == assignmentId).reduce((x, y) -> y);
    }

    /** Whether the secretariat still asks agencies to report on it (no decision yet, or keep tracking). */
    public boolean tracked(Assignment a) {
        return latestDecision(a.id()).map(d -> d.kind() == DecisionKind.CONTINUE).orElse(true);
    }
}
