package org.uncacworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.followup.Assignment;
import org.uncacworkbench.followup.AssignmentDraft;
import org.uncacworkbench.followup.ControlLevel;
import org.uncacworkbench.followup.FollowupFigures;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.followup.OwnStatus;
import org.uncacworkbench.followup.ProgressReport;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.followup.RoundDraft;
import org.uncacworkbench.followup.RoundWorkbook;
import org.uncacworkbench.review.ObservationDraft;

/**
 * Issue 20's speed targets, with 104 adopted observations, 40 agencies and 8 rounds of reports, each
 * assessed: what the follow-up charts draw from (the cycle's follow-up read and counted) in ≤ 200 ms, and
 * an agency's workbook written in ≤ 300 ms. Medians after warm-up, in the program's own process.
 * Run with {@code ./mvnw -Pbench test -Dtest=FollowupBenchmarkTest}.
 */
@Tag("bench")
class FollowupBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void theChartsDataAndAnAgencysWorkbookAreReadyWithinTheirTargets() throws Exception {
        try (App app = TestWorkbench.withDemo(dir)) {
            long c = app.cycles().cycleByNumber(3).orElseThrow().id();
            for (int a = 0; a < 40; a++) {
                app.agencies().save(new AgencyService.AgencyDraft(null, 0, "B" + a, "測試機關" + a, "Bench agency " + a, null, null, true), "bench");
            }
            long kind = app.observations().groups(c).getFirst().id();
            while (app.observations().withDrafts(c).size() < 104) {
                int n = app.observations().withDrafts(c).size();
                app.observations().add(c, new ObservationDraft(kind, (5 + n % 60) + ", " + (5 + (n * 3) % 60),
                        ("The reviewers recommend that the Government act on point " + n + ". ").repeat(6), "審查委員建議。".repeat(10)), "bench");
            }
            app.observations().adopt(c, LocalDate.of(2026, 11, 20), "bench");
            int n = 0;
            for (var o : app.observations().adopted(c)) {
                List<Assignment.Indicator> indicators = List.of(
                        new Assignment.Indicator(null, "指標甲" + n, "Indicator A", "件", BigDecimal.ZERO, BigDecimal.valueOf(100), LocalDate.of(2030, 12, 31)),
                        new Assignment.Indicator(null, "指標乙" + n, "Indicator B", "%", BigDecimal.TEN, BigDecimal.valueOf(90), null));
                app.followup().assign(o, null, new AssignmentDraft("B" + n % 40, List.of("B" + (n + 1) % 40), ControlLevel.MINISTRY,
                        "辦理計畫" + n, null, List.of(), indicators), "bench");
                n++;
            }
            Grade[] grades = Grade.values();
            for (int r = 0; r < 8; r++) {
                int year = 2027 + r / 2;
                LocalDate opens = LocalDate.of(year, r % 2 == 0 ? 1 : 7, 1);
                ReportingRound round = app.followup().openRound(c, RoundDraft.halfYear(year, r % 2 + 1, opens, opens.plusWeeks(6)), "bench");
                for (Assignment a : app.followup().snapshot(c).assignments()) {
                    long id = app.followup().record(round, a, a.lead().code(), new ProgressReport.Entry(OwnStatus.IN_PROGRESS,
                            "辦理情形說明。".repeat(12), "Progress described. ".repeat(10), "後續作法。".repeat(6), null, null,
                            Map.of(a.indicators().get(0).id(), BigDecimal.valueOf(10 * r), a.indicators().get(1).id(), BigDecimal.valueOf(20 + r))), "bench");
                    var report = app.followup().snapshot(c).reports().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
                    app.followup().assess(report, grades[(int) (id % grades.length)], null, null, "bench");
                }
            }
            var snapshot = app.followup().snapshot(c);
            assertThat(snapshot.assignments()).hasSize(104);
            assertThat(snapshot.rounds()).hasSize(8);
            assertThat(snapshot.reports()).hasSize(832);

            var articles = app.convention().articles();
            double charts = DraftingBenchmarkTest.medianMillis(5, 21, () -> FollowupFigures.of(app.followup().snapshot(c), articles));
            ReportingRound last = app.followup().rounds(c).getLast();
            double workbook = DraftingBenchmarkTest.medianMillis(5, 21, () -> {
                try {
                    new RoundWorkbook().write(app.roundDocuments().content(last, "B7"), new ByteArrayOutputStream());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            System.out.printf("follow-up charts' data %.1f ms (target 200), an agency's workbook %.1f ms (target 300)%n", charts, workbook);
            assertThat(charts).isLessThanOrEqualTo(200);
            assertThat(workbook).isLessThanOrEqualTo(300);
        }
    }
}
