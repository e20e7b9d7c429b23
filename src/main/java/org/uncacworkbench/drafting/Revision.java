package org.uncacworkbench.drafting;

import java.time.OffsetDateTime;
import org.uncacworkbench.i18n.Language;

/** One saved state of a section's text in one language. Revisions are never changed or deleted. */
public record Revision(long id, long sectionId, Language language, int number, String body, String source,
                       OffsetDateTime createdAt, String author, String note, Long restoredFromId) {

    /** Where a revision came from; also its bundle key suffix. */
    public static final String EDIT = "edit";
    public static final String RESTORE = "restore";
    public static final String IMPORT = "import";
    public static final String MERGE = "merge";
    public static final String SAMPLE = "sample";
}
