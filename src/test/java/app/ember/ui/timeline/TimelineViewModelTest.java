package app.ember.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import app.ember.ui.common.Undo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's model without a window: a lead's touches, a touch deleted and brought back by Undo. */
class TimelineViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private TimelineViewModel model;
    private Lead lead;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        long id = services.leadBook().create(Lead.builder().firstName("Ines").lastName("Costa")
                .phone("+351 21 123 4567").temperature(Temperature.HOT).build());
        services.touchLog().logTouch(id, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 5, "", Instant.now(), null);
        lead = services.leadBook().details(id).orElseThrow().lead();
        model = new TimelineViewModel(services, Background.sameThread(), errors::add);
    }

    @AfterEach
    void close() {
        services.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private List<TimelineEntry> touches() {
        List<TimelineEntry> found = new ArrayList<>();
        for (int i = 0; i < model.entries().size(); i++) {
            if (model.entries().get(i).kind() == TimelineEntry.Kind.INTERACTION) {
                found.add(model.entries().get(i));
            }
        }
        return found;
    }

    @Test
    void aDeletedTouchLeavesTheTimelineAndUndoBringsItBack() {
        AtomicReference<Undo> undo = new AtomicReference<>();
        model.setOnUndoable(undo::set);
        model.show(lead);
        assertEquals(1, touches().size());
        model.deleteTouch(touches().get(0).id());
        assertEquals(0, touches().size());
        undo.get().action().run();
        assertEquals(1, touches().size());
        assertEquals(Outcome.NO_ANSWER, touches().get(0).outcome());
    }
}
