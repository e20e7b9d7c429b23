package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.shell.ui.WorkbenchApplication;
import org.uncacworkbench.ui.Screenshots;

/** The program as a newcomer starts it: an empty data folder, the demo loaded, the dashboard shown. */
class WorkbenchApplicationTest {

    @TempDir
    Path dataDir;

    /** A test that fails with a message still open must not leave it in front of the next test class's window. */
    @org.junit.jupiter.api.AfterEach
    void closeWhatIsStillOpen() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void firstStartLoadsTheDemoAndClosingRemembersTheWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(WorkbenchApplication.class, "--data-dir=" + dataDir, "--lang=en");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dashboardTitle").tryQuery().isPresent());

        assertThat(robot.lookup("#dashboardTitle").queryAs(Labeled.class).getText()).isEqualTo("Third National Report (2025–2026)");
        assertThat(robot.lookup("#statusDatabase").queryAs(Labeled.class).getText()).isEqualTo(dataDir.resolve("workbench.mv.db").toString());
        Screenshots.save(robot.lookup("#mainWindow").query().getScene(), "en-first-start");

        FxToolkit.cleanupApplication(app);

        Settings saved = new SettingsStore(dataDir, Locale.TAIWAN).load();
        assertThat(saved.language()).isEqualTo(Language.EN);
        assertThat(saved.lastCycleNumber()).hasValue(3);
        assertThat(saved.window()).hasValueSatisfying(w -> assertThat(w.width()).isGreaterThan(700));
        try (App reopened = App.open(dataDir, TestWorkbench.CLOCK)) {
            assertThat(reopened.check().run().problems()).as("closed cleanly, and whole").isEmpty();
        }
    }

    @Test
    void restoringFromTheWindowReplacesTheDataAndOpensTheWindowAgainOnIt() throws Exception {
        Path backup = dataDir.resolveSibling(dataDir.getFileName() + "-demo.zip");
        try (App demo = TestWorkbench.withDemo(dataDir)) {
            demo.backups().backupTo(backup);
            demo.database().dsl().execute("DELETE FROM concluding_observation");
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApplication app = (WorkbenchApplication) FxToolkit.setupApplication(WorkbenchApplication.class,
                "--data-dir=" + dataDir, "--lang=en");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dashboardTitle").tryQuery().isPresent());
        // the day's first start backs up in the background, while the window is already in use
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> java.nio.file.Files.isDirectory(dataDir.resolve("backups"))
                && java.nio.file.Files.list(dataDir.resolve("backups")).map(p -> p.getFileName().toString())
                        .anyMatch(n -> n.startsWith("daily-") && n.endsWith(".zip")));

        robot.interact(() -> app.restore(backup)); // what Settings does once the user confirmed
        // the message is clicked once its window is up and laid out: found earlier, its button may not be visible yet
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        javafx.scene.control.DialogPane done = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(done.getHeaderText()).isEqualTo("Backup restored");
        assertThat(((Labeled) done.getContent()).getText()).contains(backup.toString());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(org.testfx.util.NodeQueryUtils.isVisible()).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(robot.lookup("#dashboardTitle").queryAs(Labeled.class).getText()).as("the window is back, on the restored data")
                .isEqualTo("Third National Report (2025–2026)");

        FxToolkit.cleanupApplication(app);
        try (App reopened = App.open(dataDir, TestWorkbench.CLOCK)) {
            assertThat(TestWorkbench.number(reopened, "SELECT COUNT(*) FROM concluding_observation")).as("cycle 2's 30 and cycle 3's 2 drafts").isEqualTo(32);
            assertThat(TestWorkbench.number(reopened, "SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")).isEqualTo(1);
            assertThat(reopened.check().run().problems()).isEmpty();
        }
        assertThat(java.nio.file.Files.list(dataDir.resolve("backups")).map(p -> p.getFileName().toString()))
                .as("the data replaced is kept").anyMatch(n -> n.startsWith("before-restore-"));
    }
}
