package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.ui.RecordingDialogs;
import org.uncacworkbench.ui.Screenshots;

/** Drives the main window headless, as a secretariat user would, and reads what it shows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends OnTheDemo {

    @TempDir
    Path settingsDir;
    SettingsStore store;
    RecordingDialogs dialogs;
    Scene scene;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        store = new SettingsStore(settingsDir, Locale.TAIWAN);
        dialogs = window.dialogs;
        show(stage, store.load());
    }

    private void show(Stage stage, Settings settings) {
        window.show(stage, app, store, settings);
        scene = window.scene;
    }

    private String text(FxRobot robot, String query) {
        return switch (robot.lookup(query).query()) {
            case Labeled l -> l.getText();
            case javafx.scene.text.Text t -> t.getText();
            default -> throw new AssertionError(query + " shows no text");
        };
    }

    @Test
    void opensOnTheNewestCycleDashboardInChinese(FxRobot robot) {
        assertThat(text(robot, "#dashboardTitle")).isEqualTo("第三次國家報告（2025–2026）");
        assertThat(text(robot, "#dashboardPhase")).isEqualTo("目前階段：報告撰寫");
        assertThat(text(robot, "#count-not_started")).isEqualTo("25");
        assertThat(text(robot, "#count-final")).isEqualTo("12");
        assertThat(text(robot, "#sectionTotal")).isEqualTo("共 74 個章節");
        assertThat(robot.lookup("已逾期 23 天").tryQuery()).as("the first full draft is overdue").isPresent();
        assertThat(robot.lookup("#phaseTimeline").tryQuery()).isPresent();
        assertThat(text(robot, "#statusMessage")).isEqualTo("共 2 個審查週期");
        assertThat(dialogs.errors).isEmpty();
        assertThat(uiFontFamily(robot)).as("the Chinese interface in a Traditional Chinese font, where the system has it")
                .isEqualTo(Font.getFamilies().contains(CHINESE_FONT) ? CHINESE_FONT : Font.getDefault().getFamily());
        Screenshots.save(scene, "zh-dashboard-cycle3");
    }

    private static final String CHINESE_FONT = "Noto Sans CJK TC";

    /** The font family the window's text is shown in, as the dashboard's title has it. */
    private static String uiFontFamily(FxRobot robot) {
        return robot.lookup("#dashboardTitle").queryAs(Labeled.class).getFont().getFamily();
    }

    @Test
    void pickingACycleShowsItsDashboardAndIsRemembered(FxRobot robot) {
        robot.clickOn("#cyclePicker").clickOn("第二次國家報告（2021–2022）");

        assertThat(text(robot, "#dashboardTitle")).isEqualTo("第二次國家報告（2021–2022）");
        assertThat(text(robot, "#dashboardPhase")).isEqualTo("目前階段：追蹤管考");
        assertThat(text(robot, "#count-final")).isEqualTo("74");
        assertThat(text(robot, "#count-drafting")).isEqualTo("0");
        assertThat(store.load().lastCycleNumber()).hasValue(2);
        Screenshots.save(scene, "zh-dashboard-cycle2");
    }

    @Test
    void browsesTheConventionWithEachArticlesStatus(FxRobot robot) {
        robot.clickOn("#nav-convention");
        TreeView<?> tree = robot.lookup("#conventionTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).as("8 chapters").hasSize(8);
        int articles = tree.getRoot().getChildren().stream().mapToInt(c -> c.getChildren().size()).sum();
        assertThat(articles).isEqualTo(71);
        Screenshots.save(scene, "zh-convention");

        robot.clickOn("#articleFilter").write("洗錢");
        robot.clickOn("第十四條　預防洗錢措施");

        assertThat(text(robot, "#articleHeading")).isEqualTo("第十四條　預防洗錢措施");
        assertThat(text(robot, "#articleOtherTitle")).isEqualTo("Article 14. Measures to prevent money-laundering");
        assertThat(text(robot, "#articleChapter")).isEqualTo("第二章　預防措施");
        assertThat(text(robot, "#articleStatus")).isEqualTo("撰寫中");
        assertThat(text(robot, "#articleLeadAgency")).isEqualTo("法務部調查局（MJIB）");
        Screenshots.save(scene, "zh-convention-article14");

        // the same article in the other cycle: its section there is final
        robot.clickOn("#cyclePicker").clickOn("第二次國家報告（2021–2022）");
        assertThat(text(robot, "#articleHeading")).isEqualTo("第十四條　預防洗錢措施");
        assertThat(text(robot, "#articleStatus")).isEqualTo("定稿");
    }

    @Test
    void anArticleOpensItsDossierByDoubleClickOrEnterAndItsSectionByTheButton(FxRobot robot) {
        robot.clickOn("#nav-convention").clickOn("#articleFilter").write("洗錢");
        robot.doubleClickOn("第十四條　預防洗錢措施");
        assertThat(robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .anyMatch(p -> p.getSelectionModel().getSelectedItem() != null && "dossierTab".equals(p.getSelectionModel().getSelectedItem().getId())))
                .as("double-click shows the article's dossier").isTrue();

        robot.clickOn("#articleFilter").eraseText(2).write("5");
        robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.DOWN); // the chapter, then its article
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#dossierHeading").queryAs(Labeled.class).getText()).as("Enter on the chosen article").contains("第五條");

        robot.clickOn("#nav-convention").clickOn("#articleFilter").eraseText(1).write("70");
        robot.clickOn("第七十條　退出");
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).filter(t -> "articleTab".equals(t.getId())).findFirst().orElseThrow()
                .getTabPane().getSelectionModel().select(0)); // back to the article, whose button opens the section
        robot.clickOn("#openSection");
        assertThat(titleShown(robot)).contains("第七十條");
        assertThat(dialogs.errors).isEmpty();
    }

    /** The drafting page's title once the section it was asked to open is read (in the background). */
    private String titleShown(FxRobot robot) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#editorTitle").tryQuery().map(n -> !((Labeled) n).getText().isEmpty()).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no section opened", e);
        }
        return text(robot, "#editorTitle");
    }

    @Test
    void eachShortcutPutsTheKeyboardInItsPagesMainControlNotTheSearchBox(FxRobot robot) {
        String[] expected = {null, "articleFilter", "sectionList", "requestTable", "sessionTable", "reviewerTable", "followupTable", null, null,
            "languagePicker"};
        for (int i = 1; i <= 10; i++) {
            // Ctrl+1…9 in the sidebar's order, Ctrl+, for the settings
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(i == 10 ? javafx.scene.input.KeyCode.COMMA
                    : javafx.scene.input.KeyCode.getKeyCode(String.valueOf(i))).release(javafx.scene.input.KeyCode.CONTROL);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node focused = scene.getFocusOwner();
            assertThat(focused).as("Ctrl+%d", i).isNotNull();
            assertThat(focused.getId()).as("Ctrl+%d: not the header's search box", i).isNotEqualTo("globalSearch");
            if (expected[i - 1] != null) {
                assertThat(focused.getId()).as("Ctrl+%d", i).isEqualTo(expected[i - 1]);
            }
        }
    }

    @Test
    void articlesOfTheFinalProvisionsShowTheyDoNotApply(FxRobot robot) {
        // keyboard only: Ctrl+2 opens the Convention, type in the filter, Down goes to the results
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2).release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#articleFilter").write("退出");
        robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.DOWN);
        assertThat(text(robot, "#articleHeading")).isEqualTo("第七十條　退出");
        assertThat(text(robot, "#articleStatus")).isEqualTo("定稿（不適用）");

        robot.clickOn("#articleFilter").type(javafx.scene.input.KeyCode.ESCAPE);
        TreeView<?> tree = robot.lookup("#conventionTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).as("Esc clears the filter").hasSize(8);
    }

    @Test
    void switchingToEnglishRelabelsTheWholeWindowAndIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Screenshots.save(scene, "zh-settings");
        robot.clickOn("#languagePicker").clickOn("English");

        assertThat(text(robot, "#nav-convention")).isEqualTo("Convention");
        assertThat(text(robot, "#statusLanguage")).isEqualTo("English");
        assertThat(store.load().language()).isEqualTo(Language.EN);
        Screenshots.save(scene, "en-settings");

        robot.clickOn("#nav-dashboard");
        assertThat(text(robot, "#dashboardTitle")).isEqualTo("Third National Report (2025–2026)");
        assertThat(uiFontFamily(robot)).as("the English interface in the platform's own font").isEqualTo(Font.getDefault().getFamily());
        assertThat(text(robot, "#dashboardPhase")).isEqualTo("Current phase: Drafting");
        assertThat(robot.lookup("23 days overdue").tryQuery()).isPresent();
        Screenshots.save(scene, "en-dashboard-cycle3");

        robot.clickOn("#nav-convention").clickOn("#articleFilter").write("money");
        robot.clickOn("Article 14. Measures to prevent money-laundering");
        assertThat(text(robot, "#articleStatus")).isEqualTo("Drafting");
        assertThat(text(robot, "#articleOtherTitle")).isEqualTo("第十四條　預防洗錢措施");
        Screenshots.save(scene, "en-convention-article14");

        robot.clickOn("#cyclePicker").clickOn("Second National Report (2021–2022)");
        robot.clickOn("#nav-dashboard");
        Screenshots.save(scene, "en-dashboard-cycle2");
        assertThat(text(robot, "#dashboardPhase")).isEqualTo("Current phase: Follow-up");
    }

    @Test
    void aRestartReopensTheLanguageAndCycleLastUsed(FxRobot robot) {
        robot.clickOn("#cyclePicker").clickOn("第二次國家報告（2021–2022）");
        robot.clickOn("#nav-settings").clickOn("#languagePicker").clickOn("English");

        Settings remembered = store.load();
        robot.interact(() -> show((Stage) scene.getWindow(), remembered));

        assertThat(text(robot, "#dashboardTitle")).isEqualTo("Second National Report (2021–2022)");
        assertThat(text(robot, "#nav-dashboard")).isEqualTo("Dashboard");
    }

    @Test
    void restingThePointerOnTheSidebarOrTheTimelineShowsWhatItIs(FxRobot robot) throws Exception {
        robot.moveTo("#nav-convention");
        assertThat(tooltipShowing("公約條文 (Ctrl+2)")).as("the sidebar names the page and its shortcut").isTrue();

        robot.moveTo((javafx.scene.Node) robot.lookup(".timeline-milestone-overdue").query());
        assertThat(tooltipShowing("\n")).as("a milestone shows its title and date").isTrue();
    }

    /** Waits for a tooltip whose text contains {@code text}. */
    private static boolean tooltipShowing(String text) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().contains(text)));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aboutShowsTheVersionTheRuntimeAndWhereTheDataLives(FxRobot robot) {
        robot.clickOn("#nav-settings").clickOn("#aboutButton");
        assertThat(dialogs.information).singleElement().satisfies(text -> assertThat(text)
                .startsWith("關於 UNCAC 國家報告審查工作臺: UNCAC 國家報告審查工作臺 ")
                .contains("Java " + System.getProperty("java.runtime.version"))
                .contains("資料夾：" + dataDir)
                .contains("資料庫檔案：" + dataDir.resolve("workbench.mv.db"))
                .contains("資料結構版本：" + String.format("%03d", org.uncacworkbench.storage.MigrationTest.latest())));
    }
}
