package org.uncacworkbench.drafting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Whether the English edition matches the Chinese: it is stale once the Chinese changed after the
 * English was last marked in sync; {@code changedParagraphs} are the current Chinese paragraphs
 * (1-based) that are new or different since then.
 */
public record TranslationState(Status status, List<Integer> changedParagraphs, int removedParagraphs,
                               Integer syncedZhRevision, OffsetDateTime syncedAt) {

    public enum Status { UP_TO_DATE, STALE, NEVER_SYNCED, NO_ENGLISH, NO_CHINESE }

    public TranslationState {
        changedParagraphs = List.copyOf(changedParagraphs);
    }

    public boolean isBehind() {
        return status == Status.STALE || status == Status.NEVER_SYNCED || status == Status.NO_ENGLISH;
    }

    public String messageKey() {
        return "translation." + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
