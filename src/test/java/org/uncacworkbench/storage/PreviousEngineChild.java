package org.uncacworkbench.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.uncacworkbench.App;
import org.uncacworkbench.sampledata.SampleSource;

/**
 * A user's data folder as the program before decision 0015 left it: schema 011, written by the H2
 * on this child's class path (the previous one), with the demo and a few saves on a file that
 * reuses its space. Prints the H2 version, then {@code COUNT <table> <rows>} for every table, then
 * either closes the database ({@code close}) or waits to be killed ({@code kill}).
 */
public final class PreviousEngineChild {

    private PreviousEngineChild() {
    }

    /** Columns the demo gained after schema 011, each the last of its file's columns. */
    private static final java.util.Map<String, Integer> LATER_COLUMNS = java.util.Map.of("cycles.csv", 2,
            "cycle-2/panel-sessions.csv", 2, "cycle-2/agenda-items.csv", 1, "cycle-2/attendance.csv", 1, "cycle-2/comments.csv", 1,
            "cycle-2/reviewers.csv", 1, "cycle-3/reviewers.csv", 1, "cycle-2/progress-reports.csv", 4);
    /** Files of tables added since schema 011. */
    private static final java.util.Set<String> LATER_FILES = java.util.Set.of("cycle-2/reporting-rounds.csv", "cycle-2/assessments.csv");

    /** The demo as the program of schema 011 had it: without the columns added since. */
    static SampleSource withoutLaterColumns(SampleSource source) {
        return new SampleSource() {
            @Override
            public java.util.Optional<String> read(String path) {
                if (LATER_FILES.contains(path)) {
                    return java.util.Optional.empty();
                }
                int drop = LATER_COLUMNS.getOrDefault(path, 0);
                return source.read(path).map(text -> drop == 0 ? text : text.lines().map(line -> dropLast(line, drop))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
            }

            @Override
            public String describe(String path) {
                return source.describe(path);
            }
        };
    }

    /** The line without its last {@code n} comma-separated fields (commas inside quotes do not count). */
    private static String dropLast(String line, int n) {
        List<Integer> commas = new java.util.ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                commas.add(i);
            }
        }
        return commas.size() < n ? line : line.substring(0, commas.get(commas.size() - n));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        App app = App.open(dir, Clock.systemDefaultZone());
        Flyway.configure().dataSource(app.database().dataSource()).locations(Migrations.LOCATION).target("11").load().migrate();
        app.sampleLoader().load(withoutLaterColumns(SampleSource.bundled()), "previous");
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET RETENTION_TIME 0");
        }
        long cycleId;
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM cycle ORDER BY number DESC LIMIT 1")) {
            r.next();
            cycleId = r.getLong(1); // as schema 011 has it: the cycle's later columns are not there
        }
        long agencyId = app.agencies().agencies().getFirst().id();
        for (int n = 1; n <= 20; n++) {
            app.requests().send(cycleId, "Before the upgrade " + n, "Please report.", LocalDate.now().plusDays(30),
                    List.of(agencyId), List.of(7), "previous");
            Thread.sleep(20);
        }
        System.out.println("H2 " + org.h2.engine.Constants.VERSION);
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (Statement count = c.createStatement(); ResultSet r = count.executeQuery("SELECT COUNT(*) FROM \"" + name + "\"")) {
                    r.next();
                    System.out.println("COUNT " + name + " " + r.getLong(1));
                }
            }
        }
        System.out.println("SAVED");
        System.out.flush();
        if (args[1].equals("kill")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        app.close();
    }
}
