package org.uncacworkbench.panel;

import static org.uncacworkbench.storage.jooq.Tables.PANEL_SUGGESTION;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.REVIEW_PACK_IMPORT;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** Reads and writes imported review packs and the suggestions they carried. */
public final class ReviewPackRepository {

    private final Database database;

    public ReviewPackRepository(Database database) {
        this.database = database;
    }

    /** When the same file was imported into the cycle before, and by whom it was returned. */
    Optional<OffsetDateTime> importedAt(long cycleId, String sha256) {
        return database.dsl().select(REVIEW_PACK_IMPORT.IMPORTED_AT).from(REVIEW_PACK_IMPORT)
                .where(REVIEW_PACK_IMPORT.CYCLE_ID.eq(cycleId)).and(REVIEW_PACK_IMPORT.SHA256.eq(sha256))
                .fetchOptional(REVIEW_PACK_IMPORT.IMPORTED_AT);
    }

    long insertImport(long cycleId, long memberId, Long sessionId, String fileName, String sha256, Long userId) {
        return database.dsl().insertInto(REVIEW_PACK_IMPORT).set(REVIEW_PACK_IMPORT.CYCLE_ID, cycleId)
                .set(REVIEW_PACK_IMPORT.MEMBER_ID, memberId).set(REVIEW_PACK_IMPORT.SESSION_ID, sessionId)
                .set(REVIEW_PACK_IMPORT.FILE_NAME, fileName).set(REVIEW_PACK_IMPORT.SHA256, sha256)
                .set(REVIEW_PACK_IMPORT.IMPORTED_BY, userId).returning(REVIEW_PACK_IMPORT.ID).fetchOne().getId();
    }

    /** Whether the member already gave this comment on this paragraph through a pack (a re-saved copy of a file). */
    boolean commentExists(long cycleId, long memberId, int article, String paragraph, String body) {
        var c = org.uncacworkbench.storage.jooq.Tables.PANEL_COMMENT;
        return database.dsl().fetchExists(c, c.CYCLE_ID.eq(cycleId).and(c.MEMBER_ID.eq(memberId)).and(c.ARTICLE_NUMBER.eq(article))
                .and(c.PARAGRAPH_REF.eq(paragraph)).and(c.BODY.eq(body)).and(c.SOURCE.eq("review_pack")));
    }

    boolean suggestionExists(long memberId, long sectionId, Language language, int paragraph, String before, String after) {
        return database.dsl().fetchExists(PANEL_SUGGESTION, PANEL_SUGGESTION.MEMBER_ID.eq(memberId).and(PANEL_SUGGESTION.SECTION_ID.eq(sectionId))
                .and(PANEL_SUGGESTION.LANGUAGE.eq(language.shortCode())).and(PANEL_SUGGESTION.PARAGRAPH_NO.eq(paragraph))
                .and(PANEL_SUGGESTION.BEFORE_TEXT.eq(before)).and(PANEL_SUGGESTION.AFTER_TEXT.eq(after)));
    }

    void insertSuggestion(long importId, long memberId, long sectionId, Language language, int paragraph, int baseRevision,
                          String before, String after) {
        database.dsl().insertInto(PANEL_SUGGESTION).set(PANEL_SUGGESTION.IMPORT_ID, importId).set(PANEL_SUGGESTION.MEMBER_ID, memberId)
                .set(PANEL_SUGGESTION.SECTION_ID, sectionId).set(PANEL_SUGGESTION.LANGUAGE, language.shortCode())
                .set(PANEL_SUGGESTION.PARAGRAPH_NO, paragraph).set(PANEL_SUGGESTION.BASE_REVISION_NO, baseRevision)
                .set(PANEL_SUGGESTION.BEFORE_TEXT, before).set(PANEL_SUGGESTION.AFTER_TEXT, after).execute();
    }

    List<Suggestion> suggestions(long cycleId) {
        return suggestions(REPORT_SECTION.CYCLE_ID.eq(cycleId));
    }

    Optional<Suggestion> suggestion(long id) {
        return suggestions(PANEL_SUGGESTION.ID.eq(id)).stream().findFirst();
    }

    Optional<Long> sectionOf(long suggestionId) {
        return database.dsl().select(PANEL_SUGGESTION.SECTION_ID).from(PANEL_SUGGESTION).where(PANEL_SUGGESTION.ID.eq(suggestionId))
                .fetchOptional(PANEL_SUGGESTION.SECTION_ID);
    }

    private List<Suggestion> suggestions(Condition where) {
        return database.dsl().select(PANEL_SUGGESTION.ID, PANEL_SUGGESTION.MEMBER_ID, REPORT_SECTION.SECTION_KEY, REPORT_SECTION.ARTICLE_NUMBER,
                        PANEL_SUGGESTION.LANGUAGE, PANEL_SUGGESTION.PARAGRAPH_NO, PANEL_SUGGESTION.BASE_REVISION_NO, PANEL_SUGGESTION.BEFORE_TEXT,
                        PANEL_SUGGESTION.AFTER_TEXT, PANEL_SUGGESTION.STATUS, SECTION_REVISION.REVISION_NO, REVIEW_PACK_IMPORT.FILE_NAME)
                .from(PANEL_SUGGESTION).join(REPORT_SECTION).on(REPORT_SECTION.ID.eq(PANEL_SUGGESTION.SECTION_ID))
                .join(REVIEW_PACK_IMPORT).on(REVIEW_PACK_IMPORT.ID.eq(PANEL_SUGGESTION.IMPORT_ID))
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PANEL_SUGGESTION.REVISION_ID))
                .where(where).orderBy(REPORT_SECTION.SORT_ORDER, PANEL_SUGGESTION.PARAGRAPH_NO, PANEL_SUGGESTION.ID)
                .fetch(r -> new Suggestion(r.value1(), r.value2(), r.value3(), r.value4(), Language.fromTag(r.value5()).orElseThrow(),
                        r.value6(), r.value7(), r.value8(), r.value9(), Codes.parse(Suggestion.Status.class, r.value10()), r.value11(), r.value12()));
    }

    void decide(long suggestionId, Suggestion.Status status, Long revisionId, Long userId) {
        database.dsl().update(PANEL_SUGGESTION).set(PANEL_SUGGESTION.STATUS, status.code()).set(PANEL_SUGGESTION.REVISION_ID, revisionId)
                .set(PANEL_SUGGESTION.DECIDED_BY, userId).set(PANEL_SUGGESTION.DECIDED_AT, OffsetDateTime.now())
                .where(PANEL_SUGGESTION.ID.eq(suggestionId)).execute();
    }
}
