package app.ember.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The damaged book's offer without a window: the backup found, then restored, on the test's own thread. */
class DamagedBookViewModelTest {
    @TempDir
    Path dataDir;

    private DamagedBookException damagedBook(boolean withBackup) throws Exception {
        try (Services services = new Services(Database.open(dataDir), Clock.systemDefaultZone())) {
            services.loadSampleLeads();
            if (withBackup) {
                services.backups().backup();
            }
        }
        Files.write(dataDir.resolve("ember.mv.db"), new byte[0]);
        return assertThrows(DamagedBookException.class, () -> Services.open(dataDir));
    }

    @Test
    void theNewestBackupThatOpensIsFoundAndRestoredWithALineForTheStatusBar() throws Exception {
        DamagedBookViewModel model = new DamagedBookViewModel(Background.sameThread(), damagedBook(true));
        List<Optional<Backups.Backup>> found = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        model.findBackup(found::add, failures::add);
        Backups.Backup backup = found.get(0).orElseThrow();
        assertEquals(60, backup.leads());

        List<DamagedBookViewModel.Restored> restored = new ArrayList<>();
        model.restore(backup, "6 Dec, 14:02", restored::add, failures::add);
        assertEquals(List.of(), failures);
        try (Services services = restored.get(0).services()) {
            assertEquals(60, services.leadBook().count(LeadQuery.all()));
        }
        assertTrue(restored.get(0).status().contains("6 Dec, 14:02"), restored.get(0).status());
    }

    @Test
    void withoutABackupNoneIsOffered() throws Exception {
        DamagedBookViewModel model = new DamagedBookViewModel(Background.sameThread(), damagedBook(false));
        List<Optional<Backups.Backup>> found = new ArrayList<>();
        model.findBackup(found::add, error -> { throw new AssertionError(error); });
        assertEquals(List.of(Optional.empty()), found);
    }
}
