package org.uncacworkbench.panel;

/** 出席 (present), 列席 (in attendance, not a member), 請假 (apologies). */
public enum AttendanceStatus {
    PRESENT, IN_ATTENDANCE, APOLOGIES;

    public String code() {
        return Codes.of(this);
    }
}
