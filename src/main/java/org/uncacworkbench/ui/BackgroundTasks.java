package org.uncacworkbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs slow work (database, files, rendering) off the JavaFX thread and hands results back to it.
 * The only place that calls {@link Platform#runLater}; tests inject executors that run in place.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final Executor worker;
    private final Executor fx;
    private final ExecutorService owned;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public BackgroundTasks(Executor worker, Executor fx) {
        this(worker, fx, null);
    }

    private BackgroundTasks(Executor worker, Executor fx, ExecutorService owned) {
        this.worker = worker;
        this.fx = fx;
        this.owned = owned;
    }

    /** Two daemon worker threads, results delivered on the JavaFX thread. */
    public static BackgroundTasks standard() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "workbench-background");
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(pool, Platform::runLater, pool);
    }

    /** How many tasks are under way; the status bar shows a spinner while it is above zero. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A handle to stop waiting for a task: its result is then dropped. */
    public interface Handle {
        void cancel();
    }

    /** What long work sees: where to report how far it is, and whether the user asked it to stop. */
    public interface Progress {
        void report(double fraction);

        boolean cancelled();
    }

    /**
     * Long work that reports progress (delivered on the FX thread) and can be cancelled: the work
     * checks {@link Progress#cancelled()} and stops; its result is then dropped.
     */
    public <T> Handle submit(java.util.function.Function<Progress, T> work, java.util.function.DoubleConsumer onProgress,
                             Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean stop = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void report(double fraction) {
                fx.execute(() -> onProgress.accept(fraction));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        Handle inner = submit(() -> work.apply(progress), onSuccess, onFailure);
        return () -> {
            stop.set(true);
            inner.cancel();
        };
    }

    public <T> Handle submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        fx.execute(() -> running.set(running.get() + 1));
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) { // every failure must reach the user, not die in a pool thread
                fx.execute(() -> {
                    running.set(running.get() - 1);
                    if (!cancelled.get()) {
                        onFailure.accept(t);
                    }
                });
                return;
            }
            fx.execute(() -> {
                running.set(running.get() - 1);
                if (!cancelled.get()) {
                    onSuccess.accept(result);
                }
            });
        });
        return () -> cancelled.set(true);
    }

    /**
     * Reading ahead that the user did not ask for (so that what they ask for next is quick): on a
     * worker, without the status bar's spinner. A failure is dropped on purpose: the work the user
     * does ask for reads again, and reports what goes wrong there.
     */
    public void readAhead(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException dropped) {
                    // see above: reported, if it persists, by the work the user asks for
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing: nothing left to read ahead for
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
