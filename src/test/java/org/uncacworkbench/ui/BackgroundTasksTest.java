package org.uncacworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    @Test
    void cancellingStopsLongWorkAndDropsItsResult() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        BackgroundTasks tasks = new BackgroundTasks(worker, Runnable::run);
        List<Double> reported = new CopyOnWriteArrayList<>();
        List<String> outcomes = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        var handle = tasks.submit(p -> {
            for (int i = 0; i < 1_000_000; i++) {
                if (p.cancelled()) {
                    stopped.countDown();
                    return "stopped at " + i;
                }
                p.report(i / 1_000_000.0);
                started.countDown();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "finished";
        }, reported::add, outcomes::add, failure -> outcomes.add("failed"));

        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the work saw the request and stopped").isTrue();
        worker.shutdown();
        assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).isNotEmpty();
        assertThat(outcomes).as("a cancelled task delivers nothing").isEmpty();
        assertThat(tasks.runningProperty().get()).isZero();
    }

    @Test
    void readingAheadRunsOnTheWorkerWithoutTheSpinnerAndAFailureStaysQuiet() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        BackgroundTasks tasks = new BackgroundTasks(worker, Runnable::run);
        List<String> ran = new CopyOnWriteArrayList<>();
        tasks.readAhead(() -> {
            ran.add(Thread.currentThread().getName());
            throw new IllegalStateException("the database was closed meanwhile");
        });
        tasks.readAhead(() -> ran.add("second"));
        worker.shutdown();
        assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasSize(2).doesNotContain(Thread.currentThread().getName());
        assertThat(tasks.runningProperty().get()).as("no spinner for work the user did not ask for").isZero();
    }
}
