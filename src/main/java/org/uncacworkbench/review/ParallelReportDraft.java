package org.uncacworkbench.review;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A parallel report as typed: the organisation in Chinese (optional) and English, the title, the day it was received. */
public record ParallelReportDraft(String organisationZh, String organisationEn, String title, LocalDate receivedOn) {

    /** Trimmed and checked; throws with the first problem found. */
    public ParallelReportDraft validate(LocalDate today) {
        String zh = organisationZh == null || organisationZh.isBlank() ? null : organisationZh.strip();
        String en = organisationEn == null ? "" : organisationEn.strip();
        String t = title == null ? "" : title.strip();
        if (en.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.parallel.organisationMissing"));
        }
        if (Scripts.hasCjk(en)) {
            throw new WorkbenchException(UserMessage.of("review.parallel.organisationNotEnglish"));
        }
        if (t.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.parallel.titleMissing"));
        }
        if (en.length() > 300 || (zh != null && zh.length() > 300) || t.length() > 500) {
            throw new WorkbenchException(UserMessage.of("review.parallel.tooLong"));
        }
        if (receivedOn == null) {
            throw new WorkbenchException(UserMessage.of("review.parallel.receivedMissing"));
        }
        if (receivedOn.isAfter(today)) {
            throw new WorkbenchException(UserMessage.of("review.parallel.receivedInFuture"));
        }
        return new ParallelReportDraft(zh, en, t, receivedOn);
    }
}
