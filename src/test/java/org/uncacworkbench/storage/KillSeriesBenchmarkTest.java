package org.uncacworkbench.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long kill series to run before every H2 upgrade (decision 0015): {@code kill.runs} kills
 * (default 50) at a person's pace and {@code kill.runs} at a busy pace, each on one aging file,
 * through the store and through the services. Run with
 * {@code ./mvnw -Pbench test -Dtest=KillSeriesBenchmarkTest} (about 15 minutes for 50).
 * Prints one line per series and fails if any acknowledged save was lost.
 */
@Tag("bench")
class KillSeriesBenchmarkTest {

    private static final int RUNS = Integer.getInteger("kill.runs", 50);

    @TempDir
    Path dir;

    @Test
    void storeAtAPersonsPace() throws Exception {
        series("store", 300, 1500, 2000, 6000);
    }

    @Test
    void storeBusy() throws Exception {
        series("store", 20, 150, 500, 3000);
    }

    @Test
    void servicesAtAPersonsPace() throws Exception {
        series("services", 300, 1500, 2000, 6000);
    }

    @Test
    void servicesBusy() throws Exception {
        series("services", 20, 150, 500, 3000);
    }

    private void series(String mode, int minPause, int maxPause, int minKill, int maxKill) throws Exception {
        SaveSurvivesKillTest.prepareDemo(dir);
        long seed = System.nanoTime();
        List<KillSeries.Run> runs = new KillSeries(dir, mode, seed, minPause, maxPause).run(RUNS, minKill, maxKill);
        long lossy = runs.stream().filter(KillSeries.Run::lostSomething).count();
        int acknowledged = runs.stream().mapToInt(KillSeries.Run::acknowledged).sum();
        long size = Files.size(dir.resolve(Database.FILE_BASE_NAME + ".mv.db"));
        System.out.printf("kill series %s pause %d-%d ms: %d runs, %d saves acknowledged, %d runs lost saves, file %d KiB, seed %d, H2 %s%n",
                mode, minPause, maxPause, runs.size(), acknowledged, lossy, size / 1024, seed, org.h2.engine.Constants.FULL_VERSION);
        runs.stream().filter(KillSeries.Run::lostSomething).forEach(r -> System.out.println("  " + r));
        SaveSurvivesKillTest.assertNothingLost(runs);
    }
}
