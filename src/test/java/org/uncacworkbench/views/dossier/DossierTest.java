package org.uncacworkbench.views.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;

/** A newcomer reads, article by article, what the cycle asked, answered, said and concluded. */
class DossierTest {

    @TempDir
    static Path dir;
    static App app;
    static long cycle2;
    static long cycle3;

    @BeforeAll
    static void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theSecondCyclesArticle5HoldsItsReportQuestionsPointsExchangesAndObservations() {
        ArticleDossier d = app.dossiers().dossier(cycle2, 5);
        assertThat(d.article().number()).isEqualTo(5);
        assertThat(d.textZh()).isPresent();
        assertThat(d.questions()).extracting(q -> q.number()).contains(1);
        assertThat(d.questions().getFirst().answers()).isNotEmpty();
        assertThat(d.points()).as("the demo's parallel report says nothing on article 5").isEmpty();
        assertThat(app.dossiers().dossier(cycle2, 13).points()).as("but does on article 13")
                .anyMatch(p -> p.textEn().startsWith("Civil society is consulted late"));
        assertThat(d.observations()).as("concluding observations citing article 5").isNotEmpty();
        assertThat(d.previousCycle()).as("the demo has no first cycle").isEmpty();
    }

    @Test
    void theThirdCyclesDossierBringsTheSecondCyclesObservationsAlong() {
        ArticleDossier d = app.dossiers().dossier(cycle3, 5);
        assertThat(d.previousCycle()).hasValueSatisfying(c -> assertThat(c.number()).isEqualTo(2));
        assertThat(d.previousObservations()).isEqualTo(app.dossiers().dossier(cycle2, 5).observations());
        assertThat(d.textZh()).isPresent();
    }

    @Test
    void theBriefingBookHasEachArticleWithItsPartsAndLeavesDraftsOut() throws Exception {
        app.database().dsl().execute("INSERT INTO concluding_observation (cycle_id, number, text_en, text_zh, status) VALUES (?, 901, ?, ?, 'draft')",
                cycle2, "Draft only for the closed session.", "閉門草案。");
        app.database().dsl().execute("INSERT INTO observation_article (observation_id, article_number) "
                + "SELECT id, 5 FROM concluding_observation WHERE cycle_id = ? AND number = 901", cycle2);
        assertThat(app.dossiers().dossier(cycle2, 5).observations()).as("the window shows drafts to the secretariat")
                .anyMatch(o -> !o.adopted());
        Path en = app.briefingBook().export(cycle2, List.of(5, 13), Language.EN, dir.resolve("book-en.docx"), DocxEngine.Progress.NONE);
        Path zh = app.briefingBook().export(cycle2, List.of(5, 13), Language.ZH_TW, dir.resolve("book-zh.docx"), DocxEngine.Progress.NONE);
        String enText = text(en);
        String zhText = text(zh);
        assertThat(enText).contains("Article 5", "Article 13", "The report\u2019s text", "Written questions (list of issues) and answers",
                "Concluding observations citing the article");
        assertThat(enText).doesNotContain("Draft only for the closed session.");
        assertThat(zhText).contains("第五條", "第十三條", "報告內容").doesNotContain("閉門草案");
        assertThat(enText.indexOf("Article 5")).isLessThan(enText.indexOf("Article 13"));
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
