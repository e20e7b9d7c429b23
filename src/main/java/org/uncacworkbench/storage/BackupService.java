package org.uncacworkbench.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.uncacworkbench.i18n.UserMessage;

/**
 * Writes the database as a backup file: a zip holding a manifest that marks it as ours and H2's
 * SQL script of the whole database (SCRIPT TO), which also carries data across H2 versions.
 */
public final class BackupService {

    public static final String EXTENSION = ".zip";
    static final String MANIFEST_ENTRY = "uncac-workbench-backup.properties";
    static final String SCRIPT_ENTRY = "database.sql";
    static final String FORMAT_MARKER = "uncac-workbench-backup";
    static final String FORMAT_VERSION = "1";

    private final Database database;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path backupFolder() {
        return database.dataDir().resolve("backups");
    }

    /** How many automatic daily backups are kept; older ones are deleted. */
    public static final int DAILY_KEPT = 14;
    private static final String DAILY_PREFIX = "daily-";

    /**
     * The automatic backup at the first start of a day: written to the backups folder unless one of
     * that day is there already; then only the newest {@link #DAILY_KEPT} daily backups are kept
     * (backups the user wrote, and those taken before migrations or restores, are never deleted).
     * Returns the file written, or empty when the day had its backup already.
     */
    public java.util.Optional<Path> dailyBackup() {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        String day = DAILY_PREFIX + now.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        java.util.Optional<Path> written = dailyBackups().stream().anyMatch(p -> p.getFileName().toString().startsWith(day))
                ? java.util.Optional.empty()
                : java.util.Optional.of(backupTo(backupFolder().resolve(day + "-"
                        + now.format(java.time.format.DateTimeFormatter.ofPattern("HHmmss")) + EXTENSION)));
        java.util.List<Path> all = dailyBackups();
        for (Path old : all.subList(0, Math.max(0, all.size() - DAILY_KEPT))) {
            deleteQuietly(old);
        }
        return written;
    }

    /** The automatic daily backups in the backups folder, oldest first (their names sort by date). */
    public java.util.List<Path> dailyBackups() {
        if (!Files.isDirectory(backupFolder())) {
            return java.util.List.of();
        }
        try (var files = Files.list(backupFolder())) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(DAILY_PREFIX) && name.endsWith(EXTENSION);
            }).sorted().toList();
        } catch (IOException e) {
            throw new StorageException(UserMessage.of("backup.failed", backupFolder().toString(), e.getMessage()), e);
        }
    }

    /** What a backup file holds, as its manifest says: when it was made, from which schema and file. */
    public record Description(String created, String schemaVersion, String source) {
    }

    /** Reads a backup file's manifest, refusing a file that is not one of ours (as a restore would). */
    public static Description describe(Path file) {
        Properties manifest = readManifest(file.toAbsolutePath());
        return new Description(manifest.getProperty("created", "?"), manifest.getProperty("schema.version", "?"),
                manifest.getProperty("source", "?"));
    }

    /** Writes a complete backup to {@code target}; the file appears only once it is whole. */
    public Path backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path script = null;
        Path partial = null;
        try {
            Files.createDirectories(folder);
            script = Files.createTempFile(folder, ".backup-", ".sql");
            partial = Files.createTempFile(folder, ".backup-", ".partial");
            String schemaVersion;
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                schemaVersion = schemaVersion(s);
                s.execute("SCRIPT TO '" + sqlString(script) + "' CHARSET 'UTF-8'");
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT_MARKER);
            manifest.setProperty("format.version", FORMAT_VERSION);
            manifest.setProperty("schema.version", schemaVersion);
            manifest.setProperty("created", OffsetDateTime.now(clock).toString());
            manifest.setProperty("source", database.file().toString());
            manifest.setProperty("h2.version", org.h2.engine.Constants.VERSION);
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                manifest.store(zip, "UNCAC Review Workbench backup");
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                Files.copy(script, zip);
                zip.closeEntry();
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return absolute;
        } catch (IOException | SQLException e) {
            throw new StorageException(UserMessage.of("backup.failed", absolute.toString(), e.getMessage()), e);
        } finally {
            deleteQuietly(script);
            deleteQuietly(partial);
        }
    }

    static String schemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        } catch (SQLException e) {
            return "0"; // an empty database has no history table yet
        }
    }

    /** The manifest of a backup file, or an explanation of why the file is not one. */
    static Properties readManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(UserMessage.of("restore.notFound", file.toString()));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST_ENTRY);
            if (entry == null || zip.getEntry(SCRIPT_ENTRY) == null) {
                throw new StorageException(UserMessage.of("restore.notABackup", file.toString()));
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            if (!FORMAT_MARKER.equals(manifest.getProperty("format"))) {
                throw new StorageException(UserMessage.of("restore.notABackup", file.toString()));
            }
            if (!FORMAT_VERSION.equals(manifest.getProperty("format.version"))) {
                throw new StorageException(UserMessage.of("restore.unknownFormat", file.toString(),
                        String.valueOf(manifest.getProperty("format.version"))));
            }
            return manifest;
        } catch (java.util.zip.ZipException e) {
            throw new StorageException(UserMessage.of("restore.notABackup", file.toString()), e);
        } catch (IOException e) {
            throw new StorageException(UserMessage.of("restore.unreadable", file.toString(), e.getMessage()), e);
        }
    }

    static void extractScript(Path backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(SCRIPT_ENTRY))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sqlString(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
