package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.ui.Screenshots;

/** Writing a section as the secretariat does: type, preview, save, compare, restore, recover. */
@ExtendWith(ApplicationExtension.class)
class DraftingPageTest {

    @TempDir
    Path dataDir;
    App app;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        app = TestWorkbench.withDemo(dataDir);
        window.show(stage, app, new SettingsStore(dataDir, Locale.TAIWAN), new SettingsStore(dataDir, Locale.TAIWAN).load());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long section(String key) {
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        return app.sections().sectionId(cycle, key).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static CodeArea editor(FxRobot robot, String lang) {
        return robot.lookup("#editor-" + lang).queryAs(CodeArea.class);
    }

    /** All the text the preview shows, in order. */
    private static String preview(FxRobot robot, String lang) {
        Node content = robot.lookup("#preview-" + lang).queryAs(ScrollPane.class).getContent();
        StringBuilder out = new StringBuilder();
        collect(content, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getText());
        } else if (node instanceof Labeled l) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void waitForPreview() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSection(FxRobot robot, String title) {
        robot.clickOn("#nav-drafting");
        WindowFixture.selectSection(robot, title);
    }

    @Test
    void typingUpdatesThePreviewAndSavingKeepsARevision(FxRobot robot) {
        openSection(robot, "A13");
        assertThat(text(robot, "#editorTitle")).isEqualTo("第十三條　社會參與");
        assertThat(preview(robot, "zh")).contains("透明晶質獎");

        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write("\n\n| 年度 | 場次 |\n|---|--:|\n| 2025 | 12 |\n\n志工**逾三千人**[^v]。\n\n[^v]: 示範數字。");
        waitForPreview();
        String shown = preview(robot, "zh");
        assertThat(shown).contains("2025", "12", "志工", "逾三千人", "[1]", "示範數字");
        assertThat(shown).doesNotContain("**", "[^v]");
        Screenshots.save(window.scene, "zh-drafting-editor");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        List<Revision> history = app.revisions().history(section("A13"), Language.ZH_TW);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().body()).endsWith("[^v]: 示範數字。");
        assertThat(text(robot, "#editorStatus")).startsWith("已儲存");
        robot.clickOn("#saveButton");
        assertThat(text(robot, "#editorStatus")).isEqualTo("內容與已儲存版本相同，無須儲存。");
        assertThat(app.revisions().history(section("A13"), Language.ZH_TW)).hasSize(2);
    }

