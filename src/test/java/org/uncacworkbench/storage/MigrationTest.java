package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.jooq.DefaultSchema;

public class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseToTheWholeSchemaWithoutABackup() {
        try (Database db = Database.open(dir)) {
            Migrations migrations = new Migrations(db, new BackupService(db, TestWorkbench.CLOCK), TestWorkbench.CLOCK);
            Migrations.Outcome outcome = migrations.migrate();

            assertThat(outcome.applied()).isEqualTo(latest());
            assertThat(outcome.backup()).isEmpty();
            assertThat(migrations.pendingCount()).isZero();
            assertThat(migrations.validationProblem()).isEmpty();
            for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                // one-row tables that the schema fills: the engine that wrote the file, the documents' publisher
                if (table != org.uncacworkbench.storage.jooq.Tables.STORAGE_ENGINE && table != org.uncacworkbench.storage.jooq.Tables.DOCUMENT_SETTINGS) {
                    assertThat(db.dsl().fetchCount(table)).as(table.getName()).isZero();
                }
            }
            assertThat(migrations.recordedEngine()).as("the H2 that wrote the file").contains(org.h2.engine.Constants.VERSION);
            assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).hasSizeGreaterThanOrEqualTo(46);
        }
    }

    @Test
    void backsUpAnExistingDatabaseBeforeMigratingIt() throws Exception {
        try (Database db = Database.open(dir)) {
            Flyway.configure().dataSource(db.dataSource()).locations(Migrations.LOCATION).target("8").load().migrate();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO agency (code, name_zh, name_en) VALUES ('MOJ', '法務部', 'Ministry of Justice')");
            }
            Migrations.Outcome outcome = new Migrations(db, new BackupService(db, TestWorkbench.CLOCK), TestWorkbench.CLOCK).migrate();

            assertThat(outcome.applied()).isEqualTo(latest() - 8);
            Path backup = outcome.backup().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.getFileName().toString()).startsWith(String.format("before-migration-to-V%03d-", latest()));
            Properties manifest = BackupService.readManifest(backup);
            assertThat(manifest.getProperty("schema.version")).isEqualTo("008");
        }
        // the backup holds the data as it was before the migration
        Path restored = Files.createDirectory(dir.resolve("restored"));
        Path backup;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        new RestoreService(restored, TestWorkbench.CLOCK).restore(backup);
        try (Database db = Database.open(restored)) {
            assertThat(db.dsl().fetchValue("SELECT name_en FROM agency WHERE code = 'MOJ'")).isEqualTo("Ministry of Justice");
        }
    }

    @Test
    void refusesADatabaseWrittenByANewerVersion() throws Exception {
        try (org.uncacworkbench.App app = TestWorkbench.empty(dir)) {
            try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                        + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                        + "VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
            }
            assertThatThrownBy(() -> app.migrations().migrate())
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key()).isEqualTo("storage.newerSchema"));
        }
    }


    @Test
    void theProgramKnowsItsNewestMigration() {
        assertThat(Migrations.LATEST).as("Migrations.LATEST after adding a migration file").isEqualTo(latest());
    }

    @Test
    void anUpToDateDatabaseIsRecognisedWithoutMigratingAgain() {
        try (Database db = Database.open(dir)) {
            Migrations migrations = new Migrations(db, new BackupService(db, TestWorkbench.CLOCK), TestWorkbench.CLOCK);
            assertThat(migrations.migrate().applied()).isEqualTo(latest());
            assertThat(migrations.migrate()).isEqualTo(new Migrations.Outcome(0, java.util.Optional.empty()));
            assertThat(migrations.pendingCount()).isZero();
        }
    }

    /** The newest schema version: the number of migration files, which are numbered without gaps. */
    public static int latest() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d{3}__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
