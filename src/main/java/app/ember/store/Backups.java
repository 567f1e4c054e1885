package app.ember.store;

import app.ember.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backups of a data dir's database: a consistent copy of the open file ({@link DatabaseZip}) into the data
 * dir's {@code backups/} folder, one zip per backup named by its local date and time
 * ({@code ember-2026-11-23-0915.zip}). Each zip carries a short comment ("Ember backup", when it was
 * taken, how many leads, why), so listing the backups reads no database. Only the last
 * {@code backups.keep} backups (a setting, 14 by default) are kept.
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    public static final String FOLDER = "backups";
    public static final String KEEP_SETTING = "backups.keep";
    public static final int DEFAULT_KEEP = 14;
    public static final int MAX_KEEP = 1000;
    /** The one file inside a backup: the database file itself. */
    static final String ENTRY = "ember.mv.db";
    private static final String MARK = BackupFiles.MARK;
    /** Written into each backup, so a restore can say which Ember made it. */
    private static final String EMBER = java.util.Objects.requireNonNullElse(
            Backups.class.getPackage().getImplementationVersion(), "development");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    /** Why a backup was taken; written into it. */
    public enum Reason {
        MANUAL("manual"), DAILY("daily"), BEFORE_RESTORE("before restore"), BEFORE_MIGRATION("before schema update");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One backup: its file, when it was taken, the leads in it (-1 when the zip does not say, e.g. a
     * plain H2 backup), its size in bytes, why it was taken ("" when unknown), the schema version of
     * its book (-1 when the zip does not say: made before Ember wrote it) and the Ember that made it
     * ("" when it does not say).
     */
    public record Backup(Path file, Instant taken, int leads, long size, String reason, int schema, String ember) {
    }

    /**
     * What a restore did: the backup put in place, the copy of the state before it (null when the book
     * was damaged: then it is kept aside instead, in {@code damagedKeptAs}, else null), the reopened database.
     */
    public record Restored(Backup restored, Backup before, Database database, Path damagedKeptAs) {
    }

    private final Database database;
    private final Clock clock;

    public Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path folder() {
        return database.dataDir().resolve(FOLDER);
    }

    /** Takes a backup into backups/ now, then keeps only the newest {@link #keep()}. */
    public Backup backup() {
        return backup(Reason.MANUAL);
    }

    public Backup backup(Reason reason) {
        Path folder = folder();
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backups folder " + folder + ": " + e.getMessage(), e);
        }
        checkRoom(folder);
        long began = System.nanoTime();
        String stem = "ember-" + NAME_TIME.format(LocalDateTime.now(clock));
        Path file = folder.resolve(stem + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".zip");
        }
        Backup taken = backupTo(file, reason);
        try {
            PrivateFiles.restrictFile(taken.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot make the backup " + taken.file() + " private to its owner", e);
        }
        LOG.info(() -> String.format(java.util.Locale.ROOT, "backup (%s): %d leads to %s, %,d bytes, in %.1f s",
                reason.code(), taken.leads(), taken.file(), taken.size(), (System.nanoTime() - began) / 1e9));
        rotate();
        return taken;
    }

    /**
     * Refuses a backup the disk has no room for, before anything is written: on a full disk the copy
     * would fail, and H2, failing to write its own file meanwhile, would close the book for this
     * session. A zip of the book is smaller than the book; the room asked for is the book's size.
     */
    private void checkRoom(Path folder) {
        long book;
        try {
            book = Files.size(database.dataDir().resolve(ENTRY));
        } catch (IOException e) {
            return; // no book file to measure (an in-memory test book): the copy itself will tell
        }
        long free = DiskFull.free(folder);
        if (free < book + DiskFull.NEARLY_FULL) {
            throw new StoreException(DiskFull.message(folder, "only " + DiskFull.size(free) + " free, and a backup "
                    + "of this book needs up to " + DiskFull.size(book + DiskFull.NEARLY_FULL)), null);
        }
    }

    /**
     * Takes a backup into the given file (written beside it, then moved in place: a backup is whole
     * or absent). An existing file is replaced.
     */
    public Backup backupTo(Path zip, Reason reason) {
        if (database.isServer()) {
            throw new IllegalStateException("a shared book on a server is backed up by the server's own tools "
                    + "(pg_dump); see the README");
        }
        Path target = zip.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Instant taken = clock.instant();
        try {
            Files.deleteIfExists(part);
            // A damaged book is never backed up: its backups would rotate the good ones out. The rows are
            // read on the other core while the file is copied, and the copy is kept only if they all read
            // back. A book over 64 MB has every lead read, not every touch: reading the 1,000,000 touches of
            // the bench book alone took longer than its backup's 5 s goal (and bytes overwritten inside a
            // value cannot be seen either way: H2 keeps no checksum of its data).
            boolean everyTable = bookSize() <= BookFile.READ_EVERY_ROW_UP_TO_BYTES;
            CompletableFuture<Void> scan = CompletableFuture.supplyAsync(
                    () -> database.read(c -> BookFile.scan(c, everyTable)));
            database.writeAlone(c -> {
                int leads = countLeads(c);
                try {
                    DatabaseZip.write(database, c, part, MARK + "\ntaken=" + taken + "\nleads=" + leads + "\nreason="
                            + reason.code() + "\n"
                            + "schema=" + BackupCheck.schemaVersion(c) + "\n"
                            + "ember=" + EMBER + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return leads;
            });
            try {
                scan.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
            move(part, target);
        } catch (UncheckedIOException e) {
            throw new StoreException("Cannot write the backup " + target + ": " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Nothing more to do: a stray .part file is never listed.
            }
        }
        return read(target);
    }

    private long bookSize() {
        try {
            return Files.size(database.dataDir().resolve(ENTRY));
        } catch (IOException e) {
            return 0;
        }
    }

    /** The backups in backups/, newest first. Reads each zip's comment only, never the database in it. */
    public List<Backup> list() {
        return BackupFiles.list(folder());
    }

    /** The backups of a data dir, newest first, without opening its book (it may be damaged). */
    public static List<Backup> listIn(Path dataDir) {
        return BackupFiles.list(dataDir.resolve(FOLDER));
    }

    /**
     * The newest backup of the data dir whose database opens (unpacked and opened read-only, every row
     * read), from this Ember's schema or older; the newest first, stopping at the first good one.
     */
    public static Optional<Backup> newestThatOpens(Path dataDir) {
        return BackupCheck.newestThatOpens(listIn(dataDir), dataDir);
    }

    /** How many backups are kept: the {@code backups.keep} setting, or 14. */
    public int keep() {
        try {
            Optional<String> stored = database.read(c -> new SettingStore().get(c, KEEP_SETTING));
            if (stored.isPresent()) {
                int keep = Integer.parseInt(stored.get().trim());
                if (keep >= 1 && keep <= MAX_KEEP) {
                    return keep;
                }
                LOG.log(Level.WARNING, "setting {0} = {1} is out of range; keeping {2}",
                        new Object[] {KEEP_SETTING, keep, DEFAULT_KEEP});
            }
        } catch (NumberFormatException | StoreException e) {
            // Unreadable, or a schema from before the settings table: the default stays.
            LOG.log(Level.FINE, "backups.keep not read", e);
        }
        return DEFAULT_KEEP;
    }

    public void setKeep(int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("the number of backups to keep must be between 1 and " + MAX_KEEP
                    + ", not " + keep);
        }
        database.write(c -> {
            new SettingStore().put(c, KEEP_SETTING, Integer.toString(keep));
            return null;
        });
        rotate();
    }

    /** Deletes the oldest backups in backups/ beyond {@link #keep()}; returns how many. */
    public int rotate() {
        List<Backup> all = list();
        int keep = keep();
        int deleted = 0;
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted++;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete the old backup {0}: {1}", new Object[] {old.file(), e.getMessage()});
            }
        }
        return deleted;
    }

    /**
     * The daily backup: taken when the newest backup is from before today (local time), and only
     * when the book has leads (an empty book has nothing to lose).
     */
    public Optional<Backup> dailyIfDue() {
        if (database.isServer()) {
            return Optional.empty(); // the server's backups are its owner's (pg_dump): not one copy per Ember
        }
        LocalDate today = LocalDate.now(clock);
        List<Backup> all = list();
        if (!all.isEmpty() && !LocalDate.ofInstant(all.get(0).taken(), clock.getZone()).isBefore(today)) {
            return Optional.empty();
        }
        if (database.read(Backups::countLeads) == 0) {
            return Optional.empty();
        }
        return Optional.of(backup(Reason.DAILY));
    }

    /**
     * Restores the backup: checks it (an Ember backup, not from a newer Ember, and its database
     * opens), takes a backup of the state now (or, when the book turns out damaged, keeps it aside
     * renamed), closes this database, puts the backup's database file in place (unpacked beside it,
     * then moved over it) and opens it again (Flyway brings an older backup's schema up to date). This
     * Backups' database is closed afterwards; use the returned one.
     *
     * @throws IllegalArgumentException when the file is not an Ember backup, does not open, or was
     *     made by a newer Ember ({@link NewerBackupException}); then nothing has changed
     */
    public Restored restore(Path zip) {
        return BackupRestore.restore(this, database, zip);
    }

    /**
     * Restores the backup into a data dir whose book is damaged (it did not open): the damaged file is
     * kept aside, renamed, and the backup put in its place and opened.
     *
     * @throws IllegalArgumentException as {@link #restore}; then nothing has changed
     */
    public static Restored restoreDamaged(Path dataDir, Path zip) {
        return BackupRestore.restoreDamaged(dataDir, zip);
    }

    /**
     * Refuses a backup whose comment says it was made by a newer Ember, before anything is opened.
     * (A zip from before the comment said its schema is checked when restored.)
     *
     * @throws NewerBackupException when it was
     */
    public static void refuseNewer(Backup backup) {
        BackupRestore.refuseNewer(backup, backup.schema());
    }

    /**
     * Reads a backup's facts from its zip without opening the database in it.
     *
     * @throws IllegalArgumentException when the file is missing or not an Ember backup
     */
    public static Backup read(Path zip) {
        return BackupFiles.read(zip);
    }

    /** Backs up a database whose schema is about to change (called by Database.open before Flyway migrates). */
    static Backup beforeMigration(Database database) {
        Backup before = new Backups(database, Clock.systemDefaultZone()).backup(Reason.BEFORE_MIGRATION);
        LOG.info(() -> "migration: the schema of the book in " + database.dataDir() + " is updated now; the book "
                + "before it is in " + before.file());
        return before;
    }

    /** The leads not deleted; any schema (before soft delete, every lead counts). */
    static int countLeads(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM leads WHERE deleted_at IS NULL")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException noSoftDelete) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM leads")) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        BackupFiles.move(from, to);
    }
}
