package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.io.FileFormat;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model without a window: no JavaFX toolkit, the work done on the test's own thread. */
class MainViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;
    private Services services;
    private MainViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        services.loadSampleLeads();
        model = new MainViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backUpNowSaysHowManyLeadsWentWhereAndIsFreeAgain() throws Exception {
        model.backUpNow();
        Path zip = services.backups().list().get(0).file();
        assertEquals("Backed up 60 leads to " + zip, model.statusProperty().get());
        assertFalse(model.backupBusyProperty().get());
        assertTrue(Files.size(zip) > 0);
    }

    @Test
    void anExportSaysHowManyLeadsWentWhere() {
        Path file = elsewhere.resolve("book.vcf");
        model.exportLeads(file, FileFormat.VCF);
        assertEquals("Exported 60 leads to " + file, model.statusProperty().get());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anExportThatCannotBeWrittenNamesTheFile() {
        Path file = elsewhere.resolve("no-such-folder").resolve("book.xlsx");
        model.exportLeads(file, FileFormat.XLSX);
        assertEquals("Could not export to " + file + ": its folder does not exist", model.statusProperty().get());
    }
}
