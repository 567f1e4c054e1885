package app.ember.ui.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Lead;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's model without a window: what it shows, and notes and tags written through it. */
class LeadDetailViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private LeadDetailViewModel model;
    private long anna;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        anna = services.leadBook().create(Lead.builder().firstName("Anna").lastName("Berg")
                .temperature(Temperature.WARM).build());
        model = new LeadDetailViewModel(services, Background.sameThread(), errors::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheChosenLeadAndNothingWhenNoneIsChosen() {
        model.show(anna);
        assertEquals("Anna Berg", model.detailsProperty().get().lead().name());
        model.show(null);
        assertNull(model.detailsProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aNoteAndATagAddedAreStoredAndShown() {
        model.show(anna);
        model.addNote("Prefers white peonies");
        model.addTag("wedding");
        assertEquals("Prefers white peonies", model.detailsProperty().get().notes().get(0).text());
        assertTrue(model.detailsProperty().get().tags().contains("wedding"), model.detailsProperty().get().tags().toString());
        assertEquals(1, services.leadBook().details(anna).orElseThrow().notes().size());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aBlankNoteIsNotStored() {
        model.show(anna);
        model.addNote("   ");
        assertTrue(services.leadBook().details(anna).orElseThrow().notes().isEmpty());
    }
}
