package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.shell.ui.StartupRecovery;
import org.uncacworkbench.storage.DatabaseInUseException;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.RecordingDialogs;

/** A database problem at start-up is explained with the ways out, and each way out works. */
class StartupRecoveryTest {

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<App> opened = new ArrayList<>();
    final List<String> quit = new ArrayList<>();

    /** Opens folders as the program does, except that {@code busy} is held by another copy of the program. */
    StartupRecovery<App> recovery() {
        return new StartupRecovery<App>(new BackgroundTasks(Runnable::run, Runnable::run), dialogs, Messages.of(Language.EN), d -> {
            if (d.equals(dir.resolve("busy"))) {
                throw new DatabaseInUseException(d.resolve("workbench.mv.db"), new IllegalStateException("locked"));
            }
            return App.openForWork(d, TestWorkbench.CLOCK);
        }, TestWorkbench.CLOCK);
    }

    @AfterEach
    void close() {
        opened.forEach(App::close);
    }

    @Test
    void aDatabaseInUseOffersAnotherFolderAndOpensIt() {
        Path busy = dir.resolve("busy");
        dialogs.answers.add(1);
        dialogs.answers.add(dir.resolve("elsewhere"));
        recovery().open(busy, opened::add, () -> quit.add("quit"));
        assertThat(dialogs.questions).anySatisfy(q -> assertThat(q).contains("is already open in another copy of the workbench")
                .contains("Open another data folder…").contains(busy.toString()));
        assertThat(opened).singleElement().satisfies(app -> assertThat(app.database().dataDir()).isEqualTo(dir.resolve("elsewhere")));
        assertThat(quit).isEmpty();
    }

    @Test
    void aDamagedDatabaseCanBeRestoredFromABackupAndThenOpens() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (App good = TestWorkbench.withDemo(data)) {
            backup = good.backups().backupTo(dir.resolve("good.zip"));
        }
        Files.write(data.resolve("workbench.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        dialogs.answers.add(0);
        dialogs.answers.add(backup);
        recovery().open(data, opened::add, () -> quit.add("quit"));
        assertThat(opened).as(String.join("\n", dialogs.questions)).singleElement().satisfies(app ->
                assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM concluding_observation")).as("cycle 2's 30 and cycle 3's 2 drafts").isEqualTo(32));
        assertThat(Files.list(data.resolve("backups")).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("before-restore-"));
    }

    @Test
    void quittingQuits() {
        Path busy = dir.resolve("busy");
        dialogs.answers.add(2);
        recovery().open(busy, opened::add, () -> quit.add("quit"));
        assertThat(opened).isEmpty();
        assertThat(quit).containsExactly("quit");
    }
}
