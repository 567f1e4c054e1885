package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book missing one of its tables is damaged: refused as it opens and kept aside, never worked in. */
class BookTablesTest {
    @TempDir
    Path dataDir;

    @Test
    void theListIsWhatTheMigrationsMake() {
        try (Database database = Database.open(dataDir)) {
            List<String> tables = database.read(c -> {
                List<String> names = new ArrayList<>();
                try (ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                    while (rows.next()) {
                        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                return names.stream().sorted().toList();
            });
            assertEquals(BookTables.ALL.stream().sorted().toList(), tables);
        }
    }

    @Test
    void aBookWhoseSettingsTableIsGoneIsRefusedAsDamagedAndKeptAside() {
        try (Database database = Database.open(dataDir)) {
            database.write(c -> c.createStatement().execute("DROP TABLE settings"));
        }
        DamagedBookException damaged = assertThrows(DamagedBookException.class, () -> Database.open(dataDir));
        assertTrue(damaged.getMessage().contains("settings"), damaged.getMessage());
        assertFalse(Files.exists(BookFile.of(dataDir)), "the damaged book is moved aside, not written to");
        assertTrue(Files.exists(damaged.keptAs()), "kept as " + damaged.keptAs());
    }
}
