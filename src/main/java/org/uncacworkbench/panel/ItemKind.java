package org.uncacworkbench.panel;

/** 報告事項 (the chair's 決定), 討論事項 (決議), 臨時動議. */
public enum ItemKind {
    REPORT, DISCUSSION, EXTEMPORE;

    public String code() {
        return Codes.of(this);
    }

    /** A report item gets a decision (決定); the others a resolution (決議). */
    public RulingKind rulingKind() {
        return this == REPORT ? RulingKind.DECISION : RulingKind.RESOLUTION;
    }
}
