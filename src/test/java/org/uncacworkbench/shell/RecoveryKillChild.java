package org.uncacworkbench.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.App;
import org.uncacworkbench.drafting.ui.SectionEditorView;
import org.uncacworkbench.ui.BackgroundTasks;

/**
 * The window at work as the program runs it (background tasks on their own threads, the autosave on
 * its timer), driven by a robot until the parent kills the process: types in section A13, and
 * prints {@code TYPED <text>} once the autosave interval has passed since the last keystroke.
 *
 * <p>Scenarios: {@code leave-and-return} types, leaves for the dashboard, comes back, takes the
 * kept copy back and types more; {@code after-save} types, saves with Ctrl+S and types more.
 */
public final class RecoveryKillChild {

    private RecoveryKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String scenario = args[1];
        App app = App.openForWork(dir, Clock.systemDefaultZone());
        BackgroundTasks tasks = BackgroundTasks.standard();
        WindowFixture window = new WindowFixture();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> window.show(stage, app, new SettingsStore(dir, Locale.TAIWAN),
                new SettingsStore(dir, Locale.TAIWAN).load(), tasks));
        FxRobot robot = new FxRobot();
        settle(robot, tasks);
        String typed;
        if (scenario.equals("leave-and-return")) {
            openA13(robot, tasks);
            typeAtEnd(robot, tasks, "第一次打字");
            robot.clickOn("#nav-dashboard");
            settle(robot, tasks);
            openA13(robot, tasks);
            robot.clickOn("#restoreRecovered"); // the banner offers what was typed before leaving
            settle(robot, tasks);
            typeAtEnd(robot, tasks, "第二次打字");
            typed = "第一次打字第二次打字";
        } else {
            openA13(robot, tasks);
            typeAtEnd(robot, tasks, "存過的");
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            settle(robot, tasks);
            typeAtEnd(robot, tasks, "存後再打");
            typed = "存過的存後再打";
        }
        WaitForAsyncUtils.sleep((long) SectionEditorView.AUTOSAVE_MILLIS + 1500, TimeUnit.MILLISECONDS);
        settle(robot, tasks);
        System.out.println("TYPED " + typed);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    private static void openA13(FxRobot robot, BackgroundTasks tasks) {
        robot.clickOn("#nav-drafting");
        settle(robot, tasks);
        WindowFixture.selectSection(robot, "A13");
        settle(robot, tasks);
    }

    private static void typeAtEnd(FxRobot robot, BackgroundTasks tasks, String text) {
        robot.clickOn("#editor-zh").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL).write(text);
        settle(robot, tasks);
    }

    /** Waits until the window has handled its events and no background task is running. */
    private static void settle(FxRobot robot, BackgroundTasks tasks) {
        for (int i = 0; i < 100; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (tasks.runningProperty().get() == 0) {
                WaitForAsyncUtils.waitForFxEvents();
                if (tasks.runningProperty().get() == 0) {
                    return;
                }
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }
}
