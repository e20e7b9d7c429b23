package org.uncacworkbench.storage;

import static org.uncacworkbench.storage.jooq.Tables.ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.CHAPTER;
import static org.uncacworkbench.storage.jooq.Tables.CYCLE;
import static org.uncacworkbench.storage.jooq.Tables.CYCLE_PHASE;
import static org.uncacworkbench.storage.jooq.Tables.REPORT_SECTION;
import static org.uncacworkbench.storage.jooq.Tables.SECTION_REVISION;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.storage.CheckReport.Problem;
import org.uncacworkbench.storage.CheckReport.Severity;
import org.uncacworkbench.storage.jooq.DefaultSchema;

/**
 * Verifies a database without changing it: every table can be read to its last row, the schema
 * history matches this program's migrations, and the cycle's structure is whole.
 */
public final class DatabaseCheck {

    static final int CHAPTERS = 8;
    static final int ARTICLES = 71;
    static final int PHASES = 5;

    private final Database database;
    private final Migrations migrations;

    public DatabaseCheck(Database database, Migrations migrations) {
        this.database = database;
        this.migrations = migrations;
    }

    public CheckReport run() {
        List<Problem> problems = new ArrayList<>();
        int pending = migrations.pendingCount();
        if (pending > 0) {
            problems.add(error("check.pendingMigrations", pending));
        }
        migrations.validationProblem().ifPresent(p -> problems.add(error("check.history", p)));
        if (pending > 0) {
            return new CheckReport(problems, 0, 0); // the rest assumes the current schema
        }
        DSLContext dsl = database.dsl();
        int tables = 0;
        long rows = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            try (var cursor = dsl.selectFrom(table).fetchLazy()) {
                for (Record ignored : cursor) {
                    rows++;
                }
                tables++;
            } catch (RuntimeException e) {
                problems.add(error("check.tableUnreadable", table.getName(), e.getMessage()));
            }
        }
        checkConvention(dsl, problems);
        checkCycles(dsl, problems);
        return new CheckReport(problems, tables, rows);
    }

    private void checkConvention(DSLContext dsl, List<Problem> problems) {
        int chapters = dsl.fetchCount(CHAPTER);
        int articles = dsl.fetchCount(ARTICLE);
        if (chapters == 0 && articles == 0) {
            problems.add(warning("check.noConvention"));
            return;
        }
        if (chapters != CHAPTERS) {
            problems.add(error("check.chapterCount", CHAPTERS, chapters));
        }
        if (articles != ARTICLES) {
            problems.add(error("check.articleCount", ARTICLES, articles));
        }
    }

    private void checkCycles(DSLContext dsl, List<Problem> problems) {
        for (var cycle : dsl.selectFrom(CYCLE).orderBy(CYCLE.NUMBER).fetch()) {
            Set<Integer> present = new TreeSet<>(dsl.select(REPORT_SECTION.ARTICLE_NUMBER).from(REPORT_SECTION)
                    .where(REPORT_SECTION.CYCLE_ID.eq(cycle.getId()).and(REPORT_SECTION.ARTICLE_NUMBER.isNotNull()))
                    .fetch(REPORT_SECTION.ARTICLE_NUMBER));
            List<Integer> missing = IntStream.rangeClosed(1, ARTICLES).filter(a -> !present.contains(a)).boxed().toList();
            if (!missing.isEmpty()) {
                problems.add(error("check.missingSections", cycle.getNumber(), ranges(missing)));
            }
            int phases = dsl.fetchCount(CYCLE_PHASE, CYCLE_PHASE.CYCLE_ID.eq(cycle.getId()));
            if (phases != PHASES) {
                problems.add(warning("check.phaseCount", cycle.getNumber(), PHASES, phases));
            }
            List<String> textless = dsl.select(REPORT_SECTION.SECTION_KEY).from(REPORT_SECTION)
                    .where(REPORT_SECTION.CYCLE_ID.eq(cycle.getId()))
                    .and(REPORT_SECTION.STATUS.ne("not_started"))
                    .and(REPORT_SECTION.APPLICABILITY.eq("applicable"))
                    .andNotExists(DSL.selectOne().from(SECTION_REVISION)
                            .where(SECTION_REVISION.SECTION_ID.eq(REPORT_SECTION.ID)))
                    .orderBy(REPORT_SECTION.SORT_ORDER)
                    .fetch(REPORT_SECTION.SECTION_KEY);
            if (!textless.isEmpty()) {
                problems.add(warning("check.sectionsWithoutText", cycle.getNumber(), String.join(", ", textless)));
            }
            List<String> misplaced = new ArrayList<>();
            for (String lang : new String[] {"zh", "en"}) {
                String pointer = lang + "_revision_id";
                dsl.fetch("SELECT s.section_key FROM report_section s WHERE s.cycle_id = ? AND "
                                + "s." + pointer + " IS DISTINCT FROM (SELECT r.id FROM section_revision r WHERE r.section_id = s.id "
                                + "AND r.language = ? ORDER BY r.revision_no DESC LIMIT 1) ORDER BY s.sort_order", cycle.getId(), lang)
                        .forEach(r -> misplaced.add(r.get(0, String.class) + " (" + lang + ")"));
            }
            if (!misplaced.isEmpty()) {
                problems.add(error("check.currentRevision", cycle.getNumber(), String.join(", ", misplaced)));
            }
        }
    }

    /** 1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8": short enough to read in a terminal. */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? String.valueOf(numbers.get(i)) : numbers.get(i) + "–" + numbers.get(j));
            i = j + 1;
        }
        return parts.stream().collect(Collectors.joining(", "));
    }

    private static Problem error(String key, Object... args) {
        return new Problem(Severity.ERROR, UserMessage.of(key, args));
    }

    private static Problem warning(String key, Object... args) {
        return new Problem(Severity.WARNING, UserMessage.of(key, args));
    }
}
