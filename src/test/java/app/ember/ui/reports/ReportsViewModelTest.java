package app.ember.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.Behind;
import app.ember.domain.report.PeriodChoice;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports tab's model without a window: the period's figures, a period refused, the leads behind a bar. */
class ReportsViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private ReportsViewModel model;
    private long ines;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        ines = services.leadBook().create(Lead.builder().firstName("Ines").lastName("Costa")
                .phone("+351 21 123 4567").temperature(Temperature.HOT).build());
        services.touchLog().logTouch(ines, Channel.CALL, Direction.OUT, Outcome.REACHED, 7, "", Instant.now(), null);
        model = new ReportsViewModel(services, Background.sameThread(), errors::add);
    }

    @AfterEach
    void close() {
        services.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void thisWeeksReportCountsTheTouchLoggedToday() {
        model.choose(PeriodChoice.THIS_WEEK);
        assertEquals(1, model.reportProperty().get().activity().touches());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theLeadsBehindTheCallBarAreListed() {
        model.choose(PeriodChoice.THIS_WEEK);
        model.showBehind(Behind.channel(Channel.CALL), "Call");
        assertEquals(List.of(ines), model.behind().stream().map(lead -> lead.id()).toList());
    }

    @Test
    void daysThatMakeNoPeriodAreRefusedAndSaidSo() {
        LocalDate today = LocalDate.now(services.clock());
        assertFalse(model.chooseDays(today, today.minusDays(3)));
        assertFalse(model.messageProperty().get().isBlank());
        assertTrue(model.chooseDays(today.minusDays(3), today));
        assertEquals(PeriodChoice.CUSTOM, model.choiceProperty().get());
    }

    @Test
    void theShownReportIsSavedAsPdfAndATableAsCsvAndTheStatusLineSaysWhere() throws Exception {
        model.choose(PeriodChoice.THIS_WEEK);
        Path pdf = dataDir.resolve("report.pdf");
        model.savePdf(pdf, errors::add);
        assertEquals("%PDF", new String(java.nio.file.Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(model.messageProperty().get().contains("report.pdf"), model.messageProperty().get());

        Path csv = dataDir.resolve("calls.csv");
        model.saveCsv(app.ember.domain.Table.of("calls", List.of("lead", "minutes"), List.of(List.of("Ines Costa", "7"))),
                csv, errors::add);
        String written = java.nio.file.Files.readString(csv);
        assertTrue(written.contains("Ines Costa"), written);
        assertTrue(model.messageProperty().get().contains("calls.csv"), model.messageProperty().get());
    }

    @Test
    void theZoneAndTheWeeksFirstDayAreTheBooks() {
        assertEquals(services.clock().getZone(), model.zone());
        assertEquals(services.policy().weekStart(), model.weekStart());
    }
}
