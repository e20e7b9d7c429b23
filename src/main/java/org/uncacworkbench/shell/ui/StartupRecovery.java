package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.storage.RestoreService;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * Opens the data folder in the background; when that fails, says why and offers the ways out:
 * restore a backup into the folder, open another data folder, or quit. It keeps offering until
 * one works or the user quits, so a damaged or locked database never ends in a silent exit.
 *
 * @param <T> what opening gives (the program and what its first screen shows)
 */
public final class StartupRecovery<T> {

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<Path, T> opener;
    private final Clock clock;

    public StartupRecovery(BackgroundTasks tasks, DialogService dialogs, Messages messages, Function<Path, T> opener, Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.opener = opener;
        this.clock = clock;
    }

    public void open(Path dataDir, Consumer<T> opened, Runnable quit) {
        tasks.submit(() -> opener.apply(dataDir), opened, failure -> offer(dataDir, failure, opened, quit));
    }

    private void offer(Path dataDir, Throwable failure, Consumer<T> opened, Runnable quit) {
        int choice = dialogs.choose(messages.get("startup.failedTitle"),
                messages.describe(failure) + "\n\n" + messages.format("startup.wayOut", dataDir.toString()),
                List.of(messages.get("startup.restore"), messages.get("startup.otherFolder"), messages.get("startup.quit")));
        switch (choice) {
            case 0 -> dialogs.chooseFile(messages.get("startup.chooseBackup"), List.of("zip")).ifPresentOrElse(backup ->
                    tasks.submit(() -> new RestoreService(dataDir, clock).restore(backup), restored -> open(dataDir, opened, quit),
                            restoreFailure -> offer(dataDir, restoreFailure, opened, quit)),
                    () -> offer(dataDir, failure, opened, quit));
            case 1 -> dialogs.chooseFolder(messages.get("startup.chooseFolder")).ifPresentOrElse(other -> open(other, opened, quit),
                    () -> offer(dataDir, failure, opened, quit));
            default -> quit.run();
        }
    }
}
