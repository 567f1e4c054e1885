package app.ember.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.ContactLabel;
import app.ember.domain.Lead;
import app.ember.domain.LeadField;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead form's model without a window: problems named as typed, a valid form saved. */
class LeadEditorViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void faxIsALabelForPhonesYetAnEmailThatCameWithItKeepsIt() {
        assertTrue(ContactRows.labels(ContactRows.Kind.PHONE, ContactLabel.MOBILE).contains(ContactLabel.FAX));
        assertFalse(ContactRows.labels(ContactRows.Kind.EMAIL, ContactLabel.WORK).contains(ContactLabel.FAX));
        assertFalse(ContactRows.labels(ContactRows.Kind.ADDRESS, ContactLabel.OTHER).contains(ContactLabel.FAX));
        assertTrue(ContactRows.labels(ContactRows.Kind.EMAIL, ContactLabel.FAX).contains(ContactLabel.FAX),
                "opening the form does not change what a file said");
    }

    @Test
    void aBadEmailIsNamedAndTheFormCannotBeSaved() {
        LeadEditorViewModel form = new LeadEditorViewModel(services, Background.sameThread(), null);
        form.text(LeadField.FIRST_NAME).set("Greta");
        form.text(LeadField.EMAIL).set("greta@@example");
        assertTrue(form.problem(LeadField.EMAIL).get().contains("'greta@@example' is not valid"),
                form.problem(LeadField.EMAIL).get());
        assertFalse(form.validProperty().get());
        form.text(LeadField.EMAIL).set("greta@example.com");
        assertEquals("", form.problem(LeadField.EMAIL).get());
        assertTrue(form.validProperty().get());
    }

    @Test
    void aValidNewLeadIsSavedAndItsIdHandedBack() {
        LeadEditorViewModel form = new LeadEditorViewModel(services, Background.sameThread(), null);
        form.text(LeadField.FIRST_NAME).set("Yusuf");
        form.text(LeadField.LAST_NAME).set("Demir");
        form.text(LeadField.NEED_BY).set("2027-06-12");
        AtomicLong saved = new AtomicLong();
        form.save(saved::set);
        Lead lead = services.leadBook().details(saved.get()).orElseThrow().lead();
        assertEquals("Yusuf Demir", lead.name());
        assertEquals("2027-06-12", String.valueOf(lead.needBy()));
        assertFalse(form.dirtyProperty().get());
    }
}
