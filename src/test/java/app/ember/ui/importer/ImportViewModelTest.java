package app.ember.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadQuery;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's model without a window: a file read, planned, imported once, and a bad file said in words. */
class ImportViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Services services;
    private ImportViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        model = new ImportViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSpreadsheetIsPlannedImportedAndCannotComeInTwice() throws Exception {
        Path csv = files.resolve("clients.csv");
        Files.writeString(csv, "First Name,Last Name,E-mail\nAnna,Berg,anna@example.com\nTom,Lind,tom@example.com\n",
                StandardCharsets.UTF_8);
        model.open(csv);
        assertEquals("", model.errorProperty().get());
        assertEquals(2, model.planProperty().get().entries().size());
        AtomicReference<ImportSummary> summary = new AtomicReference<>();
        model.run(summary::set);
        assertEquals(2, summary.get().imported());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals(2, services.leadBook().count(LeadQuery.all()));
        assertFalse(model.runningProperty().get());
        // Planned again after the import (the book's keys read again): the rows are in the book now.
        assertEquals(2, model.planProperty().get().count(app.ember.domain.ImportPlan.Action.SKIP));
        model.run(summary::set);
        assertEquals(0, summary.get().imported());
        assertEquals(2, services.leadBook().count(LeadQuery.all()));
    }

    @Test
    void aFileEmberCannotReadIsSaidInWordsAndNothingIsKept() throws Exception {
        Path odd = files.resolve("clients.pages");
        Files.writeString(odd, "not a table", StandardCharsets.UTF_8);
        model.open(odd);
        assertTrue(model.errorProperty().get().contains("clients.pages"), model.errorProperty().get());
        assertNull(model.planProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aLeadAddedAfterTheWizardReadTheBookIsStillADuplicateWhenImported() throws Exception {
        // The wizard read the book's keys when it opened; someone adds Anna meanwhile (another user of a shared book).
        services.leadBook().create(app.ember.domain.Lead.builder().firstName("Anna").lastName("Berg")
                .email("anna@example.com").temperature(app.ember.domain.Temperature.WARM)
                .created(java.time.Instant.now()).updated(java.time.Instant.now()).build());
        Path csv = files.resolve("clients.csv");
        Files.writeString(csv, "First Name,Last Name,E-mail\nAnna,Berg,anna@example.com\nTom,Lind,tom@example.com\n",
                StandardCharsets.UTF_8);
        model.open(csv);
        AtomicReference<ImportSummary> summary = new AtomicReference<>();
        model.run(summary::set);
        assertEquals(1, summary.get().imported(), summary.get().line());
        assertEquals(1, summary.get().skipped(), "Anna is found by the write, whatever the preview's keys said");
        assertEquals(2, services.leadBook().count(LeadQuery.all()));
    }
}
