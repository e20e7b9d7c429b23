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

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        App app = App.open(dir, Clock.systemDefaultZone());
        Flyway.configure().dataSource(app.database().dataSource()).locations(Migrations.LOCATION).target("11").load().migrate();
        app.sampleLoader().load(SampleSource.bundled(), "previous");
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET RETENTION_TIME 0");
        }
        long cycleId = app.cycles().cycles().getLast().id();
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
