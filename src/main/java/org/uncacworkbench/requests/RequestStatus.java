package org.uncacworkbench.requests;

/** Where an agency's part of a data request stands. Overdue is "sent" past its deadline. */
public enum RequestStatus {
    SENT, ANSWERED, OVERDUE, MERGED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "requestStatus." + code();
    }
}
