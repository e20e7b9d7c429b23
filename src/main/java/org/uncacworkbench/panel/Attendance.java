package org.uncacworkbench.panel;

/** Who came: a member (出席 / 請假), or someone else sitting in (列席), perhaps for an agency. */
public record Attendance(long id, long sessionId, Long memberId, String personName, String agencyCode, AttendanceStatus status,
                         String personNameEn) {
}
