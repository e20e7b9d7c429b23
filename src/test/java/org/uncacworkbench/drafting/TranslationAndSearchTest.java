package org.uncacworkbench.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;

class TranslationAndSearchTest {

    @TempDir
    static Path dir;
    static App app;
    static long cycle3;

    @BeforeAll
    static void open() {
        app = TestWorkbench.withDemo(dir);
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static long section(String key) {
        return app.sections().sectionId(cycle3, key).orElseThrow();
    }

    @Test
    void theEnglishIsStaleWhereTheChineseChangedAfterTranslation() {
        TranslationState a5 = app.translations().state(section("A5"));
        assertThat(a5.status()).isEqualTo(TranslationState.Status.STALE);
        assertThat(a5.syncedZhRevision()).isEqualTo(1);
        assertThat(a5.changedParagraphs()).as("the new first paragraph and the longer list").containsExactly(2, 3);
        assertThat(app.translations().state(section("A6")).status()).isEqualTo(TranslationState.Status.UP_TO_DATE);
        assertThat(app.translations().state(section("A13")).status()).isEqualTo(TranslationState.Status.NO_ENGLISH);
        assertThat(app.translations().state(section("A40")).status()).isEqualTo(TranslationState.Status.NO_CHINESE);
    }

    @Test
    void markingInSyncRecordsTheChineseRevisionAndAChineseEditMakesItStaleAgain() {
        long a7 = section("A7");
        app.revisions().save(a7, Language.EN, "The Act was amended in 2023.", 1, "lin");
        assertThat(app.translations().markInSync(a7, "lin").status()).isEqualTo(TranslationState.Status.UP_TO_DATE);

        String zh = app.sections().open(a7).zh().orElseThrow().body();
        app.revisions().save(a7, Language.ZH_TW, zh + "\n\n監察院並建置財產申報查核系統。", 1, "lin");

        TranslationState state = app.translations().state(a7);
        assertThat(state.status()).isEqualTo(TranslationState.Status.STALE);
        assertThat(state.changedParagraphs()).containsExactly(2);
        assertThat(state.syncedZhRevision()).isEqualTo(1);
    }

    @Test
    void theReportWideListShowsEverySectionWhoseEnglishIsBehind() {
        List<String> behind = app.translations().behind(cycle3).stream().map(b -> b.section().key()).toList();
        assertThat(behind).contains("A5", "A8", "A13", "A14", "PREVIOUS_OBSERVATIONS").doesNotContain("A6", "A63", "A40");
    }

    @Test
    void theDraftingListsQuickAnswerAgreesWithTheFullStateAndLooksAtTheTextNotTheRevisionNumber() {
        for (int number : new int[] {2, 3}) {
            long cycle = app.cycles().cycleByNumber(number).orElseThrow().id();
            assertThat(app.translations().behindKeys(cycle)).as("cycle " + number)
                    .containsExactlyInAnyOrderElementsOf(app.translations().behind(cycle).stream().map(b -> b.section().key()).toList());
        }
        long a6 = section("A6");
        String synced = app.sections().open(a6).zh().orElseThrow().body();
        int number = app.sections().open(a6).zh().orElseThrow().number();
        app.revisions().save(a6, Language.ZH_TW, synced + "\n\n新增一段。", number, "lin");
        assertThat(app.translations().behindKeys(cycle3)).contains("A6");
        app.revisions().save(a6, Language.ZH_TW, synced, number + 1, "lin");
        assertThat(app.translations().behindKeys(cycle3)).as("the Chinese is back to the text last translated").doesNotContain("A6");
        assertThat(app.translations().state(a6).status()).isEqualTo(TranslationState.Status.UP_TO_DATE);
    }

    @Test
    void searchFindsBothLanguagesInEveryCycleWithThePassageMarked() {
        List<SearchHit> hits = app.search().search("洗錢", null);
        assertThat(hits).extracting(SearchHit::cycleNumber).contains(2, 3);
        SearchHit a14 = hits.stream().filter(h -> h.cycleNumber() == 3 && "A14".equals(h.sectionKey())).findFirst().orElseThrow();
        assertThat(a14.language()).isEqualTo(Language.ZH_TW);
        int[] first = a14.highlights().getFirst();
        assertThat(a14.passage().substring(first[0], first[1])).isEqualTo("洗錢");

        List<SearchHit> english = app.search().search("MONEY LAUNDERING", 2);
        assertThat(english).isNotEmpty().allMatch(h -> h.cycleNumber() == 2 && h.language() == Language.EN);
        SearchHit h = english.getFirst();
        assertThat(h.passage().substring(h.highlights().getFirst()[0], h.highlights().getFirst()[1]).toLowerCase())
                .isEqualTo("money laundering");
    }

    @Test
    void searchFollowsTheNewestTextAfterEachSaveAndRestore() {
        long methodology = section("METHODOLOGY");
        String original = app.sections().open(methodology).zh().orElseThrow().body();
        assertThat(app.search().search("統計期間", 3)).extracting(SearchHit::sectionKey).contains("METHODOLOGY");
        assertThat(app.search().search("抽樣訪談", null)).isEmpty();

        app.revisions().save(methodology, Language.ZH_TW, original.replace("統計期間", "抽樣訪談期間"),
                app.sections().open(methodology).baseRevision(Language.ZH_TW), "lin");
        assertThat(app.search().search("抽樣訪談", null)).singleElement().satisfies(h -> {
            assertThat(h.sectionKey()).isEqualTo("METHODOLOGY");
            assertThat(h.cycleNumber()).isEqualTo(3);
        });
        assertThat(app.search().search("統計期間", 3)).extracting(SearchHit::sectionKey).doesNotContain("METHODOLOGY");

        app.revisions().save(methodology, Language.ZH_TW, original, app.sections().open(methodology).baseRevision(Language.ZH_TW), "lin");
        assertThat(app.search().search("抽樣訪談", null)).as("the text as it is now, not as it was").isEmpty();
        assertThat(app.search().search("統計期間", null)).extracting(SearchHit::sectionKey).contains("METHODOLOGY");
    }

    @Test
    void searchTakesWildcardsLiterally() {
        assertThat(app.search().search("%", null)).allMatch(h -> h.passage().contains("%"));
        assertThat(app.search().search("_", null)).isEmpty();
        assertThat(app.search().search("   ", null)).isEmpty();
    }

    @Test
    void unsavedTextIsKeptUntilSavedOrDiscarded() {
        long a13 = section("A13");
        app.recovery().keep(a13, Language.ZH_TW, "wang", "打到一半的文字", 1);
        assertThat(app.recovery().pending("wang")).extracting(RecoveryRepository.Copy::body).containsExactly("打到一半的文字");
        assertThat(app.recovery().pending("lin")).isEmpty();

        app.revisions().save(a13, Language.ZH_TW, "打到一半的文字", app.sections().open(a13).baseRevision(Language.ZH_TW), "wang");
        assertThat(app.recovery().pending("wang")).as("saved: nothing left to recover").isEmpty();

        // an autosave that lands just after the save holds the saved text: not offered, and dropped
        app.recovery().keep(a13, Language.ZH_TW, "wang", "打到一半的文字", 2);
        assertThat(app.recovery().pending("wang")).isEmpty();
    }
}
