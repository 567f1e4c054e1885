package app.ember.store;

import app.ember.io.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

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
    private static final String MARK = "Ember backup";
    private static final Pattern NAME = Pattern.compile("ember-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d+))?\\.zip");
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
     * plain H2 backup), its size in bytes and why it was taken ("" when unknown).
     */
    public record Backup(Path file, Instant taken, int leads, long size, String reason) {
    }

    /** What a restore did: the backup put in place, the copy of the state before it, the reopened database. */
    public record Restored(Backup restored, Backup before, Database database) {
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
        Path target = zip.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Instant taken = clock.instant();
        try {
            Files.deleteIfExists(part);
            database.writeAlone(c -> {
                int leads = countLeads(c);
                try {
                    DatabaseZip.write(database, c, part, MARK + "\ntaken=" + taken + "\nleads=" + leads + "\nreason="
                            + reason.code() + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return leads;
            });
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

    /** The backups in backups/, newest first. Reads each zip's comment only, never the database in it. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                try {
                    backups.add(read(file));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "skipping {0}: {1}", new Object[] {file, e.getMessage()});
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(NEWEST_FIRST);
        return backups;
    }

    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::taken)
            .thenComparing(b -> suffix(b.file())).reversed();

    private static int suffix(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        return name.matches() && name.group(2) != null ? Integer.parseInt(name.group(2)) : 1;
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
     * Restores the backup: checks it, takes a backup of the state now, closes this database, puts the
     * backup's database file in place (unpacked beside it, then moved over it) and opens it again
     * (Flyway brings an older backup's schema up to date). This Backups' database is closed afterwards;
     * use the returned one.
     *
     * @throws IllegalArgumentException when the file is not an Ember backup; then nothing has changed
     */
    public Restored restore(Path zip) {
        Backup source = read(zip);
        Path dataDir = database.dataDir();
        Path live = dataDir.resolve(ENTRY);
        Path unpacked = dataDir.resolve(ENTRY + ".restoring");
        try {
            unpack(zip, unpacked);
        } catch (IOException e) {
            deleteQuietly(unpacked);
            throw new StoreException("Cannot unpack " + zip + ": " + e.getMessage(), e);
        }
        Backup before;
        try {
            before = backup(Reason.BEFORE_RESTORE);
        } catch (RuntimeException e) {
            deleteQuietly(unpacked);
            throw e;
        }
        database.close();
        try {
            move(unpacked, live);
        } catch (IOException e) {
            deleteQuietly(unpacked);
            throw new StoreException("Cannot put the backup in place of " + live + ": " + e.getMessage()
                    + "; the state before is in " + before.file(), e);
        }
        try {
            return new Restored(source, before, Database.open(dataDir));
        } catch (RuntimeException e) {
            // The backup does not open (e.g. made by a newer Ember): the state before goes back.
            try {
                unpack(before.file(), unpacked);
                move(unpacked, live);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new StoreException("The backup " + zip + " does not open (" + e.getMessage()
                    + "); the state before was put back", e);
        }
    }

    /**
     * Reads a backup's facts from its zip without opening the database in it.
     *
     * @throws IllegalArgumentException when the file is missing or not an Ember backup
     */
    public static Backup read(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException(zip + " is not an Ember backup: there is no such file");
        }
        if (encrypted(zip)) {
            throw new IllegalArgumentException(ENCRYPTED.formatted(zip));
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(zip + " is not an Ember backup: it holds no " + ENTRY);
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] head = in.readNBytes(2 * HEADER_BLOCK);
                if (!new String(head, 0, Math.min(4, head.length), StandardCharsets.ISO_8859_1).equals("H:2,")) {
                    throw new IllegalArgumentException(zip + " is not an Ember backup: its " + ENTRY
                            + " is not an H2 database");
                }
                if (!wholeHeader(head, 0) && !wholeHeader(head, HEADER_BLOCK)) {
                    throw new IllegalArgumentException(zip + " is not an Ember backup: its " + ENTRY
                            + " starts like an H2 database, but its header is not whole (a damaged or made-up file)");
                }
            }
            String comment = file.getComment();
            Instant taken = null;
            int leads = -1;
            String reason = "";
            if (comment != null && comment.startsWith(MARK)) {
                for (String line : comment.split("\n")) {
                    try {
                        if (line.startsWith("taken=")) {
                            taken = Instant.parse(line.substring(6));
                        } else if (line.startsWith("leads=")) {
                            leads = Integer.parseInt(line.substring(6));
                        } else if (line.startsWith("reason=")) {
                            reason = line.substring(7);
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        LOG.log(Level.FINE, "unreadable line in the comment of " + zip, e);
                    }
                }
            }
            if (taken == null) {
                taken = Files.getLastModifiedTime(zip).toInstant();
            }
            return new Backup(zip, taken, leads, Files.size(zip), reason);
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw new IllegalArgumentException(ENCRYPTED.formatted(zip), e);
            }
            throw new IllegalArgumentException(zip + " is not an Ember backup: it is not a zip file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** H2 writes its file header twice, in the file's first two blocks of this size; either one will do. */
    private static final int HEADER_BLOCK = 4096;
    private static final String ENCRYPTED = "%s is not an Ember backup: it is an encrypted (password-protected) zip, "
            + "and Ember's backups never are; unzip it with its password first";

    /**
     * Whether the H2 file header at {@code offset} is whole: "H:2,block:...,fletcher:XXXXXXXX" with the
     * Fletcher-32 checksum that H2 itself checks when it opens a file. A made-up file that merely starts
     * with "H:2," fails here, before a restore has changed anything.
     */
    static boolean wholeHeader(byte[] bytes, int offset) {
        if (offset >= bytes.length) {
            return false;
        }
        int end = offset;
        while (end < bytes.length && end < offset + HEADER_BLOCK && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String header = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        int fletcher = header.indexOf(",fletcher:");
        if (!header.startsWith("H:2,") || fletcher < 0) {
            return false;
        }
        try {
            int stored = (int) Long.parseLong(header.substring(fletcher + ",fletcher:".length()).strip(), 16);
            return stored == org.h2.mvstore.DataUtils.getFletcher32(bytes, offset, fletcher);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether the zip's first entry is encrypted (bit 0 of its general purpose flags): the JDK can read
     * none, and says only "invalid CEN header", which is no help to the user.
     */
    private static boolean encrypted(Path zip) {
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] local = in.readNBytes(8);
            return local.length == 8 && local[0] == 'P' && local[1] == 'K' && local[2] == 3 && local[3] == 4
                    && (local[6] & 1) != 0;
        } catch (IOException e) {
            return false;
        }
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

    private static void unpack(Path zip, Path to) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                throw new NoSuchFileException(ENTRY + " in " + zip);
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover beside the database; the next restore replaces it.
        }
    }
}
