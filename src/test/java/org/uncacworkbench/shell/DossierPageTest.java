package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.ui.Screenshots;

/** From the Convention page, the dossier of an article: everything the cycle holds on it, and its briefing book. */
@ExtendWith(ApplicationExtension.class)
class DossierPageTest {

    @TempDir
    java.nio.file.Path dataDir;
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

    /** The dossier is read in the background once the page has chosen the article. */
    private static void waitForHeading(FxRobot robot) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#dossierHeading").tryQuery().isPresent());
    }

    private static String lines(FxRobot robot, String query) {
        return String.join("\n", robot.lookup(query).queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void theDossierOfArticle5InTheSecondCycleShowsItsQuestionsAndObservationsAndWritesTheBriefingBook(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-convention");
        robot.clickOn("#articleFilter").write("預防性");
        robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.DOWN);
        robot.clickOn("#dossierTab");
        assertThat(robot.lookup("#dossierHeading").queryAs(Labeled.class).getText()).isEqualTo("第五條　預防性反貪腐政策及作法");
        assertThat(lines(robot, "#dossierQuestions")).contains("第 1 題：");
        assertThat(lines(robot, "#dossierObservations")).startsWith("第 1 點：");
        assertThat(lines(robot, "#dossierPrevious")).isEqualTo("無紀錄。");
        Screenshots.save(window.scene, "zh-convention-dossier");

        java.nio.file.Path target = dataDir.resolveSibling(dataDir.getFileName() + "-book.docx");
        robot.interact(() -> robot.lookup("#bookArticles").queryTextInputControl().setText("5-6"));
        window.dialogs.answers.add(target);
        window.dialogs.answers.add(1); // not now
        robot.clickOn("#briefingBook");
        assertThat(Files.size(target)).isPositive();
        assertThat(window.dialogs.opened).isEmpty();
    }

    @Test
    void theDraftingPageAndTheSearchOpenTheDossierOfTheirArticle(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.openLocation(new org.uncacworkbench.drafting.SectionLocation(3, "A14",
                org.uncacworkbench.i18n.Language.ZH_TW, 0, 0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editorTitle").queryAs(Labeled.class).getText()).isEqualTo("第十四條　預防洗錢措施");
        robot.clickOn("#openDossier");
        assertThat(window.viewModel.pageProperty().get()).isEqualTo(org.uncacworkbench.shell.ui.Page.CONVENTION);
        waitForHeading(robot);
        assertThat(robot.lookup("#dossierHeading").queryAs(Labeled.class).getText()).isEqualTo("第十四條　預防洗錢措施");

        robot.clickOn("#nav-search");
        robot.clickOn("#searchField").write("洗錢").type(javafx.scene.input.KeyCode.ENTER);
        var results = robot.lookup("#searchResults").queryListView();
        int row = -1;
        for (int i = 0; i < results.getItems().size(); i++) {
            var hit = (org.uncacworkbench.drafting.SearchHit) results.getItems().get(i);
            if ("A5".equals(hit.sectionKey()) || "A14".equals(hit.sectionKey())) {
                row = i;
                break;
            }
        }
        assertThat(row).as("an article among the hits").isNotNegative();
        int chosen = row;
        robot.interact(() -> results.getSelectionModel().select(chosen));
        String expected = ((org.uncacworkbench.drafting.SearchHit) results.getItems().get(chosen)).sectionKey().equals("A5")
                ? "第五條　預防性反貪腐政策及作法" : "第十四條　預防洗錢措施";
        robot.clickOn("#searchDossier");
        waitForHeading(robot);
        assertThat(robot.lookup("#dossierHeading").queryAs(Labeled.class).getText()).isEqualTo(expected);
    }
}
