package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ember.domain.PostalAddress;
import app.ember.domain.Sender;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender and the printer offset: defaults, kept with the data, and a stored value that no longer reads. */
class MailSettingsBookTest {
    @TempDir
    Path dataDir;
    private Database database;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nothingStoredIsNoSenderAndNoOffset() {
        assertEquals(MailSettings.DEFAULTS, new MailSettingsBook(database).current());
        assertEquals(Sender.NONE, MailSettings.DEFAULTS.sender());
    }

    @Test
    void savedSettingsAreReadBackAfterReopening() {
        MailSettings settings = new MailSettings(new Sender("Rosa's Flowers",
                new PostalAddress("12 Market St", "Unit 3", "Portland", "OR", "97211", "US")), 1.5, -0.75);
        new MailSettingsBook(database).save(settings);
        database.close();
        database = openBook(dataDir);
        assertEquals(settings, new MailSettingsBook(database).current());
    }

    @Test
    void anOffsetThatDoesNotReadIsTakenAsZero() {
        MailSettings decoded = MailSettingsBook.decode(Map.of("mail.offset_x_mm", "two", "mail.offset_y_mm", "99",
                "mail.sender.name", "Rosa"));
        assertEquals(new MailSettings(new Sender("Rosa", PostalAddress.EMPTY), 0, 0), decoded);
    }

    @Test
    void anOffsetBeyondAnyPrintersSlipIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MailSettings.DEFAULTS.withOffset(20.5, 0));
        assertThrows(IllegalArgumentException.class, () -> MailSettings.DEFAULTS.withOffset(0, Double.NaN));
        assertEquals(-20, MailSettings.DEFAULTS.withOffset(-20, 20).offsetX());
    }
}
