package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleSetup;
import org.uncacworkbench.ui.Screenshots;

/** Setting up cycles from the dashboard, as the secretariat does at the start of each cycle. */
@ExtendWith(ApplicationExtension.class)
class CycleSetupPageTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path settingsDir;
    App app;
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void demo() {
        app = TestWorkbench.withDemo(dataDir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        // the database is opened per test, before the window: shown in the test
        this.stage = stage;
    }

    Stage stage;

    private void show(FxRobot robot) {
        SettingsStore store = new SettingsStore(settingsDir, Locale.TAIWAN);
        robot.interact(() -> window.show(stage, app, store, store.load()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveCycleSetup").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCyclesTitlePhaseDatesAndANewMilestoneAreSavedAndAProblemIsSaidInTheDialog(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#editCycle");
        waitForDialog(robot);
        Screenshots.save(robot.lookup("#saveCycleSetup").query().getScene(), "zh-cycle-setup");

        robot.interact(() -> robot.lookup("#cycleTitleZh").queryAs(TextField.class).setText(""));
        robot.clickOn("#saveCycleSetup");
        assertThat(robot.lookup("#cycleSetupProblem").queryAs(Labeled.class).getText()).isEqualTo("請填寫週期的中文名稱。");
        assertThat(robot.lookup("#saveCycleSetup").tryQuery()).as("the dialog stays, with what was typed").isPresent();

        robot.interact(() -> robot.lookup("#cycleTitleZh").queryAs(TextField.class).setText("第三次國家報告（修訂）"));
        robot.interact(() -> robot.lookup("#addMilestone").queryButton().fire()); // below the fold of the scrolled form
        int n = app.cycles().setup(app.cycles().cycleByNumber(3).orElseThrow().id()).milestones().size() + 1;
        assertThat(robot.lookup("#milestoneZh-" + n).queryAs(TextField.class).isFocused()).as("the new row is ready for typing").isTrue();
        robot.write("期中檢討會議");
        robot.clickOn("#milestoneEn-" + n).write("Mid-term review meeting");
        robot.interact(() -> robot.lookup("#milestoneDue-" + n).queryAs(DatePicker.class).getEditor().setText("116年3月15日"));
        robot.clickOn("#saveCycleSetup");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveCycleSetup").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        CycleSetup saved = app.cycles().setup(app.cycles().cycleByNumber(3).orElseThrow().id());
        assertThat(saved.titleZh()).isEqualTo("第三次國家報告（修訂）");
        assertThat(saved.milestones()).anySatisfy(m -> {
            assertThat(m.titleEn()).isEqualTo("Mid-term review meeting");
            assertThat(m.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        });
        assertThat(robot.lookup("#dashboardTitle").queryAs(Labeled.class).getText()).startsWith("第三次國家報告（修訂）");
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void theNextCycleIsCreatedFromTheDashboardAndShown(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#newCycle");
        waitForDialog(robot);
        Cycle third = app.cycles().cycleByNumber(3).orElseThrow();
        var thirdPlan = app.cycles().setup(third.id());
        assertThat(robot.lookup("#cyclePeriodStart").queryAs(DatePicker.class).getValue())
                .as("the newest cycle's period four years on").isEqualTo(third.periodStart().plusYears(4));
        assertThat(robot.lookup("#phase-drafting-plannedStart").queryAs(DatePicker.class).getValue())
                .isEqualTo(thirdPlan.phases().getFirst().plannedStart().plusYears(4));
        // a three-year cycle: the plan moves again
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> length = robot.lookup("#cycleLength").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> length.getValueFactory().setValue(3));
        assertThat(robot.lookup("#cyclePeriodStart").queryAs(DatePicker.class).getValue()).isEqualTo(third.periodStart().plusYears(3));
        assertThat(robot.lookup("#phase-follow_up-plannedEnd").queryAs(DatePicker.class).getValue())
                .isEqualTo(thirdPlan.phases().getLast().plannedEnd().plusYears(3));
        robot.clickOn("#cycleTitleZh").write("第四次國家報告");
        robot.clickOn("#cycleTitleEn").write("Fourth National Report");
        robot.clickOn("#saveCycleSetup");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveCycleSetup").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Cycle fourth = app.cycles().cycleByNumber(4).orElseThrow();
        assertThat(app.sections().sections(fourth.id())).hasSize(74);
        assertThat(robot.lookup("#dashboardTitle").queryAs(Labeled.class).getText()).startsWith("第四次國家報告");
        assertThat(window.viewModel.cycles()).hasSize(3);
        var fourthPlan = app.cycles().setup(fourth.id());
        assertThat(fourthPlan.lengthYears()).isEqualTo(3);
        assertThat(fourthPlan.periodStart()).isEqualTo(third.periodStart().plusYears(3));
        assertThat(fourthPlan.milestones()).extracting(CycleSetup.MilestoneDraft::titleZh)
                .containsExactlyElementsOf(thirdPlan.milestones().stream().map(CycleSetup.MilestoneDraft::titleZh).toList());
        assertThat(fourthPlan.milestones()).allSatisfy(m -> assertThat(m.completedOn()).isNull());
    }
}
