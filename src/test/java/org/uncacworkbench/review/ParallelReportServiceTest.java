package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;

/** Civil society's parallel reports: registered with their original, split into points, mapped to articles, answered. */
class ParallelReportServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long agency(String code) {
        return app.agencies().agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void theSecondCyclesReportIsReadWithItsPointsAndTheirArticles() {
        ParallelReport r = app.parallelReports().reports(cycle2).getFirst();
        assertThat(r.organisationEn()).startsWith("Taiwan Civic Integrity Watch");
        assertThat(r.points()).isNotEmpty();
        assertThat(r.points().getFirst().articles()).containsExactly(33);
    }

    @Test
    void aReportIsRegisteredWithItsOriginalSplitIntoPointsMappedAndAnswered() throws Exception {
        Path pdf = Files.write(dir.resolve("watch-2026.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3});
        ParallelReport r = app.parallelReports().register(cycle3, new ParallelReportDraft("廉政觀察", "Integrity Watch", "Shadow report 2026",
                LocalDate.of(2026, 11, 2)), pdf, "lin");
        assertThat(r.hasOriginal()).isTrue();
        assertThat(r.fileName()).isEqualTo("watch-2026.pdf");
        Path back = app.parallelReports().writeOriginal(r.id(), Files.createDirectories(dir.resolve("open")));
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(pdf));

        List<ParallelReport.Point> points = app.parallelReports().split(r.id(), """
                1. Whistle-blowers in the private sector have no protection (article 33).

                2. The asset declarations of legislators are not verified; see articles 8 and 52.
                They are published late.

                3、吹哨者保護法施行細則尚未訂定（第33條）。
                """, "lin");
        assertThat(points).extracting(ParallelReport.Point::number).containsExactly(1, 2, 3);
        assertThat(points).extracting(ParallelReport.Point::articles).containsExactly(List.of(33), List.of(8, 52), List.of(33));
        assertThat(points.get(1).textEn()).isEqualTo("The asset declarations of legislators are not verified; see articles 8 and 52. They are published late.");
        assertThat(points.get(2).textZh()).isEqualTo("吹哨者保護法施行細則尚未訂定（第33條）。");
        assertThat(points.get(2).textEn()).isNull();

        ParallelReport.Point second = points.get(1);
        r = app.parallelReports().savePoint(r.id(), second.id(), "8, 52, 7", second.textEn(), "立法委員財產申報未查核。", "lin");
        assertThat(r.points().get(1).articles()).containsExactly(7, 8, 52);
        r = app.parallelReports().answer(r.id(), second.id(), agency("MOJ"), "Declarations are checked by lot each year.", "lin");
        assertThat(r.points().get(1).answeredBy().code()).isEqualTo("MOJ");
        assertThat(r.points().get(1).answeredOn()).isEqualTo(app.parallelReports().today());

        // the dossier of article 52 now holds the point
        assertThat(app.dossiers().dossier(cycle3, 52).points()).extracting(p -> p.pointNo()).containsExactly(2);
    }

    @Test
    void whatIsWrongIsRefusedAndNothingChanges() {
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().register(cycle3, new ParallelReportDraft(null, " ", "T",
                LocalDate.of(2026, 11, 2)), null, "lin"))).isEqualTo("review.parallel.organisationMissing");
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().register(cycle3, new ParallelReportDraft(null, "Watch", "T",
                LocalDate.of(2027, 1, 2)), null, "lin"))).isEqualTo("review.parallel.receivedInFuture");
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().register(cycle3, new ParallelReportDraft(null, "Watch", "T",
                LocalDate.of(2026, 11, 2)), dir.resolve("missing.pdf"), "lin"))).isEqualTo("import.notFound");
        assertThat(app.parallelReports().reports(cycle3)).isEmpty();
        ParallelReport r = app.parallelReports().register(cycle3, new ParallelReportDraft(null, "Watch", "T", LocalDate.of(2026, 11, 2)), null, "lin");
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().split(r.id(), " \n\n ", "lin"))).isEqualTo("review.parallel.nothingToSplit");
        var p = app.parallelReports().split(r.id(), "One point.", "lin").getFirst();
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().savePoint(r.id(), p.id(), "99", "One point.", null, "lin")))
                .isEqualTo("request.badArticle");
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().answer(r.id(), p.id(), null, "An answer.", "lin")))
                .isEqualTo("review.parallel.answerAgencyMissing");
        assertThat(app.parallelReports().reports(cycle3).getFirst().points()).singleElement()
                .satisfies(x -> assertThat(x.answer()).isNull());
        assertThat(TestWorkbench.refusal(() -> app.parallelReports().writeOriginal(r.id(), dir))).isEqualTo("review.parallel.noOriginal");
    }
}
