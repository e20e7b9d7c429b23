package org.uncacworkbench.followup;

import java.time.LocalDate;

/** One step in a point's follow-up history. */
public sealed interface HistoryEvent {

    LocalDate on();

    record Assigned(Assignment assignment) implements HistoryEvent {
        public LocalDate on() {
            return assignment.assignedOn();
        }
    }

    record Reported(ProgressReport report) implements HistoryEvent {
        public LocalDate on() {
            return report.reportedOn();
        }
    }

    record Assessed(Assessment assessment, ProgressReport report) implements HistoryEvent {
        public LocalDate on() {
            return assessment.assessedOn();
        }
    }

    record Decided(Decision decision) implements HistoryEvent {
        public LocalDate on() {
            return decision.decidedOn();
        }
    }
}
