package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.panel.ActionItem;
import org.uncacworkbench.panel.AgendaItem;
import org.uncacworkbench.panel.ItemKind;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat walks a whole session of cycle 3's panel: plan, chair, attendance, comments, rulings, minutes. */
@ExtendWith(ApplicationExtension.class)
class PanelPageTest {

    @TempDir
    Path dataDir;
    App app;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        app = TestWorkbench.withDemo(dataDir);
        SettingsStore store = new SettingsStore(dataDir, Locale.TAIWAN);
        window.show(stage, app, store, store.load());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Types into a field that may sit below the visible part of a scrolled form. */
    /** Whether a node is in a Markdown preview (beside an editor), not the editor itself. */
    private static boolean isInPreview(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("markdown-preview")) {
                return true;
            }
        }
        return false;
    }

    /** The minutes as the editor holds them (the section editor's code area, with its preview beside). */
    private static String minutesText(FxRobot robot) {
        return robot.lookup("#minutesText").queryAs(org.fxmisc.richtext.CodeArea.class).getText();
    }

    private static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(value));
    }

    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @SuppressWarnings("unchecked")
    private static <T> void pick(FxRobot robot, String query, java.util.function.Predicate<T> which) {
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    private static void detailTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#sessionDetail").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    private PanelMember member(String name) {
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        return app.panel().members(cycle).stream().filter(m -> m.nameZh().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void walkAWholeSessionFromPlanToMinutes(FxRobot robot) throws Exception {
        robot.clickOn("#nav-panel");
        assertThat(robot.lookup("#sessionTable").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(((Labeled) robot.lookup("#sessionTable").queryAs(TableView.class).getPlaceholder()).getText())
                .as("an empty table speaks the interface's language").isEqualTo("本週期尚無會議，請在右側規劃第一次會議。");
        assertThat(robot.lookup("#sessionDate").queryAs(DatePicker.class).getPromptText()).as("a pattern, not a date that looks filled in").isEqualTo("○○○年○月○日");
        // at 1280×800 every label of the session form is read whole (the fields give way)
        robot.interact(() -> {
            window.scene.getWindow().setWidth(1280);
            window.scene.getWindow().setHeight(800);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sessionDetail .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.isVisible() && l.getLabelFor() != null && l.getScene() != null)
                .map(l -> l.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() + "|" + l.getText() : l.getText() + "|" + l.getText()))
                .isNotEmpty().allSatisfy(pair -> assertThat(pair.split("\\|")[0]).as("shown whole").isEqualTo(pair.split("\\|")[1]));
        robot.interact(() -> {
            window.scene.getWindow().setWidth(1400);
            window.scene.getWindow().setHeight(900);
        });

        // plan
        DatePicker date = robot.lookup("#sessionDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.parse("2026-12-03")));
        robot.clickOn("#sessionEnd").write("17:00");
        robot.clickOn("#venueZh").write("法務部廉政署第一會議室");
        robot.clickOn("#recorder").write("林雅婷");
        robot.clickOn("#saveSession");
        assertThat(text(robot, "#panelStatus")).isEqualTo("已建立第1次會議。");
        type(robot, "#itemArticle", "5");
        type(robot, "#itemTitleZh", "第5條預防性反貪腐政策及作法草稿審閱");
        press(robot, "#addItem");
        pick(robot, "#itemKind", (ItemKind k) -> k == ItemKind.REPORT);
        type(robot, "#itemTitleZh", "國家報告撰寫進度");
        press(robot, "#addItem");
        assertThat(robot.lookup("#agendaList").queryAs(ListView.class).getItems()).hasSize(2);
        Screenshots.save(window.scene, "zh-panel-plan");

        // chair and attendance: 王志明 sends apologies, so the rotation proposes 李淑芬
        detailTab(robot, 1);
        assertThat(text(robot, "#proposal")).isEqualTo("輪值建議：王志明（目前已主持 0 次）");
        robot.clickOn("#attendance-" + member("王志明").id() + "-apologies");
        assertThat(text(robot, "#proposal")).isEqualTo("輪值建議：李淑芬（目前已主持 0 次）");
        assertThat(text(robot, "#skipped")).contains("王志明（請假）");
        robot.clickOn("#acceptProposal");
        assertThat(text(robot, "#currentChair")).isEqualTo("主席：李淑芬");
        for (String name : new String[] {"李淑芬", "陳思穎", "林國華"}) {
            press(robot, "#attendance-" + member(name).id() + "-present");
        }
        Screenshots.save(window.scene, "zh-panel-chair");

        // comments, rulings and an action item
        detailTab(robot, 2);
        pick(robot, "#commentMember", (PanelMember m) -> m.nameZh().equals("陳思穎"));
        pick(robot, "#commentItem", (AgendaItem i) -> i.number() == 1);
        type(robot, "#commentParagraph", "3");
        type(robot, "#commentBody", "建議補充行動方案之績效指標。");
        press(robot, "#addComment");
        pick(robot, "#rulingItem", (AgendaItem i) -> i.number() == 1);
        type(robot, "#rulingZh", "請秘書處補充行動方案績效指標後，提下次會議確認。");
        press(robot, "#saveRuling");
        pick(robot, "#rulingItem", (AgendaItem i) -> i.number() == 2);
        type(robot, "#rulingZh", "洽悉。");
        press(robot, "#saveRuling");
        ListView<?> rulings = robot.lookup("#rulingList").queryAs(ListView.class);
        assertThat(rulings.getItems()).hasSize(2);
        robot.interact(() -> rulings.getSelectionModel().select(0));
        type(robot, "#actionDescription", "補充行動方案績效指標");
        type(robot, "#actionArticle", "5");
        type(robot, "#actionUser", "lin");
        robot.interact(() -> robot.lookup("#actionDue").queryAs(DatePicker.class).setValue(LocalDate.parse("2026-12-20")));
        press(robot, "#addAction");
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        assertThat(app.sessionRecords().actions(cycle)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionItem.Kind.REVISE_SECTION);
            assertThat(a.sectionKey()).isEqualTo("A5");
            assertThat(a.sessionNo()).isEqualTo(1);
        });
        Screenshots.save(window.scene, "zh-panel-record");

        // minutes: drafted from the record, edited, exported and opened
        detailTab(robot, 3);
        String draft = minutesText(robot);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#minutesTab").tryQuery().isPresent()
                && robot.lookup(n -> n instanceof javafx.scene.text.Text t && t.getText().contains("散會")
                        && n.getScene() != null && isInPreview(n)).tryQuery().isPresent());
        assertThat(draft).contains("時間：中華民國115年12月3日（星期四）下午2時", "主席：李淑芬委員", "請假：王志明委員",
                "陳思穎委員（第3段）：建議補充行動方案之績效指標。", "**決議**：請秘書處補充行動方案績效指標後，提下次會議確認。", "陸、散會：下午5時");
        robot.interact(() -> robot.lookup("#minutesText").queryAs(org.fxmisc.richtext.CodeArea.class)
                .replaceText(draft.replace("（略）", "主席感謝各位委員撥冗出席。")));
        robot.clickOn("#saveMinutes");
        assertThat(text(robot, "#minutesState")).isEqualTo("秘書處已編修：匯出編修後內容。");
        Path target = dataDir.resolve("第1次會議紀錄.docx");
        window.dialogs.answers.add(target);
        robot.clickOn("#exportMinutes");
        assertThat(window.dialogs.opened).containsExactly(target.toAbsolutePath());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("聯合國反貪腐公約第三次國家報告審閱諮詢委員會第1次會議紀錄", "主席：李淑芬委員", "主席感謝各位委員撥冗出席。");
        }
        Screenshots.save(window.scene, "zh-panel-minutes");

        PanelSession saved = app.panel().session(cycle, 1);
        assertThat(saved.chairMemberId()).isEqualTo(member("李淑芬").id());
        assertThat(saved.overrideReason()).isNull();
    }

    @Test
    void choosingAnotherChairWithoutAReasonIsRefused(FxRobot robot) {
        robot.clickOn("#nav-panel");
        DatePicker date = robot.lookup("#sessionDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.parse("2026-12-03")));
        robot.clickOn("#venueZh").write("會議室");
        robot.clickOn("#saveSession");
        detailTab(robot, 1);
        pick(robot, "#chairMember", (PanelMember m) -> m.nameZh().equals("林國華"));
        press(robot, "#assignChair");
        assertThat(window.dialogs.warnings).singleElement().satisfies(e -> assertThat(e).startsWith("未完成: ").contains("林國華並非輪值建議人選"));
        type(robot, "#overrideReason", "王委員當日須提前離席");
        press(robot, "#assignChair");
        assertThat(text(robot, "#currentChair")).isEqualTo("主席：林國華");
    }

    @Test
    void theMembersTabShowsHowOftenEachHasChairedInTheCompleteCycle(FxRobot robot) {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-panel");
        TabPane tabs = robot.lookup("#panelPage").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> table = robot.lookup("#memberTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        assertThat(table.getItems().stream().map(o -> ((org.uncacworkbench.panel.PanelService.ChairCount) o).times()).toList())
                .containsExactly(1, 1, 1, 1, 1, 1, 0, 0);
        Screenshots.save(window.scene, "zh-panel-members");
    }

    @Test
    void aReturnedPackIsImportedForItsMemberAndItsSuggestionAccepted(FxRobot robot) throws Exception {
        robot.clickOn("#nav-panel");
        TabPane tabs = robot.lookup("#panelPage").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        Path file = dataDir.resolve("returned.docx");
        try (var in = PanelPageTest.class.getResourceAsStream("/docx/libreoffice-returned-pack.docx")) {
            Files.copy(in, file);
        }
        window.dialogs.answers.add(file);
        press(robot, "#importPack");
        assertThat(window.dialogs.warnings).singleElement().satisfies(e -> assertThat(e).contains("請選擇寄回審閱資料之委員"));
        pick(robot, "#packMember", (PanelMember m) -> m.nameZh().equals("李淑芬"));
        press(robot, "#importPack");
        assertThat(text(robot, "#packStatus")).isEqualTo("returned.docx：已匯入 1 則意見及 1 處修改建議。");
        TableView<?> suggestions = robot.lookup("#suggestionTable").queryAs(TableView.class);
        assertThat(suggestions.getItems()).hasSize(1);
        robot.interact(() -> suggestions.getSelectionModel().select(0));
        assertThat(robot.lookup("#suggestionTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> String.valueOf(c.getText()))).contains("…以電子系統辦理，並每〔季 → 月〕公開統計。");
        Screenshots.save(window.scene, "zh-panel-packs");
        robot.clickOn("#acceptSuggestion");
        assertThat(text(robot, "#packStatus")).startsWith("已採納至 A8，成為第");
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        long a8 = app.sections().sectionId(cycle, "A8").orElseThrow();
        assertThat(app.sections().open(a8).zh().orElseThrow().body()).contains("並每月公開統計。");

        window.dialogs.answers.add(file);
        press(robot, "#importPack");
        assertThat(text(robot, "#packStatus")).isEqualTo("returned.docx 先前已匯入，未新增任何內容。");
    }

    @Test
    void inEnglishAHeldSessionShowsItsChairAndEnglishMinutes(FxRobot robot) {
        robot.clickOn("#nav-settings").clickOn("#languagePicker").clickOn("English");
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-panel");
        TableView<?> sessions = robot.lookup("#sessionTable").queryAs(TableView.class);
        assertThat(sessions.getItems()).hasSize(8);
        robot.interact(() -> sessions.getSelectionModel().select(4));
        detailTab(robot, 1);
        assertThat(text(robot, "#currentChair")).isEqualTo("Chair: Liu Chia-hao");
        Screenshots.save(window.scene, "en-panel-chair");
        detailTab(robot, 3);
        assertThat(minutesText(robot))
                .startsWith("Time: Friday 12 November 2021, 2:00 p.m.");
        Screenshots.save(window.scene, "en-panel-minutes");
    }

    @Test
    void englishMinutesSayWhatHasNoEnglishAskBeforeWritingItAndTakeTheEnglish(FxRobot robot) throws Exception {
        long cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        PanelSession fifth = app.panel().session(cycle2, 5);
        app.sessionRecords().addComment(fifth.id(), member2("李淑芬", cycle2).id(), fifth.agenda().get(1).id(), null, "建議補充申訴統計。", "tester");
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-panel");
        TableView<?> sessions = robot.lookup("#sessionTable").queryAs(TableView.class);
        robot.interact(() -> sessions.getSelectionModel().select(4));
        detailTab(robot, 3);
        press(robot, "#minutes-en");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#minutesMissing")).isEqualTo("有 1 項文字尚無英文，於本英文紀錄中標示為 [Chinese only]。");
        assertThat(minutesText(robot))
                .contains("Lee Shu-fen: [Chinese only] 建議補充申訴統計。");
        Screenshots.save(window.scene, "zh-panel-minutes-missing-english");

        // export: the missing text is listed first; cancelling writes nothing
        window.dialogs.answers.add(2);
        press(robot, "#exportMinutes");
        assertThat(window.dialogs.questions.getLast()).startsWith("英文紀錄含有中文").contains("第2案委員意見：建議補充申訴統計。");
        assertThat(window.dialogs.opened).isEmpty();

        window.dialogs.answers.add(java.util.List.of("Complaint statistics should be added."));
        press(robot, "#fillEnglish");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.dialogs.translationRequests).containsExactly("第2案委員意見 | 建議補充申訴統計。");
        assertThat(minutesText(robot))
                .contains("Lee Shu-fen: Complaint statistics should be added.").doesNotContain("[Chinese only]");
        assertThat(robot.lookup("#minutesMissing").queryAs(Labeled.class).getParent().isVisible()).isFalse();

        Path target = dataDir.resolve("minutes-5-en.docx");
        window.dialogs.answers.add(target);
        press(robot, "#exportMinutes");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.dialogs.opened.isEmpty());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).noneMatch(org.uncacworkbench.i18n.Scripts::hasCjk)
                    .anyMatch(t -> t.endsWith("Lee Shu-fen: Complaint statistics should be added."));
        }
    }

    private PanelMember member2(String nameZh, long cycleId) {
        return app.panel().members(cycleId).stream().filter(m -> m.nameZh().equals(nameZh)).findFirst().orElseThrow();
    }
}
