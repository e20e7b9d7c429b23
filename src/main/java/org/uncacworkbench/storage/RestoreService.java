package org.uncacworkbench.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import org.uncacworkbench.i18n.UserMessage;

/**
 * Replaces the database in a data folder with a backup, all or nothing: the backup is rebuilt and
 * migrated in a separate file first, and only a complete result is moved into place. The file it
 * replaces is kept in the backups folder.
 */
public final class RestoreService {

    private final Path dataDir;
    private final Clock clock;

    public RestoreService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What a restore did: the schema version it restored and where the replaced file went. */
    public record Outcome(String backupSchemaVersion, Optional<Path> previousDatabase) {
    }

    public Outcome restore(Path backupFile) {
        Properties manifest = BackupService.readManifest(backupFile.toAbsolutePath());
        Path current = Database.databaseFile(dataDir.resolve(Database.FILE_BASE_NAME));
        if (Files.exists(current)) {
            // opening proves no other process holds the file; it is closed again at once. A file too
            // damaged to open is exactly what a restore is for, so only "in use" stops it.
            try {
                Database.open(dataDir).close();
            } catch (DatabaseInUseException inUse) {
                throw inUse;
            } catch (StorageException damaged) {
                // replaced below, and kept in backups/ as before-restore-…
            }
        }
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path stagingBase = dataDir.resolve("restore-" + stamp);
        Path staging = Database.databaseFile(stagingBase);
        Path script = dataDir.resolve("restore-" + stamp + ".sql");
        try {
            rebuild(backupFile, stagingBase, script);
            return new Outcome(manifest.getProperty("schema.version"), swapIn(staging, current, stamp));
        } catch (IOException e) {
            throw new StorageException(UserMessage.of("restore.failed", backupFile.toString(), e.getMessage()), e);
        } finally {
            BackupService.deleteQuietly(script);
            BackupService.deleteQuietly(staging);
            BackupService.deleteQuietly(stagingBase.resolveSibling(stagingBase.getFileName() + ".trace.db"));
        }
    }

    private void rebuild(Path backupFile, Path stagingBase, Path script) throws IOException {
        BackupService.extractScript(backupFile, script);
        try (Database staging = Database.openFile(dataDir, stagingBase)) {
            try (Connection c = staging.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + BackupService.sqlString(script) + "' CHARSET 'UTF-8'");
                Migrations.forgetEngine(s);
            } catch (SQLException e) {
                throw new StorageException(UserMessage.of("restore.damaged", backupFile.toString(), e.getMessage()), e);
            }
            new Migrations(staging, new BackupService(staging, clock), clock).migrate();
        }
    }

    private Optional<Path> swapIn(Path staging, Path current, String stamp) throws IOException {
        Optional<Path> kept = Optional.empty();
        if (Files.exists(current)) {
            Path folder = dataDir.resolve("backups");
            Files.createDirectories(folder);
            Path previous = folder.resolve("before-restore-" + stamp + ".mv.db");
            Files.move(current, previous, StandardCopyOption.ATOMIC_MOVE);
            kept = Optional.of(previous);
        }
        try {
            Files.move(staging, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (kept.isPresent()) {
                Files.move(kept.get(), current, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return kept;
    }
}
