package app.ember.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small file, {@code ember.upgrading}, present only while the schema changes. H2 cannot roll back
 * DDL, so a process killed during a migration (or during the very first start) leaves a half-changed
 * book; the marker says so at the next start, and what to go back to: the "before schema update"
 * backup it names, or nothing at all for a new book (it held nothing, so it is made again).
 */
final class UpgradeMarker {
    private static final Logger LOG = Logger.getLogger(UpgradeMarker.class.getName());
    static final String NAME = "ember.upgrading";
    private static final String FIRST_START = "first-start";
    private static final String BACKUP = "backup=";

    private UpgradeMarker() {
    }

    /** Marks the start of a new book's first migration. */
    static void firstStart(Path dataDir) {
        write(dataDir, FIRST_START);
    }

    /** Marks the start of an upgrade whose book is in {@code backup}. */
    static void upgrading(Path dataDir, Path backup) {
        write(dataDir, BACKUP + backup.toAbsolutePath());
    }

    /** The upgrade finished: nothing to undo. */
    static void done(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            throw new StoreException("Cannot remove " + dataDir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    /**
     * When an upgrade or a first start did not finish, puts the book back as it was before it (the
     * backup put in place, or the half-made new book removed) and says so in the log. Called while the
     * book is closed.
     *
     * @return whether anything was undone
     */
    static boolean undoUnfinished(Path dataDir, String why) {
        Path marker = dataDir.resolve(NAME);
        if (!Files.isRegularFile(marker)) {
            return false;
        }
        Path book = BookFile.of(dataDir);
        try {
            String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (text.equals(FIRST_START)) {
                Files.deleteIfExists(book);
                Files.deleteIfExists(dataDir.resolve("ember.trace.db"));
                LOG.warning("the first start in " + dataDir + " did not finish (" + why + "); the new book is made again");
            } else if (text.startsWith(BACKUP)) {
                Path backup = Path.of(text.substring(BACKUP.length()));
                if (!Files.isRegularFile(backup)) {
                    LOG.severe("the schema update in " + dataDir + " did not finish (" + why + ") and its backup "
                            + backup + " is gone; the book is left as it is");
                } else {
                    BackupFiles.putInPlace(backup, book);
                    LOG.warning("the schema update in " + dataDir + " did not finish (" + why
                            + "); the book was put back from " + backup + " and is updated again");
                }
            }
            Files.delete(marker);
            return true;
        } catch (IOException e) {
            throw new StoreException("Cannot undo the unfinished schema update in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The marker is also there while another Ember is updating this book: its file must not be put
     * back under it. H2 holds a lock on the file while it is open; taking it for a moment tells.
     */
    static void refuseWhileOpenElsewhere(Path dataDir) {
        Path book = BookFile.of(dataDir);
        if (!Files.exists(book)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(book, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirInUseException(dataDir, null);
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new DataDirInUseException(dataDir, e);
        } catch (IOException e) {
            throw new StoreException("Cannot check " + book + ": " + e.getMessage(), e);
        }
    }

    /** Written and synced before the first change: a kill after it must find it. */
    private static void write(Path dataDir, String text) {
        Path marker = dataDir.resolve(NAME);
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write " + marker, e);
            throw new StoreException("Cannot write " + marker + ": " + e.getMessage(), e);
        }
    }
}
