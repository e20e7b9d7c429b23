package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.uncacworkbench.App;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.CycleDashboard;
import org.uncacworkbench.drafting.RecoveryRepository;
import org.uncacworkbench.shell.SettingsStore;

/**
 * Opening the data folder for the window: the database (migrated, first time filled with the demo
 * cycles), and what the first screen shows (the cycles and the dashboard of the one the user had
 * open). The launcher begins it on its own thread as soon as it knows the window is wanted, so the
 * database opens while JavaFX starts rather than after it; the window takes the result once.
 */
final class EarlyStart {

    /** The opened program, and what its first screen shows when reading that worked. */
    record Opened(App app, Optional<FirstScreen> firstScreen) {
    }

    /**
     * The cycles, the dashboard of the cycle the window reopens (none when there are no cycles), and
     * the user's texts kept from an editor that was not saved (offered for recovery at once).
     */
    record FirstScreen(List<Cycle> cycles, Optional<CycleDashboard> dashboard, List<RecoveryRepository.Copy> unsaved) {
    }

    private static final AtomicReference<EarlyStart> PENDING = new AtomicReference<>();

    private final Path dataDir;
    private final CompletableFuture<Opened> result = new CompletableFuture<>();
    private volatile CompletableFuture<Void> released;

    private EarlyStart(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts opening {@code dataDir} in the background, for the window about to start. */
    static EarlyStart begin(Path dataDir) {
        EarlyStart early = new EarlyStart(dataDir);
        Thread.ofPlatform().name("workbench-open").daemon().start(() -> {
            try {
                early.result.complete(open(dataDir, Clock.systemDefaultZone()));
            } catch (Throwable t) {
                early.result.completeExceptionally(t);
            }
        });
        EarlyStart previous = PENDING.getAndSet(early);
        if (previous != null) {
            previous.discard();
        }
        return early;
    }

    /**
     * Discards the opening still waiting to be taken, if any; the result completes once it has let
     * go of the database (at once when nothing was pending).
     */
    static CompletableFuture<Void> abandon() {
        EarlyStart early = PENDING.getAndSet(null);
        return early == null ? CompletableFuture.completedFuture(null) : early.discard();
    }

    /**
     * The opening begun for {@code dataDir}, once: a later attempt (after a restore, or for another
     * folder) opens afresh. Empty when none was begun for that folder.
     */
    static Optional<EarlyStart> take(Path dataDir) {
        EarlyStart early = PENDING.getAndSet(null);
        if (early == null) {
            return Optional.empty();
        }
        if (!early.dataDir.equals(dataDir)) {
            early.discard();
            return Optional.empty();
        }
        return Optional.of(early);
    }

    /**
     * For an opening that was discarded (another folder wanted, or abandoned): completes once it has
     * let go of the database. Empty while it has not been discarded.
     */
    Optional<CompletableFuture<Void>> released() {
        return Optional.ofNullable(released);
    }

    /** Waits for the opening (call off the JavaFX thread); throws what opening threw. */
    Opened join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Closes what the opening opened, once it has finished; completes when the database is let go. */
    private synchronized CompletableFuture<Void> discard() {
        if (released == null) {
            released = result.handle((opened, failure) -> {
                if (opened != null) {
                    opened.app().close();
                }
                return null;
            });
        }
        return released;
    }

    /** Opens the folder and reads what the first screen shows; the same whether begun early or not. */
    static Opened open(Path dataDir, Clock clock) {
        App app = App.openForWork(dataDir, clock);
        try {
            List<Cycle> cycles = app.cycles().cycles();
            Cycle first = MainViewModel.reopen(cycles, new SettingsStore(dataDir, Locale.getDefault()).load());
            Optional<CycleDashboard> dashboard = first == null ? Optional.empty() : app.dashboards().dashboard(first.id());
            List<RecoveryRepository.Copy> unsaved = app.recovery().pending(app.username());
            return new Opened(app, Optional.of(new FirstScreen(cycles, dashboard, unsaved)));
        } catch (RuntimeException e) {
            // the window reads them again and reports a failure there, where the user can act on it
            return new Opened(app, Optional.empty());
        }
    }
}
