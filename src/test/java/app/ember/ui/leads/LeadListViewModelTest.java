package app.ember.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import app.ember.ui.common.Undo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leads list's model without a window, on the sample book: filters, search, counts, delete and undo. */
class LeadListViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private LeadListViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        services.loadSampleLeads();
        model = new LeadListViewModel(services, Background.sameThread(), errors::add);
        model.reload();
    }

    @AfterEach
    void close() {
        services.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theCountsBarCountsEveryTemperatureAndTheListFollowsTheChosenOnes() {
        assertEquals(60, model.totalProperty().get());
        int hot = model.countsProperty().get().of(Temperature.HOT);
        model.showTemperatures(Set.of(Temperature.HOT));
        assertEquals(hot, model.totalProperty().get());
        for (int i = 0; i < model.rows().size(); i++) {
            assertEquals(Temperature.HOT, model.rows().get(i).temperature());
        }
        assertEquals(hot, model.countsProperty().get().of(Temperature.HOT), "the bar still counts every temperature");
    }

    @Test
    void aSearchKeepsOnlyTheLeadsItFinds() {
        model.search("Okafor");
        assertEquals(1, model.totalProperty().get());
        assertEquals("Daniel Okafor", model.rows().get(0).name());
    }

    @Test
    void deletedLeadsLeaveTheListAndComeBackWithUndo() {
        AtomicReference<Undo> undo = new AtomicReference<>();
        model.setOnUndoable(undo::set);
        List<Long> two = List.of(model.rows().get(0).id(), model.rows().get(1).id());
        model.delete(two);
        assertEquals(58, model.totalProperty().get());
        undo.get().action().run();
        model.reload();
        assertEquals(60, model.totalProperty().get());
    }

    @Test
    void theListReadsItsDaysInTheBooksClockAndThePolicyAsItStandsNow() {
        assertEquals(services.clock(), model.clock());
        assertEquals(services.policy(), model.policy());
    }
}
