package org.uncacworkbench.drafting;

import java.time.OffsetDateTime;

/** A move from one status to another: who, when, and why when a reason was asked for. */
public record StatusChange(SectionStatus from, SectionStatus to, String reason, OffsetDateTime at, String by) {
}
