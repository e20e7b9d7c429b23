package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.storage.Database;

/** Reads report sections. */
public final class SectionRepository {

    private final Database database;

    public SectionRepository(Database database) {
        this.database = database;
    }

    List<SectionSummary> summaries(long cycleId) {
        return database.dsl()
                .select(REPORT_SECTION.SECTION_KEY, REPORT_SECTION.ARTICLE_NUMBER, REPORT_SECTION.STATUS,
                        REPORT_SECTION.APPLICABILITY, AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN)
                .from(REPORT_SECTION).leftJoin(AGENCY).on(AGENCY.ID.eq(REPORT_SECTION.LEAD_AGENCY_ID))
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId))
                .orderBy(REPORT_SECTION.SORT_ORDER)
                .fetch(r -> new SectionSummary(r.value1(), r.value2(), status(r.value3()),
                        Applicability.fromCode(r.value4()).orElseThrow(),
                        Optional.ofNullable(r.value5()).map(code -> new AgencyRef(code, r.value6(), r.value7()))));
    }

    Map<SectionStatus, Integer> countsByStatus(long cycleId) {
        Map<SectionStatus, Integer> counts = new EnumMap<>(SectionStatus.class);
        for (SectionStatus s : SectionStatus.values()) {
            counts.put(s, 0);
        }
        database.dsl().select(REPORT_SECTION.STATUS, DSL.count())
                .from(REPORT_SECTION)
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId))
                .groupBy(REPORT_SECTION.STATUS)
                .forEach(r -> counts.put(status(r.value1()), r.value2()));
        return counts;
    }

    private static SectionStatus status(String code) {
        return SectionStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown section status: " + code));
    }
}
