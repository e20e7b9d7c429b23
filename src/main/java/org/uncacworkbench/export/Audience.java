package org.uncacworkbench.export;

/**
 * Who a document is for. The engine is always told, so that content only some readers may see
 * (closed-session drafts, internal notes) can be left out for the others.
 */
public enum Audience {
    PUBLIC, PANEL, REVIEWERS, SECRETARIAT
}
