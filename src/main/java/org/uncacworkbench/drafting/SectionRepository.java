package org.uncacworkbench.drafting;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.APP_USER;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_STATUS_CHANGE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** In plain SQL: the window's first screen reads it before jOOQ is set up (decision 0014). */
    Map<SectionStatus, Integer> countsByStatus(long cycleId) {
        Map<SectionStatus, Integer> counts = new EnumMap<>(SectionStatus.class);
        for (SectionStatus s : SectionStatus.values()) {
            counts.put(s, 0);
        }
        database.query("SELECT status, COUNT(*) FROM report_section WHERE cycle_id = ? GROUP BY status",
                        r -> Map.entry(status(r.getString(1)), r.getInt(2)), cycleId)
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    Optional<Section> section(long id) {
        return database.dsl()
                .select(REPORT_SECTION.fields()).select(AGENCY.CODE, AGENCY.NAME_ZH, AGENCY.NAME_EN, APP_USER.DISPLAY_NAME)
                .from(REPORT_SECTION)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(REPORT_SECTION.LEAD_AGENCY_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(REPORT_SECTION.UPDATED_BY))
                .where(REPORT_SECTION.ID.eq(id))
                .fetchOptional(r -> new Section(r.get(REPORT_SECTION.ID), r.get(REPORT_SECTION.CYCLE_ID), r.get(REPORT_SECTION.SECTION_KEY),
                        r.get(REPORT_SECTION.ARTICLE_NUMBER), Applicability.fromCode(r.get(REPORT_SECTION.APPLICABILITY)).orElseThrow(),
                        status(r.get(REPORT_SECTION.STATUS)),
                        Optional.ofNullable(r.get(AGENCY.CODE)).map(c -> new AgencyRef(c, r.get(AGENCY.NAME_ZH), r.get(AGENCY.NAME_EN))),
                        r.get(REPORT_SECTION.VERSION), r.get(REPORT_SECTION.UPDATED_AT), r.get(APP_USER.DISPLAY_NAME)));
    }

    Optional<Long> idOf(long cycleId, String key) {
        return database.dsl().select(REPORT_SECTION.ID).from(REPORT_SECTION)
                .where(REPORT_SECTION.CYCLE_ID.eq(cycleId)).and(REPORT_SECTION.SECTION_KEY.eq(key))
                .fetchOptional(REPORT_SECTION.ID);
    }

    /** Moves the section to {@code to} if it is still at {@code version}; false when someone changed it meanwhile. */
    boolean changeStatus(long sectionId, int version, SectionStatus from, SectionStatus to, String reason, Long userId) {
        int updated = database.dsl().update(REPORT_SECTION)
                .set(REPORT_SECTION.STATUS, to.code()).set(REPORT_SECTION.VERSION, version + 1)
                .set(REPORT_SECTION.UPDATED_BY, userId).set(REPORT_SECTION.UPDATED_AT, java.time.OffsetDateTime.now())
                .where(REPORT_SECTION.ID.eq(sectionId)).and(REPORT_SECTION.VERSION.eq(version)).execute();
        if (updated == 0) {
            return false;
        }
        database.dsl().insertInto(SECTION_STATUS_CHANGE).set(SECTION_STATUS_CHANGE.SECTION_ID, sectionId)
                .set(SECTION_STATUS_CHANGE.FROM_STATUS, from.code()).set(SECTION_STATUS_CHANGE.TO_STATUS, to.code())
                .set(SECTION_STATUS_CHANGE.REASON, reason).set(SECTION_STATUS_CHANGE.CHANGED_BY, userId).execute();
        return true;
    }

    /** Oldest first. */
    List<StatusChange> statusHistory(long sectionId) {
        return database.dsl().select(SECTION_STATUS_CHANGE.fields()).select(APP_USER.DISPLAY_NAME)
                .from(SECTION_STATUS_CHANGE).leftJoin(APP_USER).on(APP_USER.ID.eq(SECTION_STATUS_CHANGE.CHANGED_BY))
                .where(SECTION_STATUS_CHANGE.SECTION_ID.eq(sectionId))
                .orderBy(SECTION_STATUS_CHANGE.CHANGED_AT, SECTION_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.get(SECTION_STATUS_CHANGE.FROM_STATUS) == null ? null : status(r.get(SECTION_STATUS_CHANGE.FROM_STATUS)),
                        status(r.get(SECTION_STATUS_CHANGE.TO_STATUS)), r.get(SECTION_STATUS_CHANGE.REASON),
                        r.get(SECTION_STATUS_CHANGE.CHANGED_AT), r.get(APP_USER.DISPLAY_NAME)));
    }

    private static SectionStatus status(String code) {
        return SectionStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown section status: " + code));
    }

    /**
     * Gives a new cycle the report's sections: the introduction, the methodology, one per article and
     * the answer to the previous cycle, all not started; applicability, grouping and lead agency taken
     * from the cycle {@code like} where it has the section, as the last report decided them.
     */
    int createSections(long cycleId, Long like) {
        java.util.Map<String, org.jooq.Record> previous = new java.util.HashMap<>();
        if (like != null) {
            for (org.jooq.Record r : database.dsl().select(REPORT_SECTION.SECTION_KEY, REPORT_SECTION.APPLICABILITY,
                    REPORT_SECTION.GROUPED_WITH_ARTICLE, REPORT_SECTION.LEAD_AGENCY_ID).from(REPORT_SECTION)
                    .where(REPORT_SECTION.CYCLE_ID.eq(like)).fetch()) {
                previous.put(r.get(REPORT_SECTION.SECTION_KEY), r);
            }
        }
        List<String> keys = new java.util.ArrayList<>(List.of(SectionKey.INTRODUCTION, SectionKey.METHODOLOGY));
        for (int a = 1; a <= 71; a++) {
            keys.add(SectionKey.forArticle(a));
        }
        keys.add(SectionKey.PREVIOUS_OBSERVATIONS);
        for (String key : keys) {
            SectionKey parsed = SectionKey.parse(key).orElseThrow();
            org.jooq.Record before = previous.get(key);
            database.dsl().insertInto(REPORT_SECTION).set(REPORT_SECTION.CYCLE_ID, cycleId).set(REPORT_SECTION.SECTION_KEY, key)
                    .set(REPORT_SECTION.KIND, parsed.kind()).set(REPORT_SECTION.ARTICLE_NUMBER, parsed.articleNumber())
                    .set(REPORT_SECTION.SORT_ORDER, parsed.sortOrder())
                    .set(REPORT_SECTION.APPLICABILITY, before == null ? "applicable" : before.get(REPORT_SECTION.APPLICABILITY))
                    .set(REPORT_SECTION.GROUPED_WITH_ARTICLE, before == null ? null : before.get(REPORT_SECTION.GROUPED_WITH_ARTICLE))
                    .set(REPORT_SECTION.LEAD_AGENCY_ID, before == null ? null : before.get(REPORT_SECTION.LEAD_AGENCY_ID))
                    .execute();
        }
        return keys.size();
    }
}
