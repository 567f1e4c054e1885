package app.ember.ui.mailing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.MailingSelection;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mailing screen's model without a window, on the sample book: whom a mailing goes to, and who is left out. */
class MailingViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private final List<Long> selected = new ArrayList<>();
    private MailingViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        services.loadSampleLeads();
        model = new MailingViewModel(services, Background.sameThread(), errors::add, LeadQuery::all,
                () -> selected, () -> PlanWeek.containing(LocalDate.now(services.clock()), services.policy().weekStart()));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void everyLeadIsEitherMailedOrLeftOutWithAReason() {
        model.sourceProperty().set(MailingViewModel.Source.LIST);
        MailingSelection chosen = model.selectionProperty().get();
        assertEquals(60, chosen.included().size() + chosen.leftOut().size());
        assertTrue(chosen.leftOut().stream().allMatch(out -> !out.toString().isBlank()));
    }

    @Test
    void leavingOutATemperatureLeavesOutItsLeads() {
        model.sourceProperty().set(MailingViewModel.Source.TEMPERATURE);
        int withCold = model.selectionProperty().get().included().size();
        model.setTemperature(Temperature.COOL, false);
        int withoutCool = model.selectionProperty().get().included().size();
        assertTrue(withoutCool < withCold, withoutCool + " < " + withCold);
    }

    @Test
    void theLeadsSelectedInTheListAreTheMailing() {
        selected.addAll(services.leadBook().page(LeadQuery.all(), 0, 3).stream().map(row -> row.id()).toList());
        model.sourceProperty().set(MailingViewModel.Source.SELECTION);
        MailingSelection chosen = model.selectionProperty().get();
        assertEquals(3, chosen.included().size() + chosen.leftOut().size());
    }
}
