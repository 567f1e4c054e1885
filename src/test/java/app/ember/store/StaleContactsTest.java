package app.ember.store;

import static app.ember.store.TestLeads.T0;
import static app.ember.store.TestLeads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.Temperature;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check that refuses a save over someone else's change looks at every contact of the lead, not only the
 * primary ones (issue 14): a second phone changed since the form was opened refuses the save, as a changed
 * primary phone does. And a phone labelled fax is kept so (V32).
 */
class StaleContactsTest {
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;

    /** The book the tests run on: H2 here, PostgreSQL in the OnPostgres subclass. */
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

    private static Contacts phones(String... numbers) {
        return new Contacts(ContactLabel.OTHER, ContactLabel.MOBILE, ContactLabel.OTHER, List.of(),
                List.of(numbers).stream().map(n -> new Labelled<>(ContactLabel.HOME, n)).toList(), List.of());
    }

    @Test
    void aSecondPhoneChangedSinceTheFormWasOpenedRefusesTheSave() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead first = book.details(id).orElseThrow().lead();
        book.update(first, first.toBuilder().phone("+34 600 111 222").build(), phones("+34 911 222 333"), "", "Sam");
        LeadDetails opened = book.details(id).orElseThrow();
        // Sam changes only the second phone; the primary fields stay as Jo's form has them.
        book.update(opened.lead(), opened.contacts(), opened.lead(), phones("+34 911 999 000"), "", "Sam");
        StaleLeadException stale = assertThrows(StaleLeadException.class, () -> book.update(opened.lead(),
                opened.contacts(), opened.lead().toBuilder().company("Ruiz Flores").build(), opened.contacts(), "",
                "Jo"));
        assertEquals(phones("+34 911 999 000"), stale.theirContacts(), "theirs, for the form to show or save over");
        LeadDetails now = book.details(id).orElseThrow();
        assertEquals(phones("+34 911 999 000"), now.contacts(), "Sam's second phone is not written over");
        assertEquals("", now.lead().company(), "the refused save wrote nothing");
    }

    @Test
    void aSaveWithTheContactsAsOpenedGoesThrough() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead first = book.details(id).orElseThrow().lead();
        book.update(first, first.toBuilder().phone("+34 600 111 222").build(), phones("+34 911 222 333"), "", "Sam");
        LeadDetails opened = book.details(id).orElseThrow();
        book.update(opened.lead(), opened.contacts(), opened.lead().toBuilder().company("Ruiz Flores").build(),
                opened.contacts(), "", "Jo");
        assertEquals("Ruiz Flores", book.details(id).orElseThrow().lead().company());
    }

    @Test
    void aFaxNumberKeepsItsLabel() {
        long id = book.create(lead("Ana", "Ruiz", Temperature.WARM, false, T0));
        Lead first = book.details(id).orElseThrow().lead();
        Contacts withFax = new Contacts(ContactLabel.OTHER, ContactLabel.WORK, ContactLabel.OTHER, List.of(),
                List.of(new Labelled<>(ContactLabel.FAX, "+34 911 222 334")), List.of());
        book.update(first, first.toBuilder().phone("+34 911 222 333").build(), withFax, "", "Sam");
        assertEquals(withFax, book.details(id).orElseThrow().contacts());
    }
}
