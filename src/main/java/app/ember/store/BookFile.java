package app.ember.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.h2.mvstore.MVStoreException;

/**
 * The book's file in a data dir and the checks that tell a damaged one from a whole one.
 *
 * <p>What is checked, and when: before H2 opens the file, its size and first bytes (an emptied or
 * nearly emptied file would otherwise open as a new empty book) and that the chunk its header names
 * is all there, header and footer ({@link ChunkCheck}: H2 itself quietly opens an older state when
 * that chunk is cut off); while H2 opens it, H2's own checks of
 * the header and the newest chunk (a file cut short fails here); before every backup, {@link #scan}
 * reads every row of every table, which makes H2 check every live page (bytes overwritten in the
 * middle of the live data fail here), and that every table Ember made is still there. Overwritten bytes
 * inside a value, in an index, or in space H2 no longer uses, cannot be seen: MVStore keeps no checksum
 * of its data.
 */
final class BookFile {
    private static final Logger LOG = Logger.getLogger(BookFile.class.getName());
    static final String NAME = "ember.mv.db";
    static final String DAMAGED = NAME + ".damaged-";
    /** An MVStore file starts with two 4 KB header blocks; a book is never shorter. */
    private static final long MIN_SIZE = 8192;
    /** H2's FILE_CORRUPTED_1 and FILE_VERSION_ERROR_1. */
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    /** MVStore's ERROR_READING_FAILED (a file cut short), ERROR_FILE_CORRUPT, ERROR_CHUNK_NOT_FOUND. */
    private static final List<Integer> STORE_DAMAGE = List.of(1, 6, 9);
    /** The tables and the migration that made each (a migration that drops one must take it out here). */
    private static final java.util.Map<String, Integer> TABLES_MADE_IN = java.util.Map.of("LEADS", 1, "INTERACTIONS", 2,
            "NOTES", 3, "PREFERENCES", 4, "LEAD_TAGS", 5, "TEMPERATURE_CHANGES", 6, "SETTINGS", 7, "LEAD_WORDS", 14);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BookFile() {
    }

    static Path of(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(NAME);
    }

    /** Why the file cannot be a whole book, judged from its size and first bytes; empty when absent or plausible. */
    static Optional<String> looksDamaged(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of("the file is empty");
            }
            if (size < MIN_SIZE) {
                return Optional.of("the file is only " + size + " bytes long");
            }
            try (InputStream in = Files.newInputStream(file)) {
                if (!new String(in.readNBytes(4), StandardCharsets.ISO_8859_1).equals("H:2,")) {
                    return Optional.of("the file does not start like an H2 database");
                }
            }
            return ChunkCheck.missingChunk(file, size);
        } catch (IOException e) {
            return Optional.of("the file cannot be read: " + e.getMessage());
        }
    }

    /** Whether H2 failed because the file is damaged (not because it is locked, full or busy). */
    static boolean isDamage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == FILE_CORRUPTED
                    || sql.getErrorCode() == FILE_VERSION_ERROR)) {
                return true;
            }
            if (t instanceof MVStoreException store && STORE_DAMAGE.contains(store.getErrorCode())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("File corrupted") || message.contains("is corrupt")
                    || message.contains("Unable to read the page"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renames the damaged book beside itself ({@code ember.mv.db.damaged-20261206-140233}) so nothing
     * ever writes over it; logs why. Returns where it is now (the book itself when it cannot be moved).
     */
    static DamagedBookException keepAside(Path dataDir, String reason, Throwable cause) {
        Path book = of(dataDir);
        Path kept = book.resolveSibling(DAMAGED + STAMP.format(LocalDateTime.now()));
        for (int n = 2; Files.exists(kept); n++) {
            kept = book.resolveSibling(DAMAGED + STAMP.format(LocalDateTime.now()) + "-" + n);
        }
        try {
            Files.move(book, kept);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot rename the damaged book " + book + ": " + e.getMessage(), e);
            kept = book;
        }
        LOG.log(Level.SEVERE, "the book " + book + " is damaged (" + reason + "); kept as " + kept, cause);
        return new DamagedBookException(dataDir, kept, reason, cause);
    }

    /** The newest damaged book kept aside in the data dir, if any. */
    static Optional<Path> newestKeptAside(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dataDir.toAbsolutePath())) {
            return files.filter(f -> f.getFileName().toString().startsWith(DAMAGED))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads every row of every table, so H2 reads (and checks the framing of) every live page of the
     * tables, and checks that each table Ember made is there. Measured on a 2-core machine: about
     * 0.2 to 0.3 s for 3,000 leads (110,000 rows), 3 to 7 s for 30,000 leads (1.1 million rows); it runs
     * before backups, not at every start.
     */
    static Void scan(Connection connection) throws SQLException {
        return scan(connection, true);
    }

    /** Above this size a book's check before a backup reads every lead but not every touch (see {@link Backups#backupTo}). */
    static final long READ_EVERY_ROW_UP_TO_BYTES = 64L << 20;

    /**
     * {@link #scan(Connection)}, reading the rows of every table ({@code everyTable}) or only the leads'
     * (the tables are still all checked to be there).
     */
    static Void scan(Connection connection, boolean everyTable) throws SQLException {
        int schema = BackupCheck.schemaVersion(connection);
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        // Measured: bytes overwritten in the middle of the schema's own pages make a table vanish
        // without an error. Each table Ember's migrations made must be there.
        for (java.util.Map.Entry<String, Integer> made : TABLES_MADE_IN.entrySet()) {
            if (made.getValue() <= schema && !tables.contains(made.getKey())) {
                throw new SQLException("File corrupted: the table " + made.getKey() + " is missing", "XX000", FILE_CORRUPTED);
            }
        }
        for (String table : tables) {
            if (!everyTable && !table.equalsIgnoreCase("leads")) {
                continue;
            }
            // Every value fetched: measured, a count with a condition on the row id is answered from
            // the table's stored count and reads no page at all.
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                }
            }
        }
        return null;
    }
}
