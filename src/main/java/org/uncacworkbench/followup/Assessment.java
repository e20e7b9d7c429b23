package org.uncacworkbench.followup;

import java.time.LocalDate;

/** The secretariat's (or the panel's, at a session) assessment of a progress report on the A–E scale. */
public record Assessment(long id, long progressReportId, Grade grade, String note, LocalDate assessedOn, String assessedBy,
                         Long panelSessionId) {
}
