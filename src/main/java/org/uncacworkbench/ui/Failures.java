package org.uncacworkbench.ui;

import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * How a failed action is told: a refusal the user can act on (a field to correct, a rule the record
 * keeps) as a warning titled for the action ("無法送出徵詢" / "Request not sent"); anything the
 * program did not expect as an error.
 */
public final class Failures {

    private Failures() {
    }

    public static void show(DialogService dialogs, Messages messages, Throwable failure, String actionTitle) {
        if (refusal(failure)) {
            dialogs.showWarning(actionTitle, messages.describe(failure));
        } else {
            dialogs.showError(messages.get("error.title"), messages.describe(failure));
        }
    }

    /**
     * A refusal the user can act on said beside the form ({@code beside} takes the sentence); anything
     * the program did not expect as an error dialog.
     */
    public static void showBeside(java.util.function.Consumer<String> beside, DialogService dialogs, Messages messages, Throwable failure) {
        if (refusal(failure)) {
            beside.accept(messages.describe(failure));
        } else {
            dialogs.showError(messages.get("error.title"), messages.describe(failure));
        }
    }

    /** Whether the failure is the program refusing something, with a sentence for the user. */
    static boolean refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException) {
                return true;
            }
        }
        return false;
    }
}
