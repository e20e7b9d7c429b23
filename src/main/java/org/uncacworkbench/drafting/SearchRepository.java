package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.CYCLE;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Database;

/** The sections' newest texts, for the search to look through. */
public final class SearchRepository {

    /** A section's newest text in one language, named by its revision (whose text never changes). */
    record Current(long sectionId, int cycleNumber, String key, Integer article, Language language, long revisionId) {
    }

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    /** Every section's newest texts, newest cycle first, in report order, Chinese before English. */
    List<Current> current(Integer cycleNumber) {
        Condition where = cycleNumber == null ? DSL.noCondition() : CYCLE.NUMBER.eq(cycleNumber);
        List<Current> texts = new ArrayList<>();
        database.dsl()
                .select(REPORT_SECTION.ID, CYCLE.NUMBER, REPORT_SECTION.SECTION_KEY, REPORT_SECTION.ARTICLE_NUMBER,
                        REPORT_SECTION.ZH_REVISION_ID, REPORT_SECTION.EN_REVISION_ID)
                .from(REPORT_SECTION)
                .join(CYCLE).on(CYCLE.ID.eq(REPORT_SECTION.CYCLE_ID))
                .where(where)
                .orderBy(CYCLE.NUMBER.desc(), REPORT_SECTION.SORT_ORDER)
                .forEach(r -> {
                    if (r.value5() != null) {
                        texts.add(new Current(r.value1(), r.value2(), r.value3(), r.value4(), Language.ZH_TW, r.value5()));
                    }
                    if (r.value6() != null) {
                        texts.add(new Current(r.value1(), r.value2(), r.value3(), r.value4(), Language.EN, r.value6()));
                    }
                });
        return texts;
    }

    /** The texts of the given revisions, by revision. */
    Map<Long, String> bodies(Collection<Long> revisionIds) {
        return database.dsl()
                .select(SECTION_REVISION.ID, SECTION_REVISION.BODY)
                .from(SECTION_REVISION)
                .where(SECTION_REVISION.ID.in(revisionIds))
                .fetchMap(SECTION_REVISION.ID, SECTION_REVISION.BODY);
    }
}
