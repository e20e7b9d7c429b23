package org.uncacworkbench.panel;

public enum SessionStatus {
    PLANNED, HELD, CANCELLED;

    public String code() {
        return Codes.of(this);
    }
}
