package org.uncacworkbench.shell.ui;

/** The modules the navigation offers; later modules are added here as they are built. */
public enum Page {
    DASHBOARD("nav.dashboard"),
    CONVENTION("nav.convention"),
    DRAFTING("nav.drafting"),
    REQUESTS("nav.requests"),
    PANEL("nav.panel"),
    REVIEW("nav.review"),
    FOLLOWUP("nav.followup"),
    SEARCH("nav.search"),
    EXPORT("nav.export"),
    SETTINGS("nav.settings");

    private final String messageKey;

    Page(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
