package app.ember.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ember.app.Services;
import app.ember.store.Backups;
import app.ember.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Restore's checks without a window: a backup chosen elsewhere read, a file that is none refused. */
class RestoreViewModelTest {
    @TempDir
    Path dataDir;

    @Test
    void aBackupChosenElsewhereIsReadAndOneOfThisEmberIsNotRefused() {
        Backups.Backup made;
        try (Services services = new Services(Database.open(dataDir), Clock.systemUTC())) {
            services.loadSampleLeads();
            made = services.backups().backup();
        }
        RestoreViewModel model = new RestoreViewModel();
        Backups.Backup read = model.read(made.file());
        assertEquals(60, read.leads());
        assertEquals(made.taken(), read.taken());
        model.refuseNewer(read);
    }

    @Test
    void aFileThatIsNoBackupIsRefused() throws Exception {
        Path notes = Files.writeString(dataDir.resolve("notes.zip"), "not a zip");
        assertThrows(IllegalArgumentException.class, () -> new RestoreViewModel().read(notes));
    }
}
