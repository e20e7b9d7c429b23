package org.uncacworkbench.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link KillChild} again and again on one data folder, kills it (SIGKILL) at a random moment
 * each time, and checks after each kill that every save the child acknowledged is in the file.
 * The folder is reused from run to run, so the file ages as a user's does.
 */
final class KillSeries {

    /** What one run acknowledged and what of it was missing after the kill. */
    record Run(int number, long killedAfterMillis, int acknowledged, List<String> lost, List<String> childFailures) {
        boolean lostSomething() {
            return !lost.isEmpty();
        }
    }

    private final Path dir;
    private final String mode;
    private final Random random;
    private final int minPause;
    private final int maxPause;

    KillSeries(Path dir, String mode, long seed, int minPause, int maxPause) {
        this.dir = dir;
        this.mode = mode;
        this.random = new Random(seed);
        this.minPause = minPause;
        this.maxPause = maxPause;
    }

    /** Runs {@code runs} kills, each after a random time between {@code minMillis} and {@code maxMillis} of work. */
    List<Run> run(int runs, int minMillis, int maxMillis) throws Exception {
        List<Run> results = new ArrayList<>();
        for (int n = 1; n <= runs; n++) {
            long killAfter = minMillis + random.nextInt(maxMillis - minMillis);
            results.add(runOnce(n, killAfter));
        }
        return results;
    }

    private Run runOnce(int number, long killAfter) throws Exception {
        Process child = ChildProcess.java(KillChild.class, dir.toString(), String.valueOf(number), mode,
                String.valueOf(minPause), String.valueOf(maxPause)).redirectErrorStream(true).start();
        Map<String, List<String>> acks = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Object ready = new Object();
        boolean[] isReady = {false};
        Thread reader = new Thread(() -> readAcks(child, acks, failures, ready, isReady));
        reader.start();
        synchronized (ready) {
            long until = System.currentTimeMillis() + 60_000;
            while (!isReady[0] && System.currentTimeMillis() < until && child.isAlive()) {
                ready.wait(200);
            }
        }
        if (!isReady[0]) {
            child.destroyForcibly();
            reader.join(10_000);
            throw new IllegalStateException("run " + number + ": the child did not start: " + failures);
        }
        Thread.sleep(killAfter);
        // SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed on the way out
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("run " + number + ": the child did not die");
        }
        reader.join(10_000);
        Map<String, List<String>> snapshot = new LinkedHashMap<>(acks);
        int acknowledged = snapshot.values().stream().mapToInt(List::size).sum();
        return new Run(number, killAfter, acknowledged, missing(snapshot), List.copyOf(failures));
    }

    private static void readAcks(Process child, Map<String, List<String>> acks, List<String> failures, Object ready, boolean[] isReady) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ", 3);
                    acks.computeIfAbsent(parts[1], k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(parts[2]);
                } else if (line.equals("READY")) {
                    synchronized (ready) {
                        isReady[0] = true;
                        ready.notifyAll();
                    }
                } else if (line.startsWith("FAILED ") || line.contains("Exception")) {
                    failures.add(line);
                }
            }
        } catch (IOException ignored) {
            // the child was killed mid-line
        }
    }

    /** The acknowledged saves the database does not hold. */
    private List<String> missing(Map<String, List<String>> acks) throws SQLException {
        List<String> lost = new ArrayList<>();
        try (Database db = Database.open(dir); Connection c = db.dataSource().getConnection()) {
            check(c, acks, "agency", "SELECT code FROM agency", lost);
            check(c, acks, "request", "SELECT title FROM data_request", lost);
            check(c, acks, "session", "SELECT venue_zh FROM panel_session", lost);
            check(c, acks, "question", "SELECT text_en FROM written_question", lost);
            check(c, acks, "observation", "SELECT text_en FROM concluding_observation", lost);
            check(c, acks, "milestone", "SELECT title_en FROM milestone", lost);
            check(c, acks, "parallel", "SELECT organisation_en FROM parallel_report", lost);
            check(c, acks, "meeting", "SELECT title_en FROM review_meeting_session", lost);
            check(c, acks, "round", "SELECT label FROM reporting_round", lost);
            check(c, acks, "decision", "SELECT reason_zh FROM tracking_decision", lost);
            check(c, acks, "revision", "SELECT SUBSTRING(body, 12) FROM section_revision WHERE body LIKE 'Saved text %'", lost);
            checkLatest(c, acks, "copy", "SELECT SUBSTRING(body, 7) FROM draft_recovery WHERE username = '" + KillChild.USER + "'", lost);
            checkLatest(c, acks, "assignment",
                    "SELECT action_plan_en FROM followup_assignment WHERE REGEXP_LIKE(action_plan_en, '^[0-9]+-[0-9]+$')", lost);
            checkLatest(c, acks, "scale", "SELECT name_en FROM assessment_grade WHERE grade = 'A'", lost);
        }
        return lost;
    }

    /**
     * For what each save replaces ("run-n" tokens: the autosave copy, an assignment's plan, the scale):
     * the file must hold the last acknowledged value or a later one.
     */
    private static void checkLatest(Connection c, Map<String, List<String>> acks, String kind, String sql, List<String> lost) throws SQLException {
        List<String> acked = acks.getOrDefault(kind, List.of());
        if (acked.isEmpty()) {
            return;
        }
        String last = acked.getLast();
        Set<String> kept = values(c, sql);
        if (kept.isEmpty()) {
            lost.add(kind + " " + last + " (none in the file)");
        } else if (!kept.contains(last) && isOlder(kept.iterator().next(), last)) {
            lost.add(kind + " " + last + " (file holds " + kept + ")");
        }
    }

    /** Whether the value {@code held} ("run-n") is older than {@code acked}. */
    private static boolean isOlder(String held, String acked) {
        String[] h = held.split("-");
        String[] a = acked.split("-");
        int runCompare = Integer.compare(Integer.parseInt(h[0]), Integer.parseInt(a[0]));
        return runCompare < 0 || runCompare == 0 && Integer.parseInt(h[1]) < Integer.parseInt(a[1]);
    }

    private static void check(Connection c, Map<String, List<String>> acks, String kind, String sql, List<String> lost) throws SQLException {
        List<String> acked = acks.getOrDefault(kind, List.of());
        if (acked.isEmpty()) {
            return;
        }
        Set<String> held = values(c, sql);
        for (String token : acked) {
            if (!held.contains(token)) {
                lost.add(kind + " " + token);
            }
        }
    }

    private static Set<String> values(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
