package app.ember.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Whether a backup opens: its database is unpacked into a scratch folder of the data dir (the data is
 * private and stays where the book is), opened read-only, every row read ({@link BookFile#scan}), its
 * schema version and leads read, and the folder removed. The zip's comment alone cannot say that the
 * copy inside is whole; this can, at the price of unpacking it (about as long as the backup took).
 */
final class BackupCheck {
    private static final Logger LOG = Logger.getLogger(BackupCheck.class.getName());

    /** What the database inside a backup holds: the version of its schema, its leads. */
    record Facts(int schema, int leads) {
    }

    private BackupCheck() {
    }

    /**
     * Opens the backup's database read-only in a scratch folder under {@code scratchParent}.
     *
     * @throws IllegalArgumentException when it does not open or is damaged
     */
    static Facts inspect(Path zip, Path scratchParent) {
        Path scratch = null;
        try {
            Files.createDirectories(scratchParent);
            removeStale(scratchParent);
            scratch = Files.createTempDirectory(scratchParent, ".checking-");
            BackupFiles.unpack(zip, scratch.resolve(Backups.ENTRY));
            String url = "jdbc:h2:file:" + scratch.toAbsolutePath().resolve("ember") + ";ACCESS_MODE_DATA=r";
            try (Connection connection = DriverManager.getConnection(url, "ember", "")) {
                BookFile.scan(connection);
                return new Facts(schemaVersion(connection), Backups.countLeads(connection));
            }
        } catch (SQLException | IOException e) {
            LOG.log(Level.INFO, "the backup " + zip + " does not open", e);
            throw new IllegalArgumentException(zip + " does not open: " + firstLine(e.getMessage()), e);
        } finally {
            if (scratch != null) {
                removeTree(scratch);
            }
        }
    }

    /** The newest backup that is from this Ember's schema or older and opens; empty when none does. */
    static Optional<Backups.Backup> newestThatOpens(List<Backups.Backup> newestFirst, Path scratchParent) {
        for (Backups.Backup backup : newestFirst) {
            if (backup.schema() > Database.SCHEMA_VERSION) {
                continue;
            }
            try {
                Facts facts = inspect(backup.file(), scratchParent);
                if (facts.schema() > Database.SCHEMA_VERSION) {
                    continue;
                }
                return Optional.of(backup.leads() >= 0 ? backup : new Backups.Backup(backup.file(), backup.taken(),
                        facts.leads(), backup.size(), backup.reason(), facts.schema(), backup.ember()));
            } catch (IllegalArgumentException doesNotOpen) {
                // Logged by inspect; the next older one may.
            }
        }
        return Optional.empty();
    }

    /** The newest migration that succeeded in the book on {@code connection}; 0 for a book without history. */
    static int schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            if (!table.next() || table.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM "
                     + "\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Scratch folders left by a check that was killed (an hour old: no check takes that long). */
    private static void removeStale(Path scratchParent) throws IOException {
        java.time.Instant hourAgo = java.time.Instant.now().minusSeconds(3600);
        try (Stream<Path> files = Files.list(scratchParent)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith(".checking-")).toList()) {
                if (Files.getLastModifiedTime(old).toInstant().isBefore(hourAgo)) {
                    removeTree(old);
                }
            }
        }
    }

    private static void removeTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the scratch folder " + folder, e);
        }
    }
}
