package app.ember.ui.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Outcome;
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

/** This week's model without a window, on the sample book: hot first, a logged action ticked and kept. */
class PlannerViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private PlannerViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        services.loadSampleLeads();
        model = new PlannerViewModel(services, Background.sameThread(), errors::add);
        model.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<PlanRow> toDo() {
        return model.rows().stream().filter(row -> row.state() == PlanRow.State.TO_DO).toList();
    }

    @Test
    void theActionsStillToDoPutHotLeadsFirst() {
        List<PlanRow> rows = toDo();
        assertFalse(rows.isEmpty());
        int lastHot = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).action().lead().temperature() == Temperature.HOT) {
                lastHot = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertTrue(lastHot < firstOther, "every hot action before the first other one");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aLoggedActionIsTickedAndStaysTickedWhenThePlanIsMadeAgain() {
        PlanRow first = toDo().get(0);
        int doneBefore = (int) model.rows().stream().filter(row -> row.state() == PlanRow.State.DONE).count();
        model.log(first, Outcome.REACHED);
        model.reload();
        long done = model.rows().stream().filter(row -> row.state() == PlanRow.State.DONE).count();
        assertEquals(doneBefore + 1, done);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theShownPlanIsSavedAsPdfAndAsCalendarAndTheStatusLineSaysWhere() throws Exception {
        Path pdf = dataDir.resolve("plan.pdf");
        model.savePdf(pdf, errors::add);
        assertEquals("%PDF", new String(java.nio.file.Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(model.messageProperty().get().contains("plan.pdf"), model.messageProperty().get());

        Path ics = dataDir.resolve("plan.ics");
        model.exportCalendar(ics, errors::add);
        assertTrue(java.nio.file.Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
        assertTrue(model.messageProperty().get().contains("plan.ics"), model.messageProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aPlanThatCannotBeWrittenIsHandedToTheCallerNotLost() {
        List<Throwable> failed = new ArrayList<>();
        model.exportCalendar(dataDir.resolve("no-such-folder").resolve("plan.ics"), failed::add);
        assertEquals(1, failed.size());
    }

    @Test
    void theClockIsTheBooksClock() {
        assertEquals(services.clock(), model.clock());
    }
}
