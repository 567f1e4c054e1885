package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {
    @TempDir
    Path dataDir;

    private static void fill(Database database, String prefix, int batches) {
        String pad = "c".repeat(2000);
        for (int batch = 0; batch < batches; batch++) {
            int b = batch;
            database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO settings VALUES (?, ?)")) {
                    for (int i = 0; i < 400; i++) {
                        insert.setString(1, prefix + b + "." + i);
                        insert.setString(2, pad);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
    }

    private static int rows(Database database) {
        return database.read(c -> {
            try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM settings")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Test
    void aBookMostlyOfDeletedRowsShrinksWhenClosedAndKeepsEveryLiveRow() throws Exception {
        Path file = dataDir.resolve("ember.mv.db");
        long grown;
        try (Database database = Database.open(dataDir)) {
            fill(database, "gone.", 30);
            fill(database, "kept.", 3);
            database.write(c -> c.createStatement().executeUpdate("DELETE FROM settings WHERE setting_key LIKE 'gone.%'"));
            grown = Files.size(file);
        }
        long closed = Files.size(file);
        assertTrue(closed * 2 < grown, "the file kept its dead space: " + grown + " -> " + closed + " bytes");
        try (Database database = Database.open(dataDir)) {
            assertEquals(3 * 400, rows(database));
        }
    }

    @Test
    void aBookJustCompactedIsLeftAloneAndOneWithLittleDeadSpaceIsNotCompacted() throws Exception {
        try (Database database = Database.open(dataDir)) {
            fill(database, "gone.", 40);
            database.write(c -> c.createStatement().executeUpdate("DELETE FROM settings"));
            assertTrue(database.compactionWorthIt());
        }
        try (Database database = Database.open(dataDir)) {
            assertFalse(database.compactionWorthIt(), "a book just compacted wants compacting again");
        }
    }
}
