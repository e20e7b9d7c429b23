package org.uncacworkbench.views.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.followup.ObservationLink;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.review.Observation;

/** An observation linked to an earlier cycle's shows the chain in the article dossier, from either end. */
class DossierChainTest {

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
        app.observations().adopt(cycle3, LocalDate.of(2026, 11, 20), "lin");
    }

    @AfterEach
    void close() {
        app.close();
    }

    Observation point(long cycle, int number) {
        return app.observations().adopted(cycle).stream().filter(o -> o.number() == number).findFirst().orElseThrow();
    }

    @Test
    void bothEndsOfALinkShowTheOtherCyclesPoint() throws Exception {
        Observation later = point(cycle3, 1);
        Observation earlier = point(cycle2, 14);
        app.followup().link(later, 3, 2, 14, ObservationLink.Kind.FOLLOWS_UP, "lin");
        int laterArticle = later.articles().getFirst();
        int earlierArticle = earlier.articles().getFirst();

        ArticleDossier.Observation l = app.dossiers().dossier(cycle3, laterArticle).observations().stream()
                .filter(o -> o.number() == 1).findFirst().orElseThrow();
        assertThat(l.chain()).singleElement().satisfies(c -> {
            assertThat(c.later()).isFalse();
            assertThat(c.cycleNumber()).isEqualTo(2);
            assertThat(c.number()).isEqualTo(14);
            assertThat(c.textZh()).isEqualTo(earlier.textZh());
        });
        ArticleDossier.Observation e = app.dossiers().dossier(cycle2, earlierArticle).observations().stream()
                .filter(o -> o.number() == 14).findFirst().orElseThrow();
        assertThat(e.chain()).singleElement().satisfies(c -> {
            assertThat(c.later()).isTrue();
            assertThat(c.cycleNumber()).isEqualTo(3);
            assertThat(c.key()).isEqualTo("dossier.chain.later.follows_up");
        });

        Path book = app.briefingBook().export(cycle2, List.of(earlierArticle), Language.ZH_TW, dir.resolve("book.docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(book); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("第 3 次報告第 1 點（其後追蹤）：").contains(later.textEn());
        }
        app.followup().unlink(app.followup().links(cycle3).getFirst(), "lin");
        assertThat(app.dossiers().dossier(cycle2, earlierArticle).observations().stream().filter(o -> o.number() == 14).findFirst()
                .orElseThrow().chain()).isEmpty();
    }
}
