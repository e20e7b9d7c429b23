package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

class DatabaseCheckTest {

    @TempDir
    Path dir;

    @Test
    void theDemoDatabaseHasNoProblemsAndEveryRowIsRead() {
        try (App app = TestWorkbench.withDemo(dir)) {
            CheckReport report = app.check().run();
            assertThat(report.problems()).isEmpty();
            assertThat(report.tablesRead()).isGreaterThanOrEqualTo(46);
            long rows = 0;
            for (var table : org.uncacworkbench.storage.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                rows += app.database().dsl().fetchCount(table);
            }
            assertThat(report.rowsRead()).isEqualTo(rows);
        }
    }

    @Test
    void reportsMissingSectionsAndSectionsWithoutText() {
        try (App app = TestWorkbench.withDemo(dir)) {
            var dsl = app.database().dsl();
            dsl.execute("DELETE FROM report_section WHERE section_key IN ('A7', 'A8', 'A9', 'A20') "
                    + "AND cycle_id = (SELECT id FROM cycle WHERE number = 3)");
            String a10 = "(SELECT id FROM report_section WHERE section_key = 'A10' AND cycle_id = (SELECT id FROM cycle WHERE number = 3))";
            dsl.execute("UPDATE report_section SET zh_revision_id = NULL, en_revision_id = NULL WHERE id = " + a10);
            dsl.execute("DELETE FROM section_revision WHERE section_id = " + a10);

            CheckReport report = app.check().run();

            assertThat(report.hasErrors()).isTrue();
            Messages en = Messages.of(Language.EN);
            assertThat(report.problems()).extracting(p -> en.text(p.message()))
                    .contains("Cycle 3 has no section for articles 7–9, 20.")
                    .anyMatch(t -> t.startsWith("Cycle 3: sections past \"not started\" that have no text: A10"));
            assertThat(Messages.of(Language.ZH_TW).text(report.problems().getFirst().message())).contains("第 3 次審查週期缺少");
        }
    }

    @Test
    void reportsASectionNotPointingAtItsNewestText() {
        try (App app = TestWorkbench.withDemo(dir)) {
            app.database().dsl().execute("UPDATE report_section SET zh_revision_id = NULL WHERE section_key = 'A14' "
                    + "AND cycle_id = (SELECT id FROM cycle WHERE number = 2)");
            CheckReport report = app.check().run();
            assertThat(report.problems()).extracting(p -> Messages.of(Language.EN).text(p.message()))
                    .containsExactly("Cycle 2: the newest text of these sections is not the one shown: A14 (zh).");
        }
    }

    @Test
    void reportsUpdatesNotYetAppliedWithoutApplyingThem() {
        try (Database db = Database.open(dir)) {
            Flyway.configure().dataSource(db.dataSource()).locations(Migrations.LOCATION).target("7").load().migrate();
        }
        try (App app = App.open(dir, TestWorkbench.CLOCK)) {
            CheckReport report = app.check().run();
            assertThat(report.problems()).extracting(p -> p.message().key()).containsExactly("check.pendingMigrations");
            assertThat(app.migrations().pendingCount()).isEqualTo(MigrationTest.latest() - 7);
        }
    }

    @Test
    void rangesReadShortly() {
        assertThat(DatabaseCheck.ranges(java.util.List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1–3, 5, 7–8");
        assertThat(DatabaseCheck.ranges(java.util.List.of(4))).isEqualTo("4");
    }
}
