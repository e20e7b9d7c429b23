package org.uncacworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.cycle.CycleSetup;
import org.uncacworkbench.review.ObservationDraft;
import org.uncacworkbench.review.ParallelReportDraft;
import org.uncacworkbench.review.QuestionDraft;
import org.uncacworkbench.review.ReviewerDraft;

/**
 * Issue 19's speed targets, on four cycles of realistic size (each: 74 sections, 110 questions routed and
 * answered, 5 parallel reports of 40 points, 104 observations): the article dossier opens in ≤ 150 ms and a
 * cycle's observations list is read in ≤ 100 ms. Medians after warm-up, in the program's own process.
 * Run with {@code ./mvnw -Pbench test -Dtest=ReviewBenchmarkTest}.
 */
@Tag("bench")
class ReviewBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void theDossierAndTheObservationsListOpenWithinTheirTargetsOnFourFullCycles() {
        try (App app = TestWorkbench.withDemo(dir)) {
            app.cycles().create(CycleSetup.proposal("第四次國家報告", "Fourth National Report", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2029, 12, 31)), "bench");
            app.cycles().create(CycleSetup.proposal("第五次國家報告", "Fifth National Report", LocalDate.of(2030, 1, 1),
                    LocalDate.of(2032, 12, 31)), "bench");
            long moj = app.agencies().agencies().stream().filter(a -> a.code().equals("MOJ")).findFirst().orElseThrow().id();
            long aac = app.agencies().agencies().stream().filter(a -> a.code().equals("AAC")).findFirst().orElseThrow().id();
            for (var cycle : app.cycles().cycles()) {
                long c = cycle.id();
                if (app.observations().groups(c).isEmpty()) {
                    for (String code : List.of("finding", "best_practice", "recommendation")) {
                        app.database().dsl().execute("INSERT INTO observation_kind (cycle_id, code, name_zh, name_en) VALUES (?, ?, ?, ?)",
                                c, code, code, code);
                    }
                }
                while (app.reviews().reviewers(c).size() < 5) {
                    int n = app.reviews().reviewers(c).size();
                    app.reviews().add(c, new ReviewerDraft("Reviewer " + n, null, "Nation", null, null, null, false, null), "bench");
                }
                while (app.questions().questions(c).size() < 110) {
                    int n = app.questions().questions(c).size();
                    var q = app.questions().add(c, new QuestionDraft(null, String.valueOf(5 + n % 60), "Question " + n + " on how the law works "
                            + "in practice, with figures for the last four years and the agencies responsible.", "第" + n + "題。",
                            LocalDate.of(2026, 10, 1)), "bench");
                    q = app.questions().route(q.id(), q.version(), aac, List.of(moj), LocalDate.of(2026, 12, 31), "bench");
                    app.questions().answer(q.id(), aac, "機關回復內容，說明法規、統計及執行情形。".repeat(8), "The agency's answer. ".repeat(20), "bench");
                }
                while (app.parallelReports().reports(c).size() < 5) {
                    var r = app.parallelReports().register(c, new ParallelReportDraft(null, "Organisation " + c, "Report",
                            LocalDate.of(2026, 10, 1)), null, "bench");
                    StringBuilder text = new StringBuilder();
                    for (int p = 0; p < 40; p++) {
                        text.append("Point ").append(p).append(" says the law falls short of article ").append(5 + (p * 7) % 60)
                                .append(" in several ways that the report sets out at length.\n\n");
                    }
                    app.parallelReports().split(r.id(), text.toString(), "bench");
                }
                long kind = app.observations().groups(c).getFirst().id();
                while (app.observations().withDrafts(c).size() < 104) {
                    int n = app.observations().withDrafts(c).size();
                    app.observations().add(c, new ObservationDraft(kind, (5 + n % 60) + ", " + (5 + (n * 3) % 60),
                            ("The reviewers recommend that the Government act on point " + n + ". ").repeat(6), "審查委員建議。".repeat(10)), "bench");
                }
            }
            assertThat(app.cycles().cycles()).hasSize(4);
            long c3 = app.cycles().cycleByNumber(3).orElseThrow().id();
            double dossier = DraftingBenchmarkTest.medianMillis(5, 21, () -> app.dossiers().dossier(c3, 5));
            double list = DraftingBenchmarkTest.medianMillis(5, 21, () -> {
                app.observations().withDrafts(c3);
                app.observations().groups(c3);
            });
            System.out.printf("BENCH review: dossier of article 5 %.1f ms (target 150), observations list %.1f ms (target 100)%n", dossier, list);
            assertThat(dossier).isLessThanOrEqualTo(150);
            assertThat(list).isLessThanOrEqualTo(100);
        }
    }
}
