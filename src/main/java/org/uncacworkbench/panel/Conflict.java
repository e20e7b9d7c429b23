package org.uncacworkbench.panel;

/** A declared conflict of interest: on one article, or on everything an agency leads. */
public record Conflict(long id, long memberId, Integer article, String agencyCode, String note) {
}
