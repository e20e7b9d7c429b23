package org.uncacworkbench.panel;

/**
 * Article reviews are chaired by members in rotation; the report-format sessions and the final
 * drafting meeting (定稿會議) by a government representative, who keeps the final word.
 */
public enum SessionKind {
    ARTICLE_REVIEW, REPORT_FORMAT, FINAL_DRAFTING;

    public String code() {
        return Codes.of(this);
    }

    public boolean memberChairs() {
        return this == ARTICLE_REVIEW;
    }
}
