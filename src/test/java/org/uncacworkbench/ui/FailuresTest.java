package org.uncacworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A refusal is a warning titled for the action; only the unexpected is an error. */
class FailuresTest {

    @Test
    void aRefusalIsAWarningTitledForTheActionAndTheUnexpectedAnError() {
        RecordingDialogs dialogs = new RecordingDialogs();
        Messages zh = Messages.of(Language.ZH_TW);
        Failures.show(dialogs, zh, new java.util.concurrent.CompletionException(new WorkbenchException(UserMessage.of("minutes.empty"))),
                "無法送出徵詢");
        assertThat(dialogs.warnings).singleElement().asString().startsWith("無法送出徵詢: ");
        assertThat(dialogs.errors).isEmpty();

        Failures.show(dialogs, zh, new IllegalStateException("boom"), "無法送出徵詢");
        assertThat(dialogs.errors).singleElement().asString().startsWith("發生未預期的錯誤: ");
        assertThat(dialogs.warnings).hasSize(1);
    }
}
