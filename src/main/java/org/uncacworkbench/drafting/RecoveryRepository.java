package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.DRAFT_RECOVERY;

import java.time.OffsetDateTime;
import java.util.List;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** Unsaved editor text kept for crash recovery: one copy per section, language and user. */
public final class RecoveryRepository {

    /** A kept copy, with the cycle and key of its section so the user can tell what it is. */
    public record Copy(long sectionId, long cycleId, String sectionKey, Language language, String body,
                       int baseRevision, OffsetDateTime savedAt) {
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
                .set(DRAFT_RECOVERY.SAVED_AT, OffsetDateTime.now())
                .whenNotMatchedThenInsert(DRAFT_RECOVERY.SECTION_ID, DRAFT_RECOVERY.LANGUAGE, DRAFT_RECOVERY.USERNAME,
                        DRAFT_RECOVERY.BODY, DRAFT_RECOVERY.BASE_REVISION_NO)
                .values(sectionId, language.shortCode(), username, body, baseRevision)
                .execute();
    }

    void discard(long sectionId, Language language, String username) {
        database.dsl().deleteFrom(DRAFT_RECOVERY).where(DRAFT_RECOVERY.SECTION_ID.eq(sectionId))
                .and(DRAFT_RECOVERY.LANGUAGE.eq(language.shortCode())).and(DRAFT_RECOVERY.USERNAME.eq(username)).execute();
    }

    /** In plain SQL: the window's first screen reads it before jOOQ is set up (decision 0014). */
    List<Copy> all(String username) {
        return database.query("""
                SELECT d.section_id, s.cycle_id, s.section_key, d.language, d.body, d.base_revision_no, d.saved_at
                FROM draft_recovery d JOIN report_section s ON s.id = d.section_id
                WHERE d.username = ? ORDER BY d.saved_at""",
                r -> new Copy(r.getLong(1), r.getLong(2), r.getString(3), Language.fromTag(r.getString(4)).orElseThrow(),
                        r.getString(5), r.getInt(6), r.getObject(7, OffsetDateTime.class)), username);
    }
}
