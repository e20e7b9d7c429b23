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
}
