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
import org.jooq.exception.DataAccessException;
import org.uncacworkbench.i18n.UserMessage;

/**
 * Brings a database file to the schema this program needs. A file that already holds data is
 * backed up first; a file written by a newer program is refused rather than guessed at.
 */
public final class Migrations {

    static final String LOCATION = "classpath:db/migration";
    /** The newest migration this program carries (MigrationTest keeps it equal to the files). */
    static final int LATEST = 11;

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
        if (pending.length == 0) {
            return new Outcome(0, Optional.empty());
        }
        Optional<Path> backup = Optional.empty();
        if (info.applied().length > 0) {
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            String target = pending[pending.length - 1].getVersion().getVersion();
            backup = Optional.of(backups.backupTo(backups.backupFolder().resolve("before-migration-to-V" + target + "-" + stamp + BackupService.EXTENSION)));
        }
        try {
            MigrateResult result = flyway.migrate();
            return new Outcome(result.migrationsExecuted, backup);
        } catch (RuntimeException e) {
            throw new StorageException(UserMessage.of("storage.migrationFailed",
                    backup.map(Path::toString).orElse("-"), e.getMessage()), e);
        }
    }

    /** Whether the history says every migration this program carries was applied, and none failed. */
    private boolean upToDate() {
        try {
            return database.query("SELECT MAX(CAST(\"version\" AS INT)), COUNT(*) - COUNT(CASE WHEN \"success\" THEN 1 END) "
                    + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL", r -> r.getInt(1) == LATEST && r.getInt(2) == 0).getFirst();
        } catch (DataAccessException e) {
            return false; // no history yet: a new database, which Flyway sets up
        }
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
