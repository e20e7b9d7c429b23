package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;

/**
 * A user's file written by the H2 before decision 0015 (2.5.252) opens with the pinned one without
 * loss: backed up first, then migrated, every row there, and the backup restores to the same rows.
 */
class H2UpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenByThePreviousH2IsBackedUpThenOpensWithEveryRow() throws Exception {
        Map<String, Long> before = writeWithPreviousH2("close");

        try (App app = App.openForWork(dir, TestWorkbench.CLOCK)) {
            assertThat(rowCounts(app.database(), before.keySet())).isEqualTo(before);
            assertThat(app.migrations().recordedEngine()).contains(org.h2.engine.Constants.VERSION);
            assertThat(app.check().run().hasErrors()).isFalse();
        }
        Path backup = onlyBackup();
        assertThat(backup.getFileName().toString()).startsWith(String.format("before-migration-to-V%03d-", Migrations.LATEST));

        Path restored = Files.createDirectory(dir.resolve("restored"));
        new RestoreService(restored, TestWorkbench.CLOCK).restore(backup);
        try (App app = App.openMigrated(restored, TestWorkbench.CLOCK)) {
            assertThat(rowCounts(app.database(), before.keySet())).isEqualTo(before);
        }
    }

    @Test
    void aFileThePreviousH2LeftWhenKilledOpensAndPassesTheCheck() throws Exception {
        Map<String, Long> before = writeWithPreviousH2("kill");

        try (App app = App.openForWork(dir, TestWorkbench.CLOCK)) {
            assertThat(app.check().run().problems()).isEmpty();
            // the demo loaded before the kill is there whatever the previous H2 dropped at the end
            assertThat(rowCounts(app.database(), List.of("ARTICLE")).get("ARTICLE")).isEqualTo(before.get("ARTICLE"));
        }
    }

    @Test
    void anotherH2VersionRecordedInTheFileIsBackedUpBeforeThisOneWrites() throws Exception {
        try (App app = TestWorkbench.empty(dir); Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (code, name_zh, name_en) VALUES ('MOJ', '法務部', 'Ministry of Justice')");
            s.execute("UPDATE storage_engine SET h2_version = '2.9.999'");
        }
        try (App app = App.openMigrated(dir, TestWorkbench.CLOCK)) {
            assertThat(app.migrations().recordedEngine()).contains(org.h2.engine.Constants.VERSION);
        }
        assertThat(onlyBackup().getFileName().toString()).startsWith("before-h2-" + org.h2.engine.Constants.VERSION + "-from-2.9.999-");
        // the next start finds nothing to do
        try (App app = App.openMigrated(dir, TestWorkbench.CLOCK)) {
            assertThat(app.migrations().migrate().backup()).isEmpty();
        }
        assertThat(onlyBackup()).exists();
    }

    private Map<String, Long> writeWithPreviousH2(String ending) throws Exception {
        Path previous = Path.of(System.getProperty("previous.h2.jar", "target/previous-h2/h2-2.5.252.jar")).toAbsolutePath();
        assertThat(previous).as("the previous H2, copied by the build").exists();
        ProcessBuilder builder = ChildProcess.withClassPath(
                ChildProcess.java(PreviousEngineChild.class, dir.toString(), ending).redirectErrorStream(true),
                entries -> entries.stream().map(e -> e.contains("h2database") || Path.of(e).getFileName().toString().matches("h2-[0-9.]+\\.jar")
                        ? previous.toString() : e).toList());
        Process child = builder.start();
        List<String> output = ChildProcess.readUntil(child, "SAVED");
        if (ending.equals("kill")) {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> counts = new TreeMap<>();
        String version = null;
        for (String line : output) {
            if (line.startsWith("H2 ")) {
                version = line.substring(3);
            } else if (line.startsWith("COUNT ")) {
                String[] parts = line.split(" ");
                counts.put(parts[1], Long.parseLong(parts[2]));
            }
        }
        assertThat(version).as("the child's H2; its output:%n%s", String.join("\n", output)).isEqualTo(previous.getFileName().toString().replaceAll("h2-|\\.jar", ""));
        assertThat(counts).containsKeys("ARTICLE", "DATA_REQUEST", "SECTION_REVISION", "flyway_schema_history");
        counts.remove("flyway_schema_history"); // the upgrade adds its own row
        return counts;
    }

    private static Map<String, Long> rowCounts(Database db, Iterable<String> tables) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }
}
