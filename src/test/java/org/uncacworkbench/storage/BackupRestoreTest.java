package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;

class BackupRestoreTest {

    @TempDir
    Path dir;
    Path backup;

    @BeforeEach
    void demoAndBackup() {
        try (App app = TestWorkbench.withDemo(dir)) {
            backup = app.backups().backupTo(dir.resolve("out").resolve("demo-backup.zip"));
        }
    }

    private int observations() {
        try (App app = App.open(dir, TestWorkbench.CLOCK)) {
            return (int) TestWorkbench.number(app, "SELECT COUNT(*) FROM concluding_observation");
        }
    }

    private void deleteObservations() {
        try (App app = App.open(dir, TestWorkbench.CLOCK)) {
            app.database().dsl().execute("DELETE FROM concluding_observation");
        }
    }

    @Test
    void restoreBringsBackWhatTheBackupHeldAndKeepsTheReplacedDatabase() {
        deleteObservations();
        assertThat(observations()).isZero();

        RestoreService.Outcome outcome = new RestoreService(dir, TestWorkbench.CLOCK).restore(backup);

        assertThat(observations()).isEqualTo(32);
        assertThat(outcome.backupSchemaVersion()).isEqualTo(String.format("%03d", MigrationTest.latest()));
        Path replaced = outcome.previousDatabase().orElseThrow();
        assertThat(replaced).exists().hasParent(dir.resolve("backups"));
        try (App app = TestWorkbench.withDemo(dir)) {
            assertThat(app.check().run().problems()).isEmpty();
        }
    }

    @Test
    void refusesAFileThatIsNotABackupAndChangesNothing() throws Exception {
        deleteObservations();
        Path text = Files.writeString(dir.resolve("notes.zip"), "just text", StandardCharsets.UTF_8);
        Path otherZip = zip(dir.resolve("other.zip"), "readme.txt", "hello");
        Path wrongMarker = zip(dir.resolve("wrong.zip"), BackupService.MANIFEST_ENTRY, "format=something-else\n");

        for (Path bad : new Path[] {text, otherZip, wrongMarker, dir.resolve("missing.zip")}) {
            assertThatThrownBy(() -> new RestoreService(dir, TestWorkbench.CLOCK).restore(bad))
                    .as(bad.toString())
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key())
                            .isIn("restore.notABackup", "restore.notFound"));
        }
        assertThat(observations()).isZero();
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aDamagedBackupIsRefusedWithoutHalfRestoring() throws Exception {
        deleteObservations();
        String script;
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            script = new String(zip.getInputStream(zip.getEntry(BackupService.SCRIPT_ENTRY)).readAllBytes(), StandardCharsets.UTF_8);
        }
        // keep the first half, then garbage: the restore must not keep the half it managed to run
        String damaged = script.substring(0, script.length() / 2) + "\nINSERT INTO nowhere VALUES (;\n";
        Path bad = dir.resolve("damaged.zip");
        try (OutputStream out = Files.newOutputStream(bad); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupService.MANIFEST_ENTRY));
            zip.write("format=uncac-workbench-backup\nformat.version=1\nschema.version=010\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BackupService.SCRIPT_ENTRY));
            zip.write(damaged.getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> new RestoreService(dir, TestWorkbench.CLOCK).restore(bad))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key()).isEqualTo("restore.damaged"));
        assertThat(observations()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void aBackupFileAppearsOnlyWhenComplete() throws Exception {
        try (App app = App.open(dir, TestWorkbench.CLOCK)) {
            Path target = dir.resolve("second.zip");
            app.backups().backupTo(target);
            assertThat(BackupService.readManifest(target).getProperty("format")).isEqualTo("uncac-workbench-backup");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial") || n.endsWith(".sql"));
        }
    }

    private static Path zip(Path file, String entry, String content) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void theFirstStartOfEachDayBacksUpOnceAndTheLastFourteenDaysAreKept() throws Exception {
        try (App app = App.open(dir, TestWorkbench.CLOCK)) {
            Path mine = Files.createDirectories(dir.resolve("backups")).resolve("before-migration-to-V012-20250101-000000.zip");
            Files.copy(backup, mine);
            java.time.Instant day = java.time.Instant.parse("2026-11-01T01:00:00Z");
            for (int d = 0; d < 20; d++) {
                BackupService daily = new BackupService(app.database(), java.time.Clock.fixed(day.plus(java.time.Duration.ofDays(d)),
                        java.time.ZoneId.of("Asia/Taipei")));
                assertThat(daily.dailyBackup()).as("the day's first start backs up").isPresent();
                assertThat(daily.dailyBackup()).as("a second start that day does not").isEmpty();
            }
            BackupService service = app.backups();
            assertThat(service.dailyBackups()).hasSize(BackupService.DAILY_KEPT);
            assertThat(service.dailyBackups().getFirst().getFileName().toString()).as("the oldest kept: day 7 of 20").startsWith("daily-20261107-");
            assertThat(service.dailyBackups().getLast().getFileName().toString()).startsWith("daily-20261120-");
            assertThat(mine).as("a backup not made daily is never deleted").exists();
            assertThat(BackupService.describe(service.dailyBackups().getLast()).schemaVersion())
                    .isEqualTo(String.format("%03d", MigrationTest.latest()));
        }
        Files.writeString(dir.resolve("not-a-backup.zip"), "hello");
        assertThatThrownBy(() -> BackupService.describe(dir.resolve("not-a-backup.zip"))).isInstanceOf(StorageException.class);
    }
}
