package org.uncacworkbench.i18n;

/** A failure a user can understand and act on; its text comes from the bundles. */
public class WorkbenchException extends RuntimeException {

    private final transient UserMessage userMessage;

    public WorkbenchException(UserMessage userMessage) {
        this(userMessage, null);
    }

    public WorkbenchException(UserMessage userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
