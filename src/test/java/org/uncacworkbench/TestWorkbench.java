package org.uncacworkbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A workbench on a fresh data folder, as a user's first start makes it: migrated, demo cycles loaded. */
public final class TestWorkbench {

    /** 23 Nov 2026 in Taipei: the demo's cycle 3 is drafting and one milestone is overdue. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Taipei"));

    private TestWorkbench() {
    }

    public static App withDemo(Path dataDir) {
        return App.openForWork(dataDir, CLOCK);
    }

    /**
     * A demo whose cycle {@code number} is as before its international review began: no reviewers, written
     * questions or concluding observations (the demo's cycle 3 has some), for tests that start one from nothing.
     */
    public static App withDemoBeforeReview(Path dataDir, int number) {
        App app = withDemo(dataDir);
        long cycle = app.cycles().cycleByNumber(number).orElseThrow().id();
        app.database().dsl().execute("DELETE FROM concluding_observation WHERE cycle_id = ?", cycle);
        app.database().dsl().execute("DELETE FROM written_question WHERE cycle_id = ?", cycle);
        app.database().dsl().execute("DELETE FROM reviewer WHERE cycle_id = ?", cycle);
        return app;
    }

    /** The single number a query returns, e.g. a count. */
    public static long number(App app, String sql) {
        return ((Number) app.database().dsl().fetchValue(sql)).longValue();
    }

    /** A migrated database with nothing loaded. */
    public static App empty(Path dataDir) {
        App app = App.open(dataDir, CLOCK);
        app.migrations().migrate();
        return app;
    }

    /** The bundle key of the refusal the action ends in; fails the test when the action is not refused. */
    public static String refusal(Runnable action) {
        try {
            action.run();
        } catch (org.uncacworkbench.i18n.WorkbenchException e) {
            return e.userMessage().key();
        }
        throw new AssertionError("not refused");
    }
}
