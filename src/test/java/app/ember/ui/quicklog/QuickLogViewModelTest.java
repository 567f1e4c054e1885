package app.ember.ui.quicklog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick-log panel's model without a window: the minutes checked, a touch stored with its note. */
class QuickLogViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private Lead lead;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        long id = services.leadBook().create(Lead.builder().firstName("Ines").lastName("Costa")
                .phone("+351 21 123 4567").temperature(Temperature.HOT).build());
        lead = services.leadBook().details(id).orElseThrow().lead();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void minutesThatAreNoNumberAreNamedAndNothingIsSaved() {
        QuickLogViewModel log = new QuickLogViewModel(services, Background.sameThread(), lead, Channel.CALL, null);
        log.minutesProperty().set("ten");
        assertFalse(log.minutesProblemProperty().get().isEmpty());
        assertFalse(log.validProperty().get());
    }

    @Test
    void aTouchIsStoredWithItsOutcomeAndNote() {
        QuickLogViewModel log = new QuickLogViewModel(services, Background.sameThread(), lead, Channel.CALL, null);
        log.outcomeProperty().set(Outcome.REACHED);
        log.noteProperty().set("Wants ivory roses");
        AtomicInteger saved = new AtomicInteger();
        assertTrue(log.validProperty().get());
        log.save(saved::incrementAndGet);
        assertEquals(1, saved.get());
        var touches = services.touchLog().timeline(lead.id(), Set.of(), 0, 10).stream()
                .filter(entry -> entry.kind() == TimelineEntry.Kind.INTERACTION).toList();
        assertEquals(1, touches.size());
        assertEquals(Outcome.REACHED, touches.get(0).outcome());
        assertEquals("Wants ivory roses", touches.get(0).text());
    }
}
