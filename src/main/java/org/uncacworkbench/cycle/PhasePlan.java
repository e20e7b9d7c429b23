package org.uncacworkbench.cycle;

import java.time.LocalDate;

/** A phase's planned dates and, once it started or ended, its actual ones. */
public record PhasePlan(Phase phase, LocalDate plannedStart, LocalDate plannedEnd,
                        LocalDate actualStart, LocalDate actualEnd) {

    /** The dates to draw: actual where known, planned otherwise. */
    public LocalDate start() {
        return actualStart != null ? actualStart : plannedStart;
    }

    public LocalDate end() {
        return actualEnd != null ? actualEnd : plannedEnd;
    }
}
