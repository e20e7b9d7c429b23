package org.uncacworkbench.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.storage.jooq.DefaultSchema;

class SampleDataLoaderTest {

    @TempDir
    Path dir;

    private static long n(App app, String sql) {
        return TestWorkbench.number(app, sql);
    }

    @Test
    void loadsTheConventionAndBothDemoCycles() {
        try (App app = TestWorkbench.withDemo(dir)) {
            assertThat(n(app, "SELECT COUNT(*) FROM chapter")).isEqualTo(8);
            assertThat(n(app, "SELECT COUNT(*) FROM article")).isEqualTo(71);
            assertThat(app.convention().article(14).orElseThrow().titleZh()).isEqualTo("預防洗錢措施");
            assertThat(app.cycles().cycles()).extracting(c -> c.number()).containsExactly(2, 3);

            String c2 = "(SELECT id FROM cycle WHERE number = 2)";
            assertThat(n(app, "SELECT COUNT(*) FROM report_section WHERE status = 'final' AND cycle_id = " + c2)).isEqualTo(74);
            assertThat(n(app, "SELECT COUNT(*) FROM section_revision r JOIN report_section s ON s.id = r.section_id "
                    + "WHERE r.language = 'en' AND s.cycle_id = " + c2)).isEqualTo(74);
            assertThat(n(app, "SELECT COUNT(*) FROM panel_session WHERE cycle_id = " + c2)).isEqualTo(8);
            assertThat(n(app, "SELECT COUNT(DISTINCT chair_member_id) FROM panel_session WHERE cycle_id = " + c2))
                    .as("chairs rotate among members").isEqualTo(6);
            assertThat(n(app, "SELECT COUNT(*) FROM panel_session WHERE chair_government_name IS NOT NULL AND cycle_id = " + c2)).isEqualTo(2);
            assertThat(n(app, "SELECT COUNT(*) FROM ruling")).isEqualTo(20);
            assertThat(n(app, "SELECT COUNT(*) FROM written_question WHERE cycle_id = " + c2)).isEqualTo(8);
            assertThat(n(app, "SELECT COUNT(*) FROM question_answer WHERE question_id IN (SELECT id FROM written_question WHERE cycle_id = " + c2 + ")")).isEqualTo(8);
            assertThat(n(app, "SELECT COUNT(*) FROM parallel_report")).isEqualTo(1);
            assertThat(n(app, "SELECT COUNT(*) FROM concluding_observation WHERE status = 'adopted' AND cycle_id = " + c2)).isEqualTo(30);
            assertThat(n(app, "SELECT COUNT(*) FROM followup_assignment")).isEqualTo(17);
            assertThat(n(app, "SELECT COUNT(*) FROM tracking_decision")).isEqualTo(10);

            String c3 = "(SELECT id FROM cycle WHERE number = 3)";
            assertThat(n(app, "SELECT COUNT(DISTINCT status) FROM report_section WHERE cycle_id = " + c3))
                    .as("cycle 3 has sections in every status").isEqualTo(6);
            assertThat(app.cycles().cycleByNumber(3).orElseThrow().currentPhase().code()).isEqualTo("drafting");
            // its international review has begun: reviewers, questions routed (two answers overdue), drafts of the closed session
            long cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
            assertThat(app.reviews().reviewers(cycle3)).hasSize(5);
            assertThat(app.questions().questions(cycle3)).hasSize(4);
            assertThat(app.questions().overdue(cycle3)).extracting(org.uncacworkbench.review.QuestionService.Overdue::agencyCode)
                    .containsExactly("MOJ", "PCC");
            assertThat(app.observations().withDrafts(cycle3)).hasSize(2).allSatisfy(o -> assertThat(o.draft()).isTrue());
            assertThat(app.observations().adopted(cycle3)).isEmpty();
            assertThat(n(app, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'")).isEqualTo(1);
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        try (App app = TestWorkbench.withDemo(dir)) {
            Map<String, Integer> before = counts(app);
            SampleDataLoader.Report second = app.sampleLoader().load(SampleSource.bundled(), "tester");
            assertThat(second.loadedCycles()).isEmpty();
            assertThat(second.skippedCycles()).containsExactly(2, 3);
            Map<String, Integer> after = counts(app);
            after.put("AUDIT_LOG", after.get("AUDIT_LOG") - 1); // the second load is itself recorded
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void theRepositoryCopyAndTheBundledCopyAreTheSame() {
        // the jar ships sample-data/ as resources; a folder load must give the very same database
        try (App fromJar = TestWorkbench.withDemo(dir.resolve("jar")); App fromFolder = TestWorkbench.empty(dir.resolve("folder"))) {
            fromFolder.sampleLoader().load(SampleSource.folder(Path.of("sample-data")), "tester");
            assertThat(counts(fromFolder)).isEqualTo(counts(fromJar));
        }
    }

    static Map<String, Integer> counts(App app) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), app.database().dsl().fetchCount(table));
        }
        return counts;
    }
}
