package app.ember.store;

import static app.ember.store.TestLeads.T0;
import static app.ember.store.TestLeads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.Note;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Preference;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadBookTest {
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
        book = new LeadBook(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static LeadDetails entry(Lead lead) {
        return new LeadDetails(lead,
                List.of(new Interaction(0, 0, T0.plusSeconds(7200), Channel.CALL, Direction.OUT, Outcome.REACHED, 10,
                                "Wants peonies"),
                        new Interaction(0, 0, T0.plusSeconds(3600), Channel.POSTCARD, Direction.OUT, Outcome.LEFT_MESSAGE,
                                3, "")),
                List.of(new Note(0, 0, T0, "Allergic to lilies")),
                List.of(new Preference(0, 0, "favourite flowers", "peonies")),
                List.of("Wedding", "vip"),
                List.of(new TemperatureChange(0, 0, T0, null, lead.temperature(), "New lead")));
    }

    @Test
    void aWholeLeadComesBackWithItsHistoryNewestFirst() {
        book.addAll(List.of(entry(lead("Zoë", "Whitfield", Temperature.WARM, false, T0))), "sample");
        long id = book.page(LeadQuery.all(), 0, 1).get(0).id();
        LeadDetails details = book.details(id).orElseThrow();
        assertEquals("Zoë Whitfield", details.lead().name());
        assertEquals(List.of(Channel.CALL, Channel.POSTCARD),
                details.interactions().stream().map(Interaction::channel).toList());
        assertEquals("Allergic to lilies", details.notes().get(0).text());
        assertEquals("peonies", details.preferences().get(0).value());
        assertEquals(List.of("vip", "wedding"), details.tags());
        assertEquals(Temperature.WARM, details.temperatureChanges().get(0).to());
        assertTrue(details.interactions().stream().allMatch(i -> i.leadId() == id));
    }

    @Test
    void addingIsAllOrNothing() {
        Lead good = lead("Good", "Lead", Temperature.HOT, false, T0);
        // A three-letter country code does not fit the column: the database refuses the second lead.
        Lead bad = lead("Bad", "Lead", Temperature.COLD, false, T0).toBuilder()
                .address(new PostalAddress("1 Main St", "", "Town", "", "1", "USA")).build();
        assertThrows(StoreException.class, () -> book.addAll(List.of(entry(good), entry(bad)), "sample"));
        assertEquals(0, book.count(LeadQuery.all()));
        assertTrue(book.needsOnboarding(), "a failed load must not count as having answered the offer");
    }

    @Test
    void theFirstStartOfferStandsUntilAnswered() {
        assertTrue(book.needsOnboarding());
        book.startEmpty();
        assertFalse(book.needsOnboarding());
    }

    @Test
    void aBookWithLeadsNeedsNoOffer() {
        book.addAll(List.of(entry(lead("Ann", "Lee", Temperature.COOL, false, T0))), null);
        assertFalse(book.needsOnboarding());
    }

    @Test
    void detailsOfAnUnknownLeadAreEmpty() {
        assertTrue(book.details(12345).isEmpty());
    }

    @Test
    void aSaveOnALeadThatChangedSinceItWasOpenedIsRefusedWithTheirsAndWhoAndNothingWritten() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead opened = book.details(id).orElseThrow().lead();
        book.update(opened, opened.toBuilder().phone("+34 600 111 222").build(), "", "Sam");
        StaleLeadException stale = assertThrows(StaleLeadException.class,
                () -> book.update(opened, opened.toBuilder().email("ana@example.com").build(), "", "Jo"));
        assertEquals("Sam", stale.changedBy());
        assertEquals("+34 600 111 222", stale.theirs().phone());
        Lead now = book.details(id).orElseThrow().lead();
        assertEquals("", now.email(), "the stale save wrote nothing");
        assertEquals(1L, (long) database.read(c -> LeadEdits.version(c, id)));
        // Saved again over theirs (the user chose to keep their own): it goes through.
        book.update(stale.theirs(), stale.theirs().toBuilder().email("ana@example.com").build(), "", "Jo");
        assertEquals("ana@example.com", book.details(id).orElseThrow().lead().email());
        assertEquals("+34 600 111 222", book.details(id).orElseThrow().lead().phone());
        assertEquals(2L, (long) database.read(c -> LeadEdits.version(c, id)));
    }

    @Test
    void aTouchThatOnlyMovesTheNextFollowUpConflictsWithNobodysEdit() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead opened = book.details(id).orElseThrow().lead();
        new TouchLog(database, java.time.Clock.systemUTC(), app.ember.domain.FollowUpPolicy.defaults())
                .logTouch(id, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 5, "", T0.plusSeconds(60), null);
        book.update(opened, opened.toBuilder().company("Ruiz Flores").build(), "", "Jo");
        assertEquals("Ruiz Flores", book.details(id).orElseThrow().lead().company());
    }

    @Test
    void aSaveWritesTheFurtherContactsWithTheLeadAndAStaleSaveWritesNeither() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead opened = book.details(id).orElseThrow().lead();
        Contacts two = new Contacts(ContactLabel.WORK, ContactLabel.MOBILE, ContactLabel.OTHER,
                List.of(new Labelled<>(ContactLabel.HOME, "ana@home.example")),
                List.of(new Labelled<>(ContactLabel.HOME, "+34 911 222 333")), List.of());
        book.update(opened, opened.toBuilder().email("ana@work.example").phone("+34 600 111 222").build(), two, "", "Sam");
        LeadDetails saved = book.details(id).orElseThrow();
        assertEquals(two, saved.contacts());
        assertEquals(List.of("ana@work.example", "ana@home.example"),
                saved.contacts().allEmails(saved.lead()).stream().map(Labelled::value).toList());

        Contacts others = new Contacts(ContactLabel.OTHER, ContactLabel.OTHER, ContactLabel.OTHER,
                List.of(new Labelled<>(ContactLabel.OTHER, "someone@else.example")), List.of(), List.of());
        assertThrows(StaleLeadException.class, () -> book.update(opened, opened, others, "", "Jo"));
        assertEquals(two, book.details(id).orElseThrow().contacts(), "a refused save leaves the contacts as they were");
    }
}
