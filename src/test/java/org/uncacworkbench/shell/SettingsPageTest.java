package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.storage.BackupService;
import org.uncacworkbench.ui.RecordingDialogs;

/** Backing up and restoring from the Settings page, as a secretariat officer would before a risky change. */
@ExtendWith(ApplicationExtension.class)
class SettingsPageTest extends OnTheDemo {

    @TempDir
    Path dir;
    RecordingDialogs dialogs;
    final List<Path> restored = new ArrayList<>();

    @Start
    void start(Stage stage) {
        WindowFixture window = new WindowFixture();
        SettingsStore store = new SettingsStore(dir, Locale.TAIWAN);
        window.show(stage, app, store, store.load());
        window.viewModel.onRestore(restored::add);
        dialogs = window.dialogs;
    }

    @Test
    void backUpNowWritesAWholeBackupWhereTheUserChose(FxRobot robot) {
        Path target = dir.resolve("備份").resolve("before-the-panel.zip");
        dialogs.answers.add(target);
        robot.clickOn("#nav-settings").clickOn("#backUpNow");

        assertThat(target).exists();
        assertThat(BackupService.describe(target).schemaVersion()).isNotBlank();
        assertThat(robot.lookup("#backupState").queryAs(Labeled.class).getText()).isEqualTo("備份已寫入 " + target + "。");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void restoringAsksFirstSayingWhenTheBackupWasMadeAndOnlyThenReplacesTheData(FxRobot robot) {
        Path backup = app.backups().backupTo(dir.resolve("demo.zip"));
        dialogs.answers.add(backup);
        dialogs.answers.add(1); // Cancel
        robot.clickOn("#nav-settings").clickOn("#restoreBackup");
        assertThat(dialogs.questions.getLast()).startsWith("還原備份: 以備份 demo.zip（").contains("資料庫版本 0", "[還原, 取消]");
        assertThat(restored).as("cancelled: nothing replaced").isEmpty();

        dialogs.answers.add(backup);
        dialogs.answers.add(0); // Restore
        robot.clickOn("#restoreBackup");
        assertThat(restored).containsExactly(backup);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingIsAsked(FxRobot robot) throws Exception {
        Path notOne = Files.writeString(dir.resolve("minutes.zip"), "not a backup");
        dialogs.answers.add(notOne);
        robot.clickOn("#nav-settings").clickOn("#restoreBackup");

        assertThat(dialogs.warnings).singleElement().asString().startsWith("未還原備份: ").contains("不是工作臺的備份檔");
        assertThat(restored).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
