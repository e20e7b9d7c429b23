package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.drafting.RecoveryRepository;
import org.uncacworkbench.storage.ChildProcess;

/**
 * Typing the autosave kept is offered back after the program is killed: the window runs in a
 * process of its own as the program runs it, is driven by a robot, killed, and the next start
 * offers the text, which the editor then takes back.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterKillTest {

    @TempDir
    Path dataDir;
    Stage stage;
    App app;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void typingAfterLeavingThePageAndComingBackIsOfferedAfterAKill(FxRobot robot) throws Exception {
        String typed = typeInAChildAndKillIt("leave-and-return");
        assertOfferedAfterRestart(robot, typed);
    }

    @Test
    void typingAfterAnEarlierSaveIsOfferedAfterAKill(FxRobot robot) throws Exception {
        String typed = typeInAChildAndKillIt("after-save");
        assertThat(typed).isEqualTo("存過的存後再打");
        assertOfferedAfterRestart(robot, typed);
        assertThat(app.sections().open(a13()).zh().orElseThrow().body()).as("what Ctrl+S saved").endsWith("存過的");
    }

    private String typeInAChildAndKillIt(String scenario) throws Exception {
        TestWorkbench.withDemo(dataDir).close();
        Process child = ChildProcess.java(ChildProcess.headlessOptions(), RecoveryKillChild.class, dataDir.toString(), scenario).redirectErrorStream(true).start();
        List<String> output = ChildProcess.readUntil(child, "TYPED ");
        child.destroyForcibly(); // SIGKILL: no shutdown, no leaving the page, no H2 close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String typed = output.isEmpty() || !output.getLast().startsWith("TYPED ") ? null : output.getLast().substring(6);
        assertThat(typed).as("the window typed before it was killed; its output:%n%s", String.join("\n", output)).isNotNull();
        return typed;
    }

    private void assertOfferedAfterRestart(FxRobot robot, String typed) {
        app = TestWorkbench.withDemo(dataDir);
        List<RecoveryRepository.Copy> unsaved = app.recovery().pending(app.username());
        assertThat(unsaved).singleElement().satisfies(c -> assertThat(c.body()).endsWith(typed));

        robot.interact(() -> window.show(stage, app, new SettingsStore(dataDir, Locale.TAIWAN), new SettingsStore(dataDir, Locale.TAIWAN).load()));
        robot.interact(() -> window.viewModel.offerRecovery(unsaved));
        assertThat(window.dialogs.information).singleElement().asString().startsWith("已保留未儲存的內容").contains("A13");

        WindowFixture.selectSection(robot, "A13");
        assertThat(robot.lookup("#recoveryBanner").tryQuery()).isPresent();
        robot.clickOn("#restoreRecovered");
        assertThat(robot.lookup("#editor-zh").queryAs(CodeArea.class).getText()).endsWith(typed);
    }

    private long a13() {
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        return app.sections().sectionId(cycle, "A13").orElseThrow();
    }
}
