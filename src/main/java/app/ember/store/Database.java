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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database in a data dir: opened once per process, schema brought up to date by
 * Flyway, every edit committed to disk at once.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** H2's "Database may be already in use": another process holds the file lock. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2's GENERAL_ERROR_1. */
    private static final int GENERAL_ERROR = 50000;
    private static final String FILE_NAME = "ember";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Writes share it; a copy of the database file takes it alone (see {@link #writeAlone}). */
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
    /** Keeps H2's file header on the newest commit (see {@link StoreHeader} for why). */
    private final StoreHeader header;
    /** Set by every commit: a book nobody wrote to in this process needs no compaction on close. */
    private final AtomicBoolean wrote = new AtomicBoolean();

    private Database(Path dataDir, JdbcConnectionPool pool, StoreHeader header) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.header = header;
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
        for (int attempt = 1; ; attempt++) {
            // A schema update or a first start that a kill cut short is undone before anything else.
            if (Files.exists(dataDir.resolve(UpgradeMarker.NAME))) {
                UpgradeMarker.refuseWhileOpenElsewhere(dataDir);
                UpgradeMarker.undoUnfinished(dataDir, "found at the next start");
            }
            refuseDamaged(dataDir);
            if (!Files.exists(BookFile.of(dataDir))) {
                UpgradeMarker.firstStart(dataDir); // before H2 makes the file: a kill at once leaves it half-made
            }
            Database database = connect(dataDir);
            try {
                database.migrate(extraLocations);
                database.syncHeader();
                return database;
            } catch (RuntimeException e) {
                database.close();
                if (BookFile.isDamage(e)) {
                    throw BookFile.keepAside(dataDir, e.getMessage(), e);
                }
                if (e instanceof RecordedFailure && attempt == 1) {
                    continue; // its backup goes back in place at the top, and the update runs again
                }
                if (UpgradeMarker.undoUnfinished(dataDir, e.getMessage())) {
                    LOG.log(Level.SEVERE, "the schema update of " + dataDir + " failed", e);
                    throw new StoreException("Ember could not update the book's schema (" + e.getMessage()
                            + "); the book was put back as it was before the update", e);
                }
                throw e;
            }
        }
    }

    /** A failed update recorded in the book's history by an Ember from before the marker. */
    private static final class RecordedFailure extends IllegalStateException {
        RecordedFailure() {
            super("a failed schema update is recorded in the book");
        }
    }

    /**
     * Refuses a book that cannot be whole before H2 opens it (an emptied file would open as a new, empty
     * book), and a data dir whose damaged book was kept aside and not yet replaced by a restore (it would
     * silently start a new book).
     */
    private static void refuseDamaged(Path dataDir) {
        Path book = BookFile.of(dataDir);
        Optional<String> damage = BookFile.looksDamaged(book);
        if (damage.isPresent()) {
            // Not while another Ember has it open (a header read as it was being written): never move its file.
            UpgradeMarker.refuseWhileOpenElsewhere(dataDir);
            throw BookFile.keepAside(dataDir, damage.get(), null);
        }
        if (!Files.exists(book)) {
            Optional<Path> kept = BookFile.newestKeptAside(dataDir);
            if (kept.isPresent()) {
                throw new DamagedBookException(dataDir, kept.get(), "it was kept aside and no backup has been "
                        + "restored since; move " + kept.get().getFileName() + " away to start an empty book", null);
            }
        }
    }

    private static Database connect(Path dataDir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir), USER, "");
        pool.setMaxConnections(8);
        StoreHeader header;
        try (Connection first = pool.getConnection()) {
            header = StoreHeader.of(first);
        } catch (SQLException e) {
            pool.dispose();
            if (isAlreadyOpen(e)) {
                throw new DataDirInUseException(dataDir, e);
            }
            // Opening reads the header, the newest chunk and the tables' roots: a general error there
            // (measured: a class name read from overwritten bytes) is the file's content, not the disk.
            if (BookFile.isDamage(e) || e.getErrorCode() == GENERAL_ERROR) {
                throw BookFile.keepAside(dataDir, e.getMessage(), e);
            }
            throw new StoreException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
        return new Database(dataDir, pool, header);
    }

    /** The version of the newest migration (db/migration and store/migration); a test keeps it in step. */
    static final int SCHEMA_VERSION = 23;
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
     * first (into backups/), so an upgrade can always be undone; a brand-new data dir needs none. H2
     * cannot roll DDL back, so a marker file says while the change runs ({@link UpgradeMarker}): a
     * failure or a kill puts the book back as it was (the backup, or no book at all for a new one).
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
        if (info.current() == null) {
            if (!Files.exists(dataDir.resolve(UpgradeMarker.NAME))) {
                UpgradeMarker.firstStart(dataDir);
            }
        } else if (info.pending().length > 0 || hasFailed(info)) {
            Optional<Path> before = hasFailed(info) ? newestBeforeUpdate() : Optional.empty();
            if (before.isPresent()) {
                // A failed update left by an Ember without the marker: go back to its backup and update again.
                UpgradeMarker.upgrading(dataDir, before.get());
                throw new RecordedFailure();
            }
            UpgradeMarker.upgrading(dataDir, Backups.beforeMigration(this).file());
        }
        flyway.migrate();
        // Flyway commits on its own connections, past StoreHeader: the header is made to name the migrated
        // state, on disk, before the marker goes. Else a kill just after could reopen an older state, with a
        // migration half there and no marker to undo it (seen: "Duplicate column name STAGE" from V8).
        header.pointAtNewest();
        UpgradeMarker.done(dataDir);
    }

    private static boolean hasFailed(MigrationInfoService info) {
        return java.util.Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed());
    }

    private Optional<Path> newestBeforeUpdate() {
        return Backups.listIn(dataDir).stream().filter(b -> Backups.Reason.BEFORE_MIGRATION.code().equals(b.reason()))
                .map(Backups.Backup::file).findFirst();
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
            throw failed("Reading", e);
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
                header.pointAtNewest();
                wrote.set(true);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("Writing to", e);
        }
    }

    /** Whether the book would be compacted if closed now (see {@link Compaction}). */
    public boolean compactionWorthIt() {
        return read(Compaction::worthIt);
    }

    /** Makes the file's header name the newest commit, on disk (before a copy of the file is taken). */
    void syncHeader() {
        header.pointAtNewest();
    }

    /** A damaged book is said as such (it is open, so it stays where it is until a restore); else a StoreException. */
    private RuntimeException failed(String doing, SQLException e) {
        if (BookFile.isDamage(e)) {
            LOG.log(Level.SEVERE, "the book in " + dataDir + " is damaged", e);
            return new DamagedBookException(dataDir, BookFile.of(dataDir), e.getMessage(), e);
        }
        return new StoreException(doing + " the database failed: " + e.getMessage(), e);
    }

    /** Whether {@link #close()} was called (a restore closes the database it replaces). */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.get()) {
            return; // closed already (a restore closes the database it replaces)
        }
        String shutdown = "SHUTDOWN";
        if (wrote.get()) {
            try {
                if (compactionWorthIt()) {
                    shutdown = "SHUTDOWN COMPACT";
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not tell whether the book needs compacting: " + e.getMessage(), e);
            }
        }
        if (closed.getAndSet(true)) {
            return;
        }
        // SHUTDOWN closes the database even while some pooled connection is still out. It runs on a
        // connection of its own: a pooled one would try to roll back after it and leave an "already
        // closed" error in the data dir's ember.trace.db on every close.
        // That connection is made while the pool's still hold the database open, so it is not opened again.
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url(dataDir), USER, "");
             Statement statement = connection.createStatement()) {
            pool.dispose();
            statement.execute(shutdown);
        } catch (SQLException e) {
            // Already closed, or closing with the JVM: H2 closes its files either way.
        } finally {
            pool.dispose();
        }
        if (shutdown.endsWith("COMPACT")) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "compacted the book as it closed, in " + ms + " ms");
        }
    }
}
