package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;
import static org.uncacworkbench.storage.jooq.Tables.TRANSLATION_SYNC;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.uncacworkbench.storage.Database;

/** Records which Chinese revision the English was last brought in line with. */
public final class TranslationRepository {

    /** The last sync of a section: the Chinese revision's id, number and text, and when. */
    record LastSync(long zhRevisionId, int zhRevisionNo, String zhBody, OffsetDateTime at) {
    }

    /** Where a section's two languages and its last sync point, for telling at once whether its English is behind. */
    record Pointers(String sectionKey, Long zhRevisionId, Long enRevisionId, Long syncedZhRevisionId) {
    }

    private final Database database;

    public TranslationRepository(Database database) {
        this.database = database;
    }

    Optional<LastSync> last(long sectionId) {
        return database.dsl().select(TRANSLATION_SYNC.ZH_REVISION_ID, SECTION_REVISION.REVISION_NO, SECTION_REVISION.BODY,
                        TRANSLATION_SYNC.SYNCED_AT)
                .from(TRANSLATION_SYNC).join(SECTION_REVISION).on(SECTION_REVISION.ID.eq(TRANSLATION_SYNC.ZH_REVISION_ID))
                .where(TRANSLATION_SYNC.SECTION_ID.eq(sectionId))
                .orderBy(TRANSLATION_SYNC.SYNCED_AT.desc(), TRANSLATION_SYNC.ID.desc()).limit(1)
                .fetchOptional(r -> new LastSync(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every applicable section of a cycle with its current revisions and the Chinese revision last synced, in one query. */
    java.util.List<Pointers> pointers(long cycleId) {
        var sync = TRANSLATION_SYNC.as("last_sync");
        var lastSynced = org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(sync.ZH_REVISION_ID).from(sync)
                .where(sync.SECTION_ID.eq(REPORT_SECTION.ID))
                .orderBy(sync.SYNCED_AT.desc(), sync.ID.desc()).limit(1));
        return database.dsl().select(REPORT_SECTION.SECTION_KEY, REPORT_SECTION.ZH_REVISION_ID, REPORT_SECTION.EN_REVISION_ID, lastSynced)
                .from(REPORT_SECTION)
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId)).and(REPORT_SECTION.APPLICABILITY.eq(Applicability.APPLICABLE.code()))
                .orderBy(REPORT_SECTION.SORT_ORDER)
                .fetch(r -> new Pointers(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void record(long sectionId, long zhRevisionId, long enRevisionId, Long userId) {
        database.dsl().insertInto(TRANSLATION_SYNC).set(TRANSLATION_SYNC.SECTION_ID, sectionId)
                .set(TRANSLATION_SYNC.ZH_REVISION_ID, zhRevisionId).set(TRANSLATION_SYNC.EN_REVISION_ID, enRevisionId)
                .set(TRANSLATION_SYNC.SYNCED_BY, userId).execute();
    }
}
