package org.uncacworkbench.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

class RevisionServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long section(String key) {
        return app.sections().sectionId(cycle3, key).orElseThrow();
    }

    private static String key(Throwable e) {
        return ((WorkbenchException) e).userMessage().key();
    }

    @Test
    void aFirstSaveKeepsRevisionOneAndStartsDrafting() {
        long a33 = section("A33");
        assertThat(app.sections().open(a33).section().status()).isEqualTo(SectionStatus.NOT_STARTED);

        var result = app.revisions().save(a33, Language.ZH_TW, "## 保護檢舉人\n\n吹哨者保護法草案已送立法院。", 0, "lin");

        assertThat(result.saved()).isTrue();
        assertThat(result.revision().number()).isEqualTo(1);
        assertThat(result.revision().author()).isEqualTo("lin");
        SectionDocument doc = app.sections().open(a33);
        assertThat(doc.section().status()).isEqualTo(SectionStatus.DRAFTING);
        assertThat(doc.zh().orElseThrow().body()).startsWith("## 保護檢舉人");
        assertThat(doc.statusHistory()).extracting(StatusChange::to).containsExactly(SectionStatus.DRAFTING);
        assertThat(doc.statusHistory().getFirst().by()).isEqualTo("lin");
    }

    @Test
    void savingTheSameTextAgainKeepsNoExtraRevision() {
        long a13 = section("A13");
        SectionDocument doc = app.sections().open(a13);
        String body = doc.zh().orElseThrow().body();
        var again = app.revisions().save(a13, Language.ZH_TW, body.replace("\n", "\r\n"), doc.baseRevision(Language.ZH_TW), "lin");
        assertThat(again.saved()).isFalse();
        assertThat(app.revisions().history(a13, Language.ZH_TW)).hasSize(1);
    }

    @Test
    void aSaveOverSomeoneElsesNewerTextIsRefused() {
        long a13 = section("A13");
        app.revisions().save(a13, Language.ZH_TW, "陳科長的版本", 1, "chen");
        assertThatThrownBy(() -> app.revisions().save(a13, Language.ZH_TW, "林專員的版本", 1, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.savedMeanwhile"));
        assertThat(app.sections().open(a13).zh().orElseThrow().body()).isEqualTo("陳科長的版本");
    }

    @Test
    void twoSavesRacingOnOneBaseKeepExactlyOneRevision() throws Exception {
        long a13 = section("A13");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> saves = new ArrayList<>();
        for (String who : new String[] {"autosave", "lin"}) {
            saves.add(pool.submit(() -> {
                start.await();
                try {
                    return app.revisions().save(a13, Language.ZH_TW, "text from " + who, 1, who).saved();
                } catch (WorkbenchException e) {
                    assertThat(key(e)).isEqualTo("drafting.savedMeanwhile");
                    return false;
                }
            }));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> f : saves) {
            saved += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        assertThat(app.revisions().history(a13, Language.ZH_TW)).extracting(Revision::number).containsExactly(2, 1);
    }

    @Test
    void aFinalSectionIsReadOnlyUntilReopenedWithAReason() {
        long a1 = section("A1");
        SectionDocument doc = app.sections().open(a1);
        assertThat(doc.section().isFinal()).isTrue();
        assertThatThrownBy(() -> app.revisions().save(a1, Language.ZH_TW, "changed", 1, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.finalReadOnly"));
        assertThatThrownBy(() -> app.sections().changeStatus(a1, doc.section().version(), SectionStatus.DRAFTING, "  ", "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.reopenNeedsReason"));

        SectionDocument reopened = app.sections().changeStatus(a1, doc.section().version(), SectionStatus.REVISED_AFTER_PANEL,
                "委員建議補充施行法修正進度", "lin");

        assertThat(reopened.section().status()).isEqualTo(SectionStatus.REVISED_AFTER_PANEL);
        StatusChange last = reopened.statusHistory().getLast();
        assertThat(last.from()).isEqualTo(SectionStatus.FINAL);
        assertThat(last.reason()).isEqualTo("委員建議補充施行法修正進度");
        assertThat(app.revisions().save(a1, Language.ZH_TW, "changed", 1, "lin").saved()).isTrue();
    }

    @Test
    void aStatusChangeOnAStaleVersionIsRefused() {
        long a13 = section("A13");
        int version = app.sections().open(a13).section().version();
        app.sections().changeStatus(a13, version, SectionStatus.READY_FOR_PANEL, null, "chen");
        assertThatThrownBy(() -> app.sections().changeStatus(a13, version, SectionStatus.AWAITING_AGENCY_INPUT, null, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.changedMeanwhile"));
    }

    @Test
    void onlyASectionWithChineseTextCanBecomeFinal() {
        long a40 = section("A40");
        int version = app.sections().open(a40).section().version();
        assertThatThrownBy(() -> app.sections().changeStatus(a40, version, SectionStatus.FINAL, null, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.finalNeedsText"));
    }

    @Test
    void restoringAnOldRevisionAddsANewOneAndRewritesNothing() {
        long a13 = section("A13");
        String original = app.sections().open(a13).zh().orElseThrow().body();
        app.revisions().save(a13, Language.ZH_TW, "第二版", 1, "lin");
        Revision first = app.revisions().history(a13, Language.ZH_TW).getLast();

        var restored = app.revisions().restore(first.id(), "lin");

        assertThat(restored.revision().number()).isEqualTo(3);
        assertThat(restored.revision().body()).isEqualTo(original);
        assertThat(restored.revision().source()).isEqualTo(Revision.RESTORE);
        assertThat(restored.revision().restoredFromId()).isEqualTo(first.id());
        assertThat(app.revisions().history(a13, Language.ZH_TW)).extracting(Revision::body)
                .containsExactly(original, "第二版", original);
    }

    @Test
    void comparingTwoRevisionsMarksWhatChanged() {
        long a13 = section("A13");
        app.revisions().save(a13, Language.ZH_TW, "廉政署與民間團體合辦「透明晶質獎」。\n新增一段。", 1, "lin");
        List<Revision> history = app.revisions().history(a13, Language.ZH_TW);
        List<TextDiff.Row> rows = app.revisions().compare(history.get(0).id(), history.get(1).id());
        assertThat(rows).extracting(TextDiff.Row::kind).contains(TextDiff.Kind.CHANGED, TextDiff.Kind.ADDED);
    }
}
