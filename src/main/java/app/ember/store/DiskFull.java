package app.ember.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.MVStoreException;

/**
 * Says a failure that comes from the disk in the user's words. H2 reports a full disk as "Writing to
 * sun.nio.ch.FileChannelImpl@5609159b failed" and, once its store has given up after that, every later
 * statement as "The database has been closed"; neither tells the user what to do. Both, and the
 * system's own "No space left on device" or "Read-only file system" anywhere in a failure's causes,
 * become "The disk holding DIR is full (or not writable): ...". The book itself is safe: H2 only
 * appends, and a write that failed is not part of it (the next start reads the book as it was).
 */
public final class DiskFull {
    /** H2's DataUtils.ERROR_WRITING_FAILED and ERROR_CLOSED. */
    private static final int H2_WRITING_FAILED = 2;
    private static final int H2_STORE_CLOSED = 4;
    /** H2's "The database has been closed" and its IO error codes. */
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_IO_EXCEPTION_1 = 90028;
    private static final int H2_IO_EXCEPTION_2 = 90031;
    /** Less free space than this counts as full: H2 writes chunks of tens of kilobytes. */
    static final long NEARLY_FULL = 1024 * 1024;

    private DiskFull() {
    }

    /** The message for the disk holding {@code folder}: full, or not writable, and why. */
    public static String message(Path folder, String why) {
        return "The disk holding " + folder.toAbsolutePath() + " is full (or not writable): " + why;
    }

    /**
     * The one line for a failure of the book or its backups that comes from a full or read-only disk under
     * the data dir; empty for any other (a file written elsewhere, an export say, names itself).
     */
    public static Optional<String> describe(Throwable error, Path dataDir) {
        String systemSays = null;
        boolean writeFailed = false;
        boolean closed = false;
        Set<Throwable> chain = chain(error);
        if (chain.stream().noneMatch(t -> t instanceof StoreException || t instanceof SQLException
                || t instanceof MVStoreException)) {
            return Optional.empty();
        }
        for (Throwable t : chain) {
            String text = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof IOException && systemSays == null && saysDiskTrouble(text)) {
                systemSays = text;
            }
            if (t instanceof MVStoreException store) {
                writeFailed |= store.getErrorCode() == H2_WRITING_FAILED;
                closed |= store.getErrorCode() == H2_STORE_CLOSED;
            }
            if (t instanceof SQLException sql) {
                writeFailed |= sql.getErrorCode() == H2_IO_EXCEPTION_1 || sql.getErrorCode() == H2_IO_EXCEPTION_2;
                closed |= sql.getErrorCode() == H2_DATABASE_CLOSED;
            }
            if (t instanceof AccessDeniedException && dataDir != null && !Files.isWritable(dataDir)) {
                systemSays = "the folder cannot be written to";
            }
        }
        if (systemSays != null) {
            return Optional.of(message(dataDir, systemSays));
        }
        if ((writeFailed || closed) && dataDir != null) {
            String now = state(dataDir);
            if (now != null) {
                return Optional.of(message(dataDir, now));
            }
        }
        return Optional.empty();
    }

    /** The bytes free for the user on the disk holding {@code folder} (its nearest existing parent); 0 when read-only. */
    public static long free(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Long.MAX_VALUE; // nothing to measure: let the write itself tell
        }
        try {
            return Files.getFileStore(existing).isReadOnly() ? 0 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** "123 KB free", "1.4 MB free", for messages. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Why the disk cannot take a write now, or null when it looks fine. */
    private static String state(Path dataDir) {
        if (Files.isDirectory(dataDir) && !Files.isWritable(dataDir)) {
            return "the folder cannot be written to";
        }
        long free = free(dataDir);
        if (free == 0) {
            return "No space left on device (or the disk is read-only)";
        }
        return free < NEARLY_FULL ? "only " + size(free) + " free" : null;
    }

    private static boolean saysDiskTrouble(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("no space left") || lower.contains("disk quota exceeded")
                || lower.contains("not enough space") || lower.contains("read-only file system");
    }

    /** The failure, its causes and what was suppressed along the way, each once. */
    private static Set<Throwable> chain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>();
        if (error != null) {
            next.add(error);
        }
        while (!next.isEmpty() && seen.size() < 100) {
            Throwable t = next.poll();
            if (seen.add(t)) {
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                Collections.addAll(next, t.getSuppressed());
            }
        }
        return seen;
    }
}
