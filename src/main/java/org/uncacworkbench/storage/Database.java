package org.uncacworkbench.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.uncacworkbench.i18n.UserMessage;

/**
 * The workbench's embedded H2 database file and the one way to reach it.
 *
 * <p>{@code WRITE_DELAY=0} makes H2 write each commit to the file before the commit returns, so a
 * save the program has reported as done survives the process being killed (see
 * {@code DurabilityKillTest}). One connection stays open for the lifetime of this object: it holds
 * H2's file lock, which is how a second instance learns the database is in use.
 */
public final class Database implements Transactor, AutoCloseable {

    public static final String FILE_BASE_NAME = "workbench";
    static final String URL_OPTIONS = ";WRITE_DELAY=0";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private final DSLContext base;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    private Database(Path dataDir, JdbcConnectionPool pool, Connection anchor) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.anchor = anchor;
        this.base = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) the database in {@code dataDir}, without migrating it. */
    public static Database open(Path dataDir) {
        return openFile(dataDir, dataDir.resolve(FILE_BASE_NAME));
    }

    static Database openFile(Path dataDir, Path fileBase) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StorageException(UserMessage.of("storage.cannotCreateFolder", dataDir.toString(), e.getMessage()), e);
        }
        String url = jdbcUrl(fileBase);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            Connection anchor = pool.getConnection();
            return new Database(dataDir, pool, anchor);
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(databaseFile(fileBase), e);
        }
    }

    static String jdbcUrl(Path fileBase) {
        return "jdbc:h2:file:" + fileBase.toAbsolutePath() + URL_OPTIONS;
    }

    static Path databaseFile(Path fileBase) {
        return fileBase.resolveSibling(fileBase.getFileName() + ".mv.db");
    }

    private static StorageException translateOpenFailure(Path file, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException(file, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new StorageException(UserMessage.of("storage.corrupt", file.toString(), e.getMessage()), e);
        }
        return new StorageException(UserMessage.of("storage.cannotOpen", file.toString(), e.getMessage()), e);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The H2 file itself ({@code workbench.mv.db}). */
    public Path file() {
        return databaseFile(dataDir.resolve(FILE_BASE_NAME));
    }

    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** The context for repositories: the current transaction's, if one is running on this thread. */
    public DSLContext dsl() {
        DSLContext trx = current.get();
        return trx != null ? trx : base;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // already inside: join the outer transaction
        }
        return base.transactionResult(configuration -> {
            current.set(configuration.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    @Override
    public void close() {
        try {
            anchor.close();
        } catch (SQLException ignored) {
            // closing is best effort; the pool's dispose closes the rest
        }
        pool.dispose();
    }
}
