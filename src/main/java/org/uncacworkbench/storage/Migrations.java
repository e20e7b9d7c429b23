package org.uncacworkbench.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.uncacworkbench.i18n.UserMessage;

/**
 * Brings a database file to the schema this program needs. A file that already holds data is
 * backed up first; a file written by a newer program is refused rather than guessed at. A file
 * last written by another H2 version is backed up too before this one writes to it (decision 0015).
 */
public final class Migrations {

    static final String LOCATION = "classpath:db/migration";
    /** The newest migration this program carries (MigrationTest keeps it equal to the files). */
    static final int LATEST = 20;
    /** The H2 version this program stores with; a file records the last one that wrote it. */
    static final String ENGINE = org.h2.engine.Constants.VERSION;

    private final Database database;
    private final BackupService backups;
    private final Clock clock;

    public Migrations(Database database, BackupService backups, Clock clock) {
        this.database = database;
        this.backups = backups;
        this.clock = clock;
    }

    /** What {@link #migrate()} did: how many migrations ran and which backup it took, if any. */
    public record Outcome(int applied, Optional<Path> backup) {
    }

    public Outcome migrate() {
        if (upToDate()) {
            return new Outcome(0, Optional.empty()); // the usual start: no need to set Flyway up and scan the migrations
        }
        Flyway flyway = flyway();
        MigrationInfoService info = flyway.info();
        refuseNewerSchema(info);
        MigrationInfo[] pending = info.pending();
        Optional<String> engine = recordedEngine();
        boolean engineChanged = engine.isPresent() && !engine.get().equals(ENGINE);
        Optional<Path> backup = Optional.empty();
        if (info.applied().length > 0 && (pending.length > 0 || engineChanged)) {
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            String name = pending.length > 0
                    ? "before-migration-to-V" + pending[pending.length - 1].getVersion().getVersion()
                    : "before-h2-" + ENGINE + "-from-" + engine.get();
            backup = Optional.of(backups.backupTo(backups.backupFolder().resolve(name + "-" + stamp + BackupService.EXTENSION)));
        }
        try {
            int applied = pending.length == 0 ? 0 : flyway.migrate().migrationsExecuted;
            recordEngine();
            return new Outcome(applied, backup);
        } catch (RuntimeException e) {
            throw new StorageException(UserMessage.of("storage.migrationFailed",
                    backup.map(Path::toString).orElse("-"), e.getMessage()), e);
        }
    }

    /**
     * Whether the history says every migration this program carries was applied, none failed, and
     * this H2 version wrote the file last.
     */
    private boolean upToDate() {
        if (!tablesExist()) {
            return false; // a new database, which Flyway sets up, or one from before the engine was recorded
        }
        return database.query("SELECT MAX(CAST(\"version\" AS INT)), COUNT(*) - COUNT(CASE WHEN \"success\" THEN 1 END), "
                + "(SELECT h2_version FROM storage_engine WHERE id = 1) "
                + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL",
                r -> r.getInt(1) == LATEST && r.getInt(2) == 0 && ENGINE.equals(r.getString(3))).getFirst();
    }

    /**
     * Whether the history and the engine record exist: asked first, so that a new file is not
     * queried for tables it lacks (H2 would log each such error).
     */
    private boolean tablesExist() {
        return database.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_NAME IN ('flyway_schema_history', 'STORAGE_ENGINE')", r -> r.getInt(1)).getFirst() == 2;
    }

    /** The H2 version that last wrote the file, if the file records it (from schema 012 on). */
    public Optional<String> recordedEngine() {
        if (!tablesExist()) {
            return Optional.empty(); // older schema: nothing recorded
        }
        return database.query("SELECT h2_version FROM storage_engine WHERE id = 1", r -> r.getString(1)).stream().findFirst();
    }

    private void recordEngine() {
        database.run(() -> database.dsl().execute("MERGE INTO storage_engine (id, h2_version, recorded_at) KEY (id) "
                + "VALUES (1, ?, CURRENT_TIMESTAMP)", ENGINE));
    }

    /**
     * Forgets which H2 wrote the data: for a file just rebuilt from a backup's script, which this H2
     * wrote whatever the script's record says.
     */
    static void forgetEngine(java.sql.Statement statement) throws java.sql.SQLException {
        try (java.sql.ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'STORAGE_ENGINE'")) {
            if (!tables.next() || tables.getInt(1) == 0) {
                return;
            }
        }
        statement.execute("DELETE FROM storage_engine");
    }

    /** The schema version the database is at (e.g. "011"), empty for a database never set up. */
    public Optional<String> currentVersion() {
        var current = flyway().info().current();
        return current == null || current.getVersion() == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    /** Migrations this program knows but the database has not had yet. */
    public int pendingCount() {
        return flyway().info().pending().length;
    }

    /** Problems Flyway sees in the applied history (changed checksums, failed runs). */
    public Optional<String> validationProblem() {
        var result = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(LOCATION)
                .ignoreMigrationPatterns("*:pending")
                .load()
                .validateWithResult();
        return result.validationSuccessful ? Optional.empty() : Optional.of(result.getAllErrorMessages());
    }

    private void refuseNewerSchema(MigrationInfoService info) {
        boolean future = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            throw new StorageException(UserMessage.of("storage.newerSchema", database.file().toString(),
                    info.current().getVersion().getVersion()));
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(database.dataSource())
                .locations(LOCATION)
                .load();
    }
}
