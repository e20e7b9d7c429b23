package org.uncacworkbench.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.uncacworkbench.i18n.UserMessage;

/**
 * The workbench's embedded H2 database file and the one way to reach it.
 *
 * <p>{@code WRITE_DELAY=0} makes H2 write each commit to the file before the commit returns, and the
 * pinned H2 finds it again after the process is killed (decision 0015; {@code SaveSurvivesKillTest}). One connection stays open for the lifetime of this object: it holds
 * H2's file lock, which is how a second instance learns the database is in use.
 *
 * <p>Transactions are plain JDBC ones on a connection of the pool; repositories reach that
 * connection through jOOQ ({@link #dsl()}) or, for the few reads the window's first screen makes,
 * through {@link #query}. jOOQ is set up the first time it is used: its class initialisation (the
 * data types of every SQL dialect it knows) costs more processor time than opening the database
 * file, which the first screen should not wait for (decision 0014).
 */
public final class Database implements Transactor, AutoCloseable {

    public static final String FILE_BASE_NAME = "workbench";
    /**
     * Commits written before they return. No {@code .trace.db} file beside the data: every H2 error
     * reaches the program as an exception, which says one sentence to the user and logs the detail
     * (H2's logging adapter would set logging up while the file opens, on the start's critical path).
     */
    static final String URL_OPTIONS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private volatile DSLContext base;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The transaction running on a thread: its connection, and jOOQ on that connection once asked for. */
    private static final class Transaction {
        private final Connection connection;
        private DSLContext dsl;

        Transaction(Connection connection) {
            this.connection = connection;
        }

        DSLContext dsl() {
            if (dsl == null) {
                dsl = DSL.using(connection, SQLDialect.H2, jooqSettings());
            }
            return dsl;
        }
    }

    private Database(Path dataDir, JdbcConnectionPool pool, Connection anchor) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.anchor = anchor;
    }

    private static Settings jooqSettings() {
        return new Settings().withExecuteLogging(false);
    }

    /** Opens (creating if needed) the database in {@code dataDir}, without migrating it. */
    public static Database open(Path dataDir) {
        return openFile(dataDir, dataDir.resolve(FILE_BASE_NAME));
    }

    /**
     * Opens the database in {@code dataDir} only if there is one: creates neither the folder nor the
     * file (for commands that look at a user's data, such as check and backup).
     */
    public static Database openExisting(Path dataDir) {
        Path fileBase = dataDir.resolve(FILE_BASE_NAME);
        if (!Files.isRegularFile(databaseFile(fileBase))) {
            throw new StorageException(UserMessage.of("storage.noDatabase", dataDir.toString()));
        }
        return openFile(dataDir, fileBase);
    }

    static Database openFile(Path dataDir, Path fileBase) {
        return openFile(dataDir, fileBase, "");
    }

    /** With H2 settings added to the program's (for benchmarks that weigh one against another). */
    static Database openWith(Path dataDir, String extraUrlOptions) {
        return openFile(dataDir, dataDir.resolve(FILE_BASE_NAME), extraUrlOptions);
    }

    private static Database openFile(Path dataDir, Path fileBase, String extraUrlOptions) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StorageException(UserMessage.of("storage.cannotCreateFolder", dataDir.toString(), e.getMessage()), e);
        }
        String url = jdbcUrl(fileBase) + extraUrlOptions;
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
        Transaction transaction = current.get();
        if (transaction != null) {
            return transaction.dsl();
        }
        DSLContext b = base;
        if (b == null) {
            synchronized (this) {
                b = base;
                if (b == null) {
                    b = DSL.using(pool, SQLDialect.H2, jooqSettings());
                    base = b;
                }
            }
        }
        return b;
    }

    /**
     * The rows {@code sql} selects, each read by {@code reader}; {@code parameters} fill its
     * {@code ?} in order. Runs in the current transaction, if one is running on this thread.
     * For reads that must not wait for jOOQ to be set up (the first screen's); a failure is
     * reported as jOOQ reports its own.
     */
    public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        Transaction transaction = current.get();
        try {
            if (transaction != null) {
                return query(transaction.connection, sql, reader, parameters);
            }
            try (Connection c = pool.getConnection()) {
                return query(c, sql, reader, parameters);
            }
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }

    private static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: everything it writes is committed together when it
     * returns, and nothing when it throws. Called inside a transaction, it joins that one.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // already inside: join the outer transaction
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(new Transaction(c));
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (Throwable failed) { // the work's exception, or the commit's
                rollback(c, failed);
                throw failed;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Transaction: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
