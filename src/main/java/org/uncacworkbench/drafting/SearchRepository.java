package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.CYCLE;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** Finds sections whose newest text, in either language, contains a phrase. */
public final class SearchRepository {

    /** A candidate row: the section and the whole text to cut a passage from. */
    record Candidate(long sectionId, int cycleNumber, String key, Integer article, Language language, String body) {
    }

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    List<Candidate> containing(String phrase, Integer cycleNumber) {
        String pattern = "%" + phrase.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Condition where = DSL.lower(SECTION_REVISION.BODY).like(pattern, '\\');
        if (cycleNumber != null) {
            where = where.and(CYCLE.NUMBER.eq(cycleNumber));
        }
        return database.dsl()
                .select(REPORT_SECTION.ID, CYCLE.NUMBER, REPORT_SECTION.SECTION_KEY, REPORT_SECTION.ARTICLE_NUMBER,
                        SECTION_REVISION.LANGUAGE, SECTION_REVISION.BODY)
                .from(REPORT_SECTION)
                .join(CYCLE).on(CYCLE.ID.eq(REPORT_SECTION.CYCLE_ID))
                .join(SECTION_REVISION).on(SECTION_REVISION.ID.in(REPORT_SECTION.ZH_REVISION_ID, REPORT_SECTION.EN_REVISION_ID))
                .where(where)
                .orderBy(CYCLE.NUMBER.desc(), REPORT_SECTION.SORT_ORDER, SECTION_REVISION.LANGUAGE.desc())
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4(),
                        Language.fromTag(r.value5()).orElseThrow(), r.value6()));
    }
}
