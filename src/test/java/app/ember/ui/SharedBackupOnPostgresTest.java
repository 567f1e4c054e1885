package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.BookLocation;
import app.ember.app.Services;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.Temperature;
import app.ember.store.PostgresTestServer;
import app.ember.ui.common.Background;
import app.ember.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's File → Back up now and Restore on a shared book (skipped without a server: see
 * PostgresTestServer): the backup is the portable one `ember backup` writes, into the data dir's
 * shared-backups/, and Restore reads it back into an empty server book only, refusing one with leads.
 */
@ExtendWith(PostgresTestServer.class)
class SharedBackupOnPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void backUpNowWritesThePortableBackupAndRestoreReadsItIntoAnEmptyServerBookOnly() throws Exception {
        Path zip;
        try (Services shared = Services.open(new BookLocation(dataDir, PostgresTestServer.freshAddress()),
                PostgresTestServer.password())) {
            shared.leadBook().create(Lead.builder().firstName("Hanna").lastName("Berg").temperature(Temperature.HOT).build());
            shared.leadBook().create(Lead.builder().firstName("Ida").lastName("Lund").temperature(Temperature.WARM).build());
            MainViewModel model = new MainViewModel(shared, Background.sameThread());
            model.backUpNow();
            String said = model.statusProperty().get();
            try (Stream<Path> files = Files.list(dataDir.resolve("shared-backups"))) {
                List<Path> written = files.toList();
                assertEquals(1, written.size(), "one backup in shared-backups/: " + written);
                zip = written.get(0);
            }
            assertTrue(said.startsWith("Backed up the shared book: 2 leads") && said.endsWith(zip.toString()), said);
            assertTrue(app.ember.store.PortableBackup.isPortable(zip), "the portable backup, as the command writes");

            model.restoreShared(zip);
            assertTrue(model.statusProperty().get().startsWith("Not restored: "), model.statusProperty().get());
            assertEquals(2, shared.leadBook().count(LeadQuery.all()), "a book with leads is left as it was");
        }
        try (Services empty = Services.open(new BookLocation(dataDir, PostgresTestServer.emptyAddress()),
                PostgresTestServer.password())) {
            MainViewModel model = new MainViewModel(empty, Background.sameThread());
            model.restoreShared(zip);
            assertTrue(model.statusProperty().get().startsWith("Restored " + zip.getFileName()),
                    model.statusProperty().get());
            assertEquals(2, empty.leadBook().count(LeadQuery.all()), "every lead came back into the empty book");
            assertEquals(2, model.list().totalProperty().get(), "the list shows them");
        }
    }
}
