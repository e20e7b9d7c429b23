package org.uncacworkbench.panel;

/** 決議 (resolution, on a discussion item) or 決定 (decision, on a report item). */
public enum RulingKind {
    RESOLUTION, DECISION;

    public String code() {
        return Codes.of(this);
    }
}
