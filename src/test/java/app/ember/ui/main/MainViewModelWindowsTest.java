package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.store.ServerAddress;
import app.ember.ui.common.Background;
import app.ember.ui.editor.LeadEditorViewModel;
import app.ember.ui.quicklog.QuickLogViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window asks of its model instead of the book's services: the windows' own models, a lead's
 * details, the values it shows, and the model of a book opened again (a restore, a shared book).
 */
class MainViewModelWindowsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    @TempDir
    Path dataDir;
    private Services services;
    private MainViewModel model;
    private long anna;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.fixed(NOW, ZoneOffset.UTC));
        anna = services.leadBook().create(Lead.builder().firstName("Anna").lastName("Berg")
                .phone("+46 8 123 456").temperature(Temperature.HOT).build());
        model = new MainViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aLeadsDetailsAreLoadedForItsFormAndAGoneLeadGivesNone() {
        List<LeadDetails> loaded = new ArrayList<>();
        model.loadDetails(anna, loaded::add);
        model.loadDetails(anna + 1000, loaded::add);
        assertEquals(2, loaded.size());
        assertEquals("Anna", loaded.get(0).lead().firstName());
        assertNull(loaded.get(1));
        assertEquals("", model.statusProperty().get(), "no failure said");
    }

    @Test
    void theFormEditsTheLeadItWasGivenOrANewOne() {
        LeadDetails details = services.leadBook().details(anna).orElseThrow();
        LeadEditorViewModel editing = model.editor(details);
        assertFalse(editing.isNew());
        assertEquals(anna, editing.original().id());
        assertTrue(model.editor(null).isNew());
        assertNull(model.editor(null).original());
    }

    @Test
    void theQuickLogLogsANewTouchOrChangesTheOneGiven() {
        Lead lead = services.leadBook().details(anna).orElseThrow().lead();
        QuickLogViewModel logging = model.quickLog(lead, Channel.EMAIL, null);
        assertFalse(logging.isEditing());
        assertEquals(Channel.EMAIL, logging.channelProperty().get());
        assertEquals(anna, logging.lead().id());

        services.touchLog().logTouch(anna, Channel.CALL, Direction.OUT, Outcome.REACHED, 7, "", NOW, null);
        long logged = services.touchLog().timeline(anna, EnumSet.allOf(Channel.class), 0, 10).get(0).id();
        Interaction touch = services.touchLog().touch(logged).orElseThrow();
        QuickLogViewModel changing = model.quickLog(lead, touch.channel(), touch);
        assertTrue(changing.isEditing());
        assertEquals(Channel.CALL, changing.channelProperty().get());
    }

    @Test
    void theSettingsAndTheImportAreFreshModelsOnThisBook() {
        assertEquals(services.policy().weekStart(), model.settings().weekStartProperty().get());
        assertNotSame(model.settings(), model.settings());
        assertNull(model.importer().fileProperty().get(), "a new wizard starts with no file");
    }

    @Test
    void theWindowShowsTodayAndTheBooksNameInTheBooksClock() {
        assertEquals(LocalDate.of(2026, 12, 7), model.today());
        assertEquals(services.clock(), model.clock());
        assertEquals(services.location().name(), model.bookName());
        assertFalse(model.asksDisplayName(), "a book in the data dir asks no name");
        assertEquals(services.who(), model.who());
    }

    @Test
    void aRestoreHandsTheWindowAModelOnTheRestoredBookAndTellsWhoClosesIt() {
        model.backUpNow();
        Path zip = services.backups().list().get(0).file();
        List<MainViewModel> reopened = new ArrayList<>();
        List<Services> toClose = new ArrayList<>();
        model.setOnReopened((next, on) -> {
            reopened.add(next);
            toClose.add(on);
        });
        List<String> said = new ArrayList<>();
        model.restore(zip, "the backup", (next, message) -> {
            said.add(message);
            model.reopenedAs(next, message);
        });
        try {
            assertEquals(1, reopened.size());
            assertFalse(services.isOpen(), "the book as it was is let go");
            assertTrue(toClose.get(0).isOpen());
            assertEquals(services.dataDir(), toClose.get(0).dataDir());
            assertEquals(said.get(0), reopened.get(0).statusProperty().get());
            List<LeadDetails> loaded = new ArrayList<>();
            reopened.get(0).loadDetails(anna, loaded::add);
            assertNotNull(loaded.get(0), "the restored book has the lead");
        } finally {
            toClose.forEach(Services::close);
        }
    }

    @Test
    void aSharedBookThatCannotBeReachedHandsTheFailureAndNoModel() {
        List<MainViewModel> opened = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        model.openSharedBook(model.sharedBook(), ServerAddress.parse("postgresql://ann@127.0.0.1:1/ember"),
                Optional.of("pw"), opened::add, failures::add);
        assertEquals(List.of(), opened);
        assertEquals(1, failures.size());
        assertTrue(services.isOpen(), "this book stays open");
    }

    @Test
    void closingTheBookLetsItsServicesGo() {
        model.closeBook();
        assertFalse(services.isOpen());
    }
}
