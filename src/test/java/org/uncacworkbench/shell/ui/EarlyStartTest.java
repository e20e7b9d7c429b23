package org.uncacworkbench.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.shell.SettingsStore;
import org.uncacworkbench.storage.StorageException;

/** The data folder opening while JavaFX starts, and the window taking what it read. */
class EarlyStartTest {

    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftPending() throws Exception {
        // whatever a failed test left behind lets go of its files before the temporary folder goes
        EarlyStart.abandon().get(60, TimeUnit.SECONDS);
    }

    /** A folder with the demo, whose user last had cycle 2 open. */
    Path demoFolderLastOnCycle2() {
        Path data = dir.resolve("data");
        TestWorkbench.withDemo(data).close();
        SettingsStore store = new SettingsStore(data, Locale.TAIWAN);
        store.save(store.load().withLanguage(Language.EN).withLastCycle(2));
        return data;
    }

    @Test
    void opensTheFolderAndReadsTheFirstScreenOnceForTheWindow() {
        Path data = demoFolderLastOnCycle2();
        EarlyStart.begin(data);

        EarlyStart.Opened opened = EarlyStart.take(data).orElseThrow().join();
        try (App app = opened.app()) {
            EarlyStart.FirstScreen first = opened.firstScreen().orElseThrow();
            assertThat(first.cycles()).extracting(Cycle::number).containsExactly(2, 3);
            assertThat(first.dashboard()).hasValueSatisfying(d -> {
                assertThat(d.cycle().number()).as("the cycle the user had open").isEqualTo(2);
                assertThat(d.sectionTotal()).isPositive();
            });
            assertThat(EarlyStart.take(data)).as("taken once: a later attempt opens afresh").isEmpty();
        }
    }

    @Test
    void theFirstScreenKnowsWhichOfTheUsersTextsWereKeptUnsaved() {
        Path data = demoFolderLastOnCycle2();
        try (App app = App.open(data, TestWorkbench.CLOCK)) {
            long cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
            long a13 = app.sections().sectionId(cycle3, "A13").orElseThrow();
            app.recovery().keep(a13, Language.ZH_TW, app.username(), "打到一半", 1);
            app.recovery().keep(a13, Language.EN, "someone-else", "half typed", 1);
        }
        EarlyStart.begin(data);

        EarlyStart.Opened opened = EarlyStart.take(data).orElseThrow().join();
        try (App app = opened.app()) {
            assertThat(opened.firstScreen().orElseThrow().unsaved()).as("this user's, offered at once; not another user's")
                    .singleElement().satisfies(c -> {
                        assertThat(c.sectionKey()).isEqualTo("A13");
                        assertThat(c.body()).isEqualTo("打到一半");
                    });
        }
    }

    @Test
    void anOpeningBegunForAnotherFolderIsClosedNotUsed() throws Exception {
        Path data = demoFolderLastOnCycle2();
        EarlyStart early = EarlyStart.begin(data);

        assertThat(EarlyStart.take(dir.resolve("elsewhere"))).isEmpty();
        assertThat(EarlyStart.take(data)).as("discarded, not kept for later").isEmpty();
        early.released().orElseThrow().get(60, TimeUnit.SECONDS);
        // the discarded opening has let go of the database, so the folder opens again
        try (App again = App.open(data, TestWorkbench.CLOCK)) {
            assertThat(again.cycles().cycles()).hasSize(2);
        }
    }

    @Test
    void aFolderThatCannotBeOpenedIsReportedToTheWindow() throws Exception {
        Path data = Files.createDirectories(dir.resolve("damaged"));
        Files.write(data.resolve("workbench.mv.db"), "not a database, whatever its name says".repeat(200).getBytes(StandardCharsets.UTF_8));
        EarlyStart.begin(data);

        EarlyStart early = EarlyStart.take(data).orElseThrow();
        assertThatThrownBy(early::join).isInstanceOf(StorageException.class).hasMessageContaining("workbench.mv.db");
    }

    @Test
    void theWindowShowsTheRememberedCycleFromWhatWasReadEarly() throws Exception {
        Path data = demoFolderLastOnCycle2();
        EarlyStart.begin(data);

        FxToolkit.registerPrimaryStage();
        Application application = FxToolkit.setupApplication(WorkbenchApplication.class, "--data-dir=" + data, "--lang=en");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sectionTotal").tryQuery().isPresent());

        assertThat(robot.lookup("#dashboardTitle").queryAs(Labeled.class).getText()).isEqualTo("Second National Report (2021–2022)");
        assertThat(robot.lookup("#cyclePicker").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .extracting(c -> ((Cycle) c).number()).isEqualTo(2);
        assertThat(EarlyStart.take(data)).as("the window took the early opening").isEmpty();
        FxToolkit.cleanupApplication(application);

        assertThat(new SettingsStore(data, Locale.TAIWAN).load().lastCycleNumber()).hasValue(2);
    }
}
