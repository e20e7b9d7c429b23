package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.APP_USER;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** Reads and appends section revisions; keeps each section's pointer to its newest revision per language. */
public final class RevisionRepository {

    private final Database database;

    public RevisionRepository(Database database) {
        this.database = database;
    }

    /** The newest revision of a section in a language, through the section's pointer. */
    Optional<Revision> current(long sectionId, Language language) {
        var pointer = pointer(language);
        return select().where(SECTION_REVISION.ID.eq(
                database.dsl().select(pointer).from(REPORT_SECTION).where(REPORT_SECTION.ID.eq(sectionId))))
                .fetchOptional(RevisionRepository::toRevision);
    }

    /** The newest revision in a language of every section of a cycle that has one, by section key: one query. */
    java.util.Map<String, Revision> currentOfCycle(long cycleId, Language language) {
        var pointer = pointer(language);
        java.util.Map<String, Revision> texts = new java.util.HashMap<>();
        database.dsl().select(SECTION_REVISION.fields()).select(APP_USER.DISPLAY_NAME, REPORT_SECTION.SECTION_KEY)
                .from(REPORT_SECTION).join(SECTION_REVISION).on(SECTION_REVISION.ID.eq(pointer))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.CREATED_BY))
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId))
                .forEach(r -> texts.put(r.get(REPORT_SECTION.SECTION_KEY), toRevision(r)));
        return texts;
    }

    Optional<Revision> byId(long id) {
        return select().where(SECTION_REVISION.ID.eq(id)).fetchOptional(RevisionRepository::toRevision);
    }

    /** Newest first; bodies included, since comparing and restoring need them. */
    List<Revision> history(long sectionId, Language language) {
        return select().where(SECTION_REVISION.SECTION_ID.eq(sectionId)).and(SECTION_REVISION.LANGUAGE.eq(language.shortCode()))
                .orderBy(SECTION_REVISION.REVISION_NO.desc()).fetch(RevisionRepository::toRevision);
    }

    /**
     * Appends revision {@code number} and points the section at it. Returns empty when that number
     * is already taken: someone else saved first.
     */
    Optional<Long> append(long sectionId, Language language, int number, String body, String source,
                          Long userId, String note, Long restoredFrom) {
        try {
            long id = database.dsl().insertInto(SECTION_REVISION)
                    .set(SECTION_REVISION.SECTION_ID, sectionId).set(SECTION_REVISION.LANGUAGE, language.shortCode())
                    .set(SECTION_REVISION.REVISION_NO, number).set(SECTION_REVISION.BODY, body)
                    .set(SECTION_REVISION.SOURCE, source).set(SECTION_REVISION.CREATED_BY, userId)
                    .set(SECTION_REVISION.NOTE, note).set(SECTION_REVISION.RESTORED_FROM_ID, restoredFrom)
                    .returning(SECTION_REVISION.ID).fetchOne().getId();
            var pointer = pointer(language);
            database.dsl().update(REPORT_SECTION).set(pointer, id).set(REPORT_SECTION.UPDATED_BY, userId)
                    .set(REPORT_SECTION.UPDATED_AT, java.time.OffsetDateTime.now())
                    .where(REPORT_SECTION.ID.eq(sectionId)).execute();
            return Optional.of(id);
        } catch (IntegrityConstraintViolationException e) {
            return Optional.empty();
        }
    }

    /** The section's column that points at its newest revision in {@code language}. */
    private static org.jooq.TableField<?, Long> pointer(Language language) {
        return language.isChinese() ? REPORT_SECTION.ZH_REVISION_ID : REPORT_SECTION.EN_REVISION_ID;
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return database.dsl().select(SECTION_REVISION.fields()).select(APP_USER.DISPLAY_NAME)
                .from(SECTION_REVISION).leftJoin(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.CREATED_BY));
    }

    private static Revision toRevision(Record r) {
        return new Revision(r.get(SECTION_REVISION.ID), r.get(SECTION_REVISION.SECTION_ID),
                Language.fromTag(r.get(SECTION_REVISION.LANGUAGE)).orElseThrow(), r.get(SECTION_REVISION.REVISION_NO),
                r.get(SECTION_REVISION.BODY), r.get(SECTION_REVISION.SOURCE), r.get(SECTION_REVISION.CREATED_AT),
                r.get(APP_USER.DISPLAY_NAME), r.get(SECTION_REVISION.NOTE), r.get(SECTION_REVISION.RESTORED_FROM_ID));
    }
}
