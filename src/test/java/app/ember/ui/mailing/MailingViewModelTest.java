package app.ember.ui.mailing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.MailingSelection;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.mail.LabelTemplate;
import app.ember.mail.LabelTemplates;
import app.ember.ui.common.Background;
import app.ember.ui.common.Undo;
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

    @Test
    void aRunRecordedAsSentIsAskedFirstThenLoggedAndCanBeTakenBack() {
        model.sourceProperty().set(MailingViewModel.Source.LIST);
        List<Long> leads = model.recipients().stream().flatMap(r -> r.leadIds().stream()).toList();
        List<Undo> undos = new ArrayList<>();
        model.setOnUndoable(undos::add);
        List<String> steps = new ArrayList<>();
        int[] asked = new int[3];

        model.recordSent(leads, (all, movedOn, keptPlan) -> false, () -> steps.add("recorded"), () -> steps.add("undone"));
        assertTrue(steps.isEmpty(), "declined: nothing recorded");

        int touchesBefore = touchesOf(leads.get(0));
        model.recordSent(leads, (all, movedOn, keptPlan) -> {
            asked[0] = all;
            asked[1] = movedOn;
            asked[2] = keptPlan;
            return true;
        }, () -> steps.add("recorded"), () -> steps.add("undone"));
        assertEquals(leads.size(), asked[0]);
        assertEquals(asked[0], asked[1] + asked[2]);
        assertEquals(List.of("recorded"), steps);
        assertEquals(touchesBefore + 1, touchesOf(leads.get(0)));
        assertEquals(1, undos.size());

        undos.get(0).action().run();
        assertEquals(List.of("recorded", "undone"), steps);
        assertEquals(touchesBefore, touchesOf(leads.get(0)));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aTemplateOfTheUsersOwnIsKeptOfferedAndChosen() {
        model.outputProperty().set(MailingViewModel.Output.LABELS);
        LabelTemplate like = model.templates().get(0);
        LabelTemplate own = new LabelTemplate("my-sheet", "My sheet", like.kind(), like.pageWidth(), like.pageHeight(),
                like.marginTop(), like.marginLeft(), like.labelWidth(), like.labelHeight(), like.pitchX(), like.pitchY(),
                like.columns(), like.rows());
        model.addTemplate(own);
        assertEquals("my-sheet", model.templateProperty().get().id());
        assertTrue(LabelTemplates.load(dataDir).all().stream().anyMatch(t -> t.id().equals("my-sheet")));
    }

    @Test
    void aPrintedRunIsKeptInTheDataDirsMailingsFolder() {
        Path kept = model.keptPrintFile();
        assertEquals(dataDir.resolve("mailings"), kept.getParent());
        assertTrue(kept.getFileName().toString().startsWith("ember-labels-"), kept.toString());
    }

    private int touchesOf(long lead) {
        return services.touchLog().timeline(lead, java.util.EnumSet.allOf(app.ember.domain.Channel.class), 0, 1000).size();
    }
}
