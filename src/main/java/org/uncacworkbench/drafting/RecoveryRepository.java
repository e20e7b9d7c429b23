package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.DRAFT_RECOVERY;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;

import java.util.List;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** Unsaved editor text kept for crash recovery: one copy per section, language and user. */
public final class RecoveryRepository {

    /** A kept copy, with the cycle and key of its section so the user can tell what it is. */
    public record Copy(long sectionId, long cycleId, String sectionKey, Language language, String body,
                       int baseRevision, java.time.OffsetDateTime savedAt) {
    }

    private final Database database;

    public RecoveryRepository(Database database) {
        this.database = database;
    }

    void keep(long sectionId, Language language, String username, String body, int baseRevision) {
        database.dsl().mergeInto(DRAFT_RECOVERY)
                .using(database.dsl().selectOne())
                .on(DRAFT_RECOVERY.SECTION_ID.eq(sectionId).and(DRAFT_RECOVERY.LANGUAGE.eq(language.shortCode()))
                        .and(DRAFT_RECOVERY.USERNAME.eq(username)))
                .whenMatchedThenUpdate().set(DRAFT_RECOVERY.BODY, body).set(DRAFT_RECOVERY.BASE_REVISION_NO, baseRevision)
                .set(DRAFT_RECOVERY.SAVED_AT, java.time.OffsetDateTime.now())
                .whenNotMatchedThenInsert(DRAFT_RECOVERY.SECTION_ID, DRAFT_RECOVERY.LANGUAGE, DRAFT_RECOVERY.USERNAME,
                        DRAFT_RECOVERY.BODY, DRAFT_RECOVERY.BASE_REVISION_NO)
                .values(sectionId, language.shortCode(), username, body, baseRevision)
                .execute();
    }

    void discard(long sectionId, Language language, String username) {
        database.dsl().deleteFrom(DRAFT_RECOVERY).where(DRAFT_RECOVERY.SECTION_ID.eq(sectionId))
                .and(DRAFT_RECOVERY.LANGUAGE.eq(language.shortCode())).and(DRAFT_RECOVERY.USERNAME.eq(username)).execute();
    }

    List<Copy> all(String username) {
        return database.dsl().select(DRAFT_RECOVERY.SECTION_ID, REPORT_SECTION.CYCLE_ID, REPORT_SECTION.SECTION_KEY,
                        DRAFT_RECOVERY.LANGUAGE, DRAFT_RECOVERY.BODY, DRAFT_RECOVERY.BASE_REVISION_NO, DRAFT_RECOVERY.SAVED_AT)
                .from(DRAFT_RECOVERY).join(REPORT_SECTION).on(REPORT_SECTION.ID.eq(DRAFT_RECOVERY.SECTION_ID))
                .where(DRAFT_RECOVERY.USERNAME.eq(username))
                .orderBy(DRAFT_RECOVERY.SAVED_AT)
                .fetch(r -> new Copy(r.value1(), r.value2(), r.value3(), Language.fromTag(r.value4()).orElseThrow(),
                        r.value5(), r.value6(), r.value7()));
    }
}
