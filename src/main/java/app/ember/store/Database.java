package app.ember.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database in a data dir: opened once per process, schema brought up to date by
 * Flyway, every edit committed to disk at once.
 */
public final class Database implements AutoCloseable {
    /** H2's "Database may be already in use": another process holds the file lock. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final String FILE_NAME = "ember";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Writes share it; a copy of the database file takes it alone (see {@link #writeAlone}). */
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();

    private Database(Path dataDir, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.pool = pool;
    }

    /**
     * Opens (or creates) the database in the data dir and migrates its schema.
     *
     * @throws DataDirInUseException when another Ember has the data dir open
     */
    public static Database open(Path dataDir) {
        return open(dataDir, new String[0]);
    }

    /** Tests add a Flyway location holding a later migration, to see what an upgrade does. */
    static Database open(Path dataDir, String... extraLocations) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data dir " + dataDir + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir), USER, "");
        pool.setMaxConnections(8);
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (isAlreadyOpen(e)) {
                throw new DataDirInUseException(dataDir, e);
            }
            throw new StoreException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
        Database database = new Database(dataDir, pool);
        try {
            database.migrate(extraLocations);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The version of the newest migration (db/migration and store/migration); a test keeps it in step. */
    static final int SCHEMA_VERSION = 22;
    private static final String USER = "ember";

    /**
     * WRITE_DELAY=0: measured, the default delay lost committed rows when the process was killed.
     * The file lock (H2's default) is what tells a second copy of Ember that the data dir is taken.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME) + ";WRITE_DELAY=0";
    }

    private static boolean isAlreadyOpen(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Brings the schema up to date. A book that exists and is about to change schema is backed up
     * first (into backups/), so an upgrade can always be undone; a brand-new data dir needs none.
     */
    private void migrate(String... extraLocations) {
        if (extraLocations.length == 0 && isUpToDate()) {
            return;
        }
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration", "classpath:app/ember/store/migration"));
        locations.addAll(List.of(extraLocations));
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(locations.toArray(String[]::new))
                .load();
        MigrationInfoService info = flyway.info();
        if (info.current() != null && info.pending().length > 0) {
            Backups.beforeMigration(this);
        }
        flyway.migrate();
    }

    /**
     * Whether the book already has every migration, read from Flyway's own history table. Flyway itself
     * takes about 0.4 s to load and scan its migrations on a cold start, most of a second core's share
     * while the window comes up; a book that needs nothing is the usual case and skips it.
     */
    private boolean isUpToDate() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!table.next() || table.getInt(1) == 0) {
                    return false; // a new book: no query that fails (H2 would note it in ember.trace.db)
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END), "
                     + "MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                return rows.next() && rows.getInt(1) > 0 && rows.getInt(2) == 0 && rows.getInt(3) == SCHEMA_VERSION;
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setReadOnly(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the database failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        writers.readLock().lock();
        try {
            return inTransaction(work);
        } finally {
            writers.readLock().unlock();
        }
    }

    /**
     * Runs work in one transaction while no other write runs: for copying the database file. The copy
     * reads the file to its end, and H2 only appends while it copies, so writes going on meanwhile
     * could keep the end ahead of the copy for as long as they last.
     */
    <T> T writeAlone(SqlWork<T> work) {
        writers.writeLock().lock();
        try {
            return inTransaction(work);
        } finally {
            writers.writeLock().unlock();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Writing to the database failed: " + e.getMessage(), e);
        }
    }

    /** Whether {@link #close()} was called (a restore closes the database it replaces). */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return; // closed already (a restore closes the database it replaces)
        }
        // SHUTDOWN closes the database even while some pooled connection is still out. It runs on a
        // connection of its own: a pooled one would try to roll back after it and leave an "already
        // closed" error in the data dir's ember.trace.db on every close.
        // That connection is made while the pool's still hold the database open, so it is not opened again.
        try (Connection connection = DriverManager.getConnection(url(dataDir), USER, "");
             Statement statement = connection.createStatement()) {
            pool.dispose();
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed, or closing with the JVM: H2 closes its files either way.
        } finally {
            pool.dispose();
        }
    }
}