    @Test
    void undoRedoAndFindReplaceWorkInTheEditor(FxRobot robot) {
        openSection(robot, "A13");
        CodeArea zh = editor(robot, "zh");
        String original = zh.getText();
        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL).write("甲乙");
        assertThat(zh.getText()).endsWith("甲乙");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(zh.getText()).isEqualTo(original);

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.clickOn("#findField-zh").write("廉政署");
        robot.clickOn("#replaceField-zh").write("法務部廉政署");
        robot.clickOn("#replaceAll-zh");
        assertThat(text(robot, "#findResult-zh")).isEqualTo("已取代 1 處");
        assertThat(zh.getText()).contains("法務部廉政署與民間團體");
        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(zh.getText()).as("replace all is one undo step").isEqualTo(original);
    }

    @Test
    void unsavedTypingIsMarkedAFinalSectionCannotBeSavedAndAComparisonClosesWithItsSection(FxRobot robot) {
        long a13 = section("A13");
        String first = app.sections().open(a13).zh().orElseThrow().body();
        app.revisions().save(a13, Language.ZH_TW, first + "\n\n補充。", 1, "chen");
        openSection(robot, "A13");
        assertThat(robot.lookup("#unsavedMarker").queryAs(Labeled.class).isVisible()).isFalse();
        robot.interact(() -> editor(robot, "zh").appendText("新句。"));
        assertThat(robot.lookup("#unsavedMarker").queryAs(Labeled.class).isVisible()).isTrue();
        assertThat(text(robot, "#unsavedMarker")).isEqualTo("尚未儲存");
        assertThat(robot.lookup("#sectionList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()))
                .as("the list marks the section").anyMatch(t -> t.startsWith("● ") && t.contains("第十三條"));
        robot.clickOn("#saveButton");
        assertThat(robot.lookup("#unsavedMarker").queryAs(Labeled.class).isVisible()).isFalse();

        robot.clickOn("#historyToggle");
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        robot.interact(() -> history.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#compareButton");
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs()).anyMatch(t -> "compareTab".equals(t.getId()));

        openSection(robot, "A1"); // final
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs()).as("article 13's comparison is closed")
                .noneMatch(t -> "compareTab".equals(t.getId()));
        assertThat(robot.lookup("#saveButton").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#importSection").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
    }

    @Test
    void historyComparesTwoRevisionsAndRestoresAnOldOne(FxRobot robot) {
        long a13 = section("A13");
        String first = app.sections().open(a13).zh().orElseThrow().body();
        app.revisions().save(a13, Language.ZH_TW, first.replace("透明晶質獎", "透明治理獎"), 1, "chen");
        openSection(robot, "A13");

        robot.clickOn("#historyToggle");
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(history.getItems()).hasSize(2);
        robot.interact(() -> history.getSelectionModel().selectAll());
        robot.clickOn("#compareButton");

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("compareTab");
        List<String> removed = robot.lookup(".diff-removed").queryAllAs(Text.class).stream().map(Text::getText).toList();
        List<String> added = robot.lookup(".diff-added").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertThat(removed).containsExactly("晶質");
        assertThat(added).containsExactly("治理");
        Screenshots.save(window.scene, "zh-drafting-compare");

        robot.interact(() -> {
            history.getSelectionModel().clearSelection();
            history.getSelectionModel().select(1); // revision 1, the older
        });
        window.dialogs.answers.add(0);
        robot.clickOn("#restoreButton");
        assertThat(window.dialogs.questions.getLast()).contains("確定還原第 1 版？");

        assertThat(editor(robot, "zh").getText()).isEqualTo(first);
        assertThat(app.revisions().history(a13, Language.ZH_TW)).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(history.getItems()).hasSize(3);
    }

    @Test
    void aFinalSectionIsReadOnlyUntilReopenedWithAReason(FxRobot robot) {
        openSection(robot, "A1");
        assertThat(robot.lookup("#finalBanner").tryQuery()).isPresent();
        assertThat(editor(robot, "zh").isEditable()).isFalse();

        window.dialogs.answers.add("委員建議補充施行法修正進度");
        robot.clickOn("#statusPicker").clickOn("撰寫中");

        assertThat(app.sections().open(section("A1")).section().status()).isEqualTo(SectionStatus.DRAFTING);
        assertThat(app.sections().open(section("A1")).statusHistory().getLast().reason()).isEqualTo("委員建議補充施行法修正進度");
        assertThat(editor(robot, "zh").isEditable()).isTrue();
        assertThat(robot.lookup("#finalBanner").tryQuery()).isEmpty();
        robot.clickOn("#historyToggle");
        ListView<?> changes = robot.lookup("#statusHistory").queryAs(ListView.class);
        assertThat(changes.getItems().getFirst().toString()).endsWith("：定稿 → 撰寫中（委員建議補充施行法修正進度）");
    }

    @Test
    void anEmptyReasonIsAskedForAgainAndMarkingFinalAsksFirstSayingWhatIsMissing(FxRobot robot) {
        openSection(robot, "A1");
        window.dialogs.answers.add("  ");
        window.dialogs.answers.add("補充施行法修正進度");
        robot.clickOn("#statusPicker").clickOn("撰寫中");
        assertThat(window.dialogs.questions).anyMatch(q -> q.endsWith("重新開啟定稿章節須說明理由。"));
        assertThat(app.sections().open(section("A1")).statusHistory().getLast().reason()).isEqualTo("補充施行法修正進度");

        openSection(robot, "A13"); // being drafted, in Chinese only
        var a13 = app.sections().open(section("A13"));
        assertThat(a13.en()).isEmpty();
        robot.clickOn("#statusPicker").clickOn("定稿"); // no answer: cancelled
        assertThat(window.dialogs.questions.getLast()).startsWith("標示為定稿: 定稿後，須說明理由重新開啟才能修改。")
                .contains("尚無英文內容。").doesNotContain("尚無中文內容。");
        assertThat(app.sections().open(section("A13")).section().status()).isEqualTo(a13.section().status());
        assertThat(robot.lookup("#statusPicker").queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo(a13.section().status());
    }

    @Test
    void cancellingTheReasonLeavesTheSectionFinal(FxRobot robot) {
        openSection(robot, "A1");
        robot.clickOn("#statusPicker").clickOn("撰寫中"); // no answer queued: the dialog is cancelled
        assertThat(app.sections().open(section("A1")).section().status()).isEqualTo(SectionStatus.FINAL);
        assertThat(robot.lookup("#statusPicker").queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo(SectionStatus.FINAL);
    }

    @Test
    void staleEnglishIsShownAndCanBeMarkedInSync(FxRobot robot) {
        openSection(robot, "A5");
        assertThat(text(robot, "#translationBannerText")).isEqualTo("英文版係依中文第 1 版翻譯；其後中文第 2, 3 段已修改（刪除 0 段）。");
        Screenshots.save(window.scene, "zh-drafting-stale-english");
        robot.clickOn("#markInSync");
        assertThat(robot.lookup("#translationBanner").tryQuery()).isEmpty();

        robot.clickOn("#behindOnly");
        ListView<?> list = robot.lookup("#sectionList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString).noneMatch(s -> s.contains("key=A5,"))
                .anyMatch(s -> s.contains("key=A8,"));
    }

    @Test
    void textTypedBeforeACrashIsOfferedBackOnTheNextStart(FxRobot robot) {
        // what the autosave left behind when the program was killed
        app.recovery().keep(section("A13"), Language.ZH_TW, TestWorkbench.class.getSimpleName(), "還沒存的段落", 1);
        app.recovery().keep(section("A13"), Language.ZH_TW, app.username(), "還沒存的段落", 1);

        openSection(robot, "A13");
        assertThat(robot.lookup("#recoveryBanner").tryQuery()).isPresent();
        robot.clickOn("#restoreRecovered");

        assertThat(editor(robot, "zh").getText()).isEqualTo("還沒存的段落");
        robot.clickOn("#saveButton");
        assertThat(app.sections().open(section("A13")).zh().orElseThrow().body()).isEqualTo("還沒存的段落");
        assertThat(app.recovery().pending(app.username())).isEmpty();
    }

    @Test
    void searchFindsPassagesInBothCyclesAndOpensTheSectionAtTheHit(FxRobot robot) {
        robot.clickOn("#globalSearch").write("洗錢").type(KeyCode.ENTER);

        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        assertThat(results.getItems()).hasSizeGreaterThan(3);
        assertThat(text(robot, "#searchSummary")).contains("個章節含有「洗錢」");
        assertThat(robot.lookup(".search-match").queryAllAs(Text.class)).isNotEmpty().allMatch(t -> t.getText().equals("洗錢"));
        assertThat(robot.lookup("#searchResults .text").queryAllAs(Text.class)).as("passages read as text, not as Markdown")
                .noneMatch(t -> t.getText().contains("##") || t.getText().contains("**") || t.getText().contains("|---"));
        Screenshots.save(window.scene, "zh-search");

        robot.clickOn("#searchCycle").clickOn("第三次國家報告");
        int a14 = -1;
        for (int i = 0; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).toString().contains("sectionKey=A14,") && results.getItems().get(i).toString().contains("cycleNumber=3")) {
                a14 = i;
            }
        }
        assertThat(a14).isNotNegative();
        int row = a14;
        robot.interact(() -> results.getSelectionModel().select(row));
        robot.interact(results::requestFocus);
        robot.type(KeyCode.ENTER);

        assertThat(text(robot, "#editorTitle")).isEqualTo("第十四條　預防洗錢措施");
        assertThat(editor(robot, "zh").getSelectedText()).isEqualTo("洗錢");
    }

    @Test
    void aWordFileImportedInTheEditorIsAnUndoableUnsavedChange(FxRobot robot) throws Exception {
        java.nio.file.Path docx = dataDir.resolve("moj.docx");
        java.nio.file.Files.copy(DraftingPageTest.class.getResourceAsStream("/docx/libreoffice-agency-answer.docx"), docx);
        openSection(robot, "A15");
        String before = editor(robot, "zh").getText();
        window.dialogs.answers.add(docx);
        robot.clickOn("#importSection");
        assertThat(editor(robot, "zh").getText()).startsWith("# 第十五條　賄賂國家公職人員");
        assertThat(text(robot, "#editorStatus")).startsWith("moj.docx 已載入編輯器，尚未儲存");
        assertThat(app.revisions().history(section("A15"), Language.ZH_TW)).hasSize(1);
        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(editor(robot, "zh").getText()).isEqualTo(before);

        java.nio.file.Path bad = java.nio.file.Files.writeString(dataDir.resolve("bad.docx"), "no");
        window.dialogs.answers.add(bad);
        robot.clickOn("#importSection");
        assertThat(window.dialogs.warnings).singleElement().satisfies(e -> assertThat(e).contains("不是 Word 文件"));
        assertThat(editor(robot, "zh").getText()).isEqualTo(before);
    }

    @Test
    void theEditorInEnglish(FxRobot robot) {
        robot.clickOn("#nav-settings").clickOn("#languagePicker").clickOn("English");
        openSection(robot, "A5");
        assertThat(text(robot, "#editorTitle")).isEqualTo("Article 5. Preventive anti-corruption policies and practices");
        assertThat(text(robot, "#translationBannerText")).isEqualTo(
                "The English was made from Chinese revision 1; since then Chinese paragraphs 2, 3 changed (0 removed).");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(preview(robot, "en")).contains("National anti-corruption policy");
        robot.clickOn("#historyToggle");
        Screenshots.save(window.scene, "en-drafting-editor");
    }

    @Test
    void theNextStartSaysWhichTextsWereKeptAndOpensDrafting(FxRobot robot) {
        app.recovery().keep(section("A13"), Language.ZH_TW, app.username(), "還沒存的段落", 1);
        // as at start-up: the kept texts were read with the first screen, their cycles are those shown
        robot.interact(() -> window.viewModel.offerRecovery(app.recovery().pending(app.username())));
        assertThat(window.dialogs.information).singleElement().satisfies(m -> assertThat(m)
                .startsWith("已保留未儲存的內容").contains("第三次國家報告 A13（繁體中文）"));
        assertThat(robot.lookup("#draftingPage").tryQuery()).isPresent();

        // when the first screen could not be read early, the window asks in the background
        robot.clickOn("#nav-dashboard");
        robot.interact(() -> window.viewModel.offerRecovery(app.recovery(), app.username(),
                id -> app.cycles().cycle(id).orElseThrow().title(Language.ZH_TW)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.dialogs.information).hasSize(2).last().asString().contains("第三次國家報告 A13（繁體中文）");
        assertThat(robot.lookup("#draftingPage").tryQuery()).isPresent();
    }

    @Test
    void typingIsKeptForRecoveryWhenLeavingThePageUnsaved(FxRobot robot) {
        openSection(robot, "A13");
        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL).write("未存");
        robot.clickOn("#nav-dashboard");
        assertThat(app.recovery().pending(app.username())).singleElement()
                .satisfies(c -> assertThat(c.body()).endsWith("未存"));
    }
}
