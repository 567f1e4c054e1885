package app.ember.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * The book: by default the embedded H2 database in a data dir, opened once per process, schema brought
 * up to date by Flyway, every edit committed to disk at once; or a shared book on a PostgreSQL server
 * ({@link ServerBook}), where the H2 file's machinery (header, marker, compaction, file backups) has no
 * place and the data dir only keeps this computer's own files (logs, window, templates).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** H2's "Database may be already in use": another process holds the file lock. */
    /** H2's DATA_CONVERSION_ERROR_1. */
    private static final int DATA_CONVERSION = 22018;
    /** H2's GENERAL_ERROR_1. */
    private static final int GENERAL_ERROR = 50000;
    private static final String FILE_NAME = "ember";

    private final Path dataDir;
    /** The server of a shared book; null for the data dir's own H2 book. */
    private final ServerAddress server;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Writes share it; a copy of the database file takes it alone (see {@link #writeAlone}). */
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
    /** Keeps H2's file header on the newest commit (see {@link StoreHeader} for why); null on a server. */
    private final StoreHeader header;
    /** A shared book's live updates (null for the data dir's own book). */
    private final LiveChanges live;
    /** Set by every commit: a book nobody wrote to in this process needs no compaction on close. */
    private final AtomicBoolean wrote = new AtomicBoolean();
    /** The display name this process's touches, notes and changes are kept under ("" for nobody named). */
    private volatile String author = "";

    private Database(Path dataDir, JdbcConnectionPool pool, StoreHeader header) {
        this(dataDir, null, pool, header);
    }

    /** A server book's ({@link ServerBook}); its schema is migrated by the caller. */
    Database(Path dataDir, ServerAddress server, JdbcConnectionPool pool, StoreHeader header) {
        this.dataDir = dataDir;
        this.server = server;
        this.pool = pool;
        this.header = header;
        this.live = server == null ? null : new LiveChanges();
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
                BookTables.checkAll(database); // a table gone with overwritten bytes: damage, not a failure
                ImportRuns.undoUnfinished(database); // an import a kill cut short is undone
                return database;
            } catch (RuntimeException e) {
                database.close();
                if (BookFile.isDamage(e) || e instanceof BookTables.Gone) {
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
            LeftoverCommits.finish(first); // before any query: see there why
            header = StoreHeader.of(first);
        } catch (SQLException e) {
            pool.dispose();
            if (DataDirInUseException.isCause(e)) {
                throw new DataDirInUseException(dataDir, e);
            }
            // Opening reads the header, the newest chunk and the tables' roots: a general error there
            // (measured: a class name read from overwritten bytes) is the file's content, not the disk.
            // So is a value that does not convert while H2 reads its own schema records (seen once the
            // schema gained V24's columns: overwritten bytes read as a number).
            if (BookFile.isDamage(e) || e.getErrorCode() == GENERAL_ERROR || e.getErrorCode() == DATA_CONVERSION) {
                throw BookFile.keepAside(dataDir, e.getMessage(), e);
            }
            throw new StoreException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose(); // a commit cut short that could not be finished: the file stays as it was
            throw e;
        }
        return new Database(dataDir, pool, header);
    }

    /** The version of the newest migration (db/migration and store/migration); a test keeps it in step. */
    static final int SCHEMA_VERSION = 34;
    private static final String USER = "ember";

    /**
     * WRITE_DELAY=0: measured, the default delay lost committed rows when the process was killed.
     * The file lock (H2's default) is what tells a second copy of Ember that the data dir is taken.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME) + ";WRITE_DELAY=0";
    }

    /**
     * Brings the schema up to date. A book that exists and is about to change schema is backed up
     * first (into backups/), so an upgrade can always be undone; a brand-new data dir needs none. H2
     * cannot roll DDL back, so a marker file says while the change runs ({@link UpgradeMarker}): a
     * failure or a kill puts the book back as it was (the backup, or no book at all for a new one).
     */
    private void migrate(String... extraLocations) {
        if (extraLocations.length == 0 && SchemaHistory.isUpToDate(pool, SCHEMA_VERSION)) {
            return;
        }
        List<String> locations = new ArrayList<>(SchemaHistory.migrations("h2"));
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
        } else if (info.pending().length > 0 || SchemaHistory.hasFailed(info)) {
            Optional<Path> before = SchemaHistory.hasFailed(info) ? SchemaHistory.newestBeforeUpdate(dataDir) : Optional.empty();
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

    /** The data dir: the H2 book's home, or for a server book this computer's logs, window state and templates. */
    public Path dataDir() {
        return dataDir;
    }

    /** The server of a shared book; empty for the data dir's own book. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /**
     * Hears the other Embers' commits on a shared book (within about a second of each); the data dir's
     * own book has no others, and nothing is heard.
     */
    public void onOthersChanged(Runnable listener) {
        if (live == null) {
            return;
        }
        try {
            live.listen(pool.getConnection(), listener);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "no live updates from " + server + ": " + e.getMessage(), e);
        }
    }

    /**
     * Names the person working in this book from now on: their touches, notes and changes are kept under
     * it (see {@link #author()}). Blank for nobody in particular (a book kept by one person).
     */
    public void actAs(String name) {
        author = name == null ? "" : name.strip();
    }

    /** The display name this process's work is kept under; "" when nobody was named. */
    public String author() {
        return author;
    }

    /** Whether this is a shared book on a server (no book file, no file backups, many writers). */
    public boolean isServer() {
        return server != null;
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                // PostgreSQL's driver starts the connection's next transaction READ ONLY while it is set.
                if (server != null) {
                    connection.setReadOnly(false);
                }
            }
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
                if (live != null) {
                    live.tell(connection);
                }
                connection.commit();
                syncHeader();
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
        return header != null && read(Compaction::worthIt);
    }

    /** Makes the file's header name the newest commit, on disk (before a copy of the file is taken). */
    void syncHeader() {
        if (header != null) {
            header.pointAtNewest();
        }
    }

    /** A damaged book is said as such (it is open, so it stays where it is until a restore); else a StoreException. */
    private RuntimeException failed(String doing, SQLException e) {
        if (server == null && BookFile.isDamage(e)) {
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
        if (server != null) {
            live.close();
            pool.dispose(); // the server keeps the book; only this process's connections close
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
