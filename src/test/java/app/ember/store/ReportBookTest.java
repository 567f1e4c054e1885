package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.Behind;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.domain.report.Tally;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of week 2026-W50 over a small book whose every figure was counted by hand (see
 * {@link #fill()}): nine leads, six touches, two changes of temperature.
 */
class ReportBookTest {
    private static final Instant NOW = Instant.parse("2026-12-10T18:00:00Z"); // Thursday of 2026-W50
    private static final ReportPeriod W50 = ReportPeriod.isoWeek("2026-W50", DayOfWeek.MONDAY);
    @TempDir
    Path dataDir;
    private Database database;
    private final MovableClock clock = new MovableClock();
    private LeadBook book;
    private TouchLog touches;
    private ReportBook reports;
    private long able;
    private long baker;
    private long cole;
    private long dunn;
    private long eve;
    private long ford;
    private long gray;
    private long ives;

    /** A clock the test moves, so each change of temperature is kept at its own moment. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        book = new LeadBook(database, clock, FollowUpPolicy.defaults());
        touches = new TouchLog(database, clock, FollowUpPolicy.defaults());
        reports = new ReportBook(database, clock, FollowUpPolicy::defaults);
        fill();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private long add(String last, Temperature temperature, boolean sameDay, String created, String source) {
        return book.create(Lead.builder().firstName("Lead").lastName(last).temperature(temperature).sameDay(sameDay)
                .source(source).created(at(created)).build());
    }

    private void touch(long lead, Channel channel, Direction direction, Outcome outcome, int minutes, String when) {
        touches.logTouch(lead, channel, direction, outcome, minutes, "", at(when), null);
    }

    /**
     * Arrived in W50: Able (hot, answered in 6 h, then won), Baker (hot and same day, answered the next
     * morning: late), Cole (warm, not answered, window open), Eve (cold, answered in 24 h, then lost).
     * Before: Dunn (cool, never touched), Ford (warm, touched in November, warmed to hot on Monday 8th and
     * called: his 2nd attempt), Gray (hot, never touched, due since 1 November: neglected), Hill (warm,
     * won, never touched), Ives (cool, a postcard in W49, cooled to cold on the 10th).
     */
    private void fill() {
        able = add("Able", Temperature.HOT, false, "2026-12-07T09:00:00Z", "Website");
        baker = add("Baker", Temperature.HOT, true, "2026-12-07T10:00:00Z", "Website");
        cole = add("Cole", Temperature.WARM, false, "2026-12-09T12:00:00Z", "Referral");
        dunn = add("Dunn", Temperature.COOL, false, "2026-12-01T09:00:00Z", "");
        eve = add("Eve", Temperature.COLD, false, "2026-12-08T09:00:00Z", "");
        ford = add("Ford", Temperature.WARM, false, "2026-11-01T09:00:00Z", "Fair");
        gray = book.create(Lead.builder().firstName("Lead").lastName("Gray").temperature(Temperature.HOT)
                .created(at("2026-10-01T09:00:00Z")).nextFollowUp(at("2026-11-01T09:00:00Z")).build());
        long hill = add("Hill", Temperature.WARM, false, "2026-10-01T09:00:00Z", "");
        ives = add("Ives", Temperature.COOL, false, "2026-11-20T09:00:00Z", "");

        touch(ford, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "2026-11-02T10:00:00Z");
        touch(ives, Channel.POSTCARD, Direction.OUT, Outcome.SENT, 3, "2026-12-02T10:00:00Z");
        touch(able, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "2026-12-07T15:00:00Z");
        touch(baker, Channel.CALL, Direction.OUT, Outcome.LEFT_MESSAGE, 3, "2026-12-08T08:00:00Z");
        clock.now = at("2026-12-08T10:00:00Z");
        book.setTemperature(List.of(ford), Temperature.HOT, false, "asked for a quote");
        touch(ford, Channel.CALL, Direction.OUT, Outcome.REPLIED, 10, "2026-12-08T11:00:00Z");
        touch(eve, Channel.EMAIL, Direction.OUT, Outcome.NO_ANSWER, 5, "2026-12-09T09:00:00Z");
        touch(able, Channel.EMAIL, Direction.IN, Outcome.REPLIED, 0, "2026-12-09T10:00:00Z");
        clock.now = at("2026-12-10T09:00:00Z");
        book.setTemperature(List.of(ives), Temperature.COLD, false, "silence");
        clock.now = NOW;
        book.setStatus(List.of(able, hill), LeadStatus.WON);
        book.setStatus(List.of(eve), LeadStatus.LOST);
    }

    @Test
    void activityCountsTheWeeksTouchesByChannelAndOutcomeBesideTheWeekBefore() {
        Report report = reports.report(W50);
        assertEquals(new ReportPeriod(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)), report.period());
        assertEquals(5, report.activity().touches());
        assertEquals(28, report.activity().minutes());
        assertEquals(3, report.activity().byChannel().get(Channel.CALL));
        assertEquals(2, report.activity().byChannel().get(Channel.EMAIL));
        assertEquals(0, report.activity().byChannel().get(Channel.POSTCARD));
        assertEquals(1, report.activity().byOutcome().get(Outcome.REACHED));
        assertEquals(2, report.activity().byOutcome().get(Outcome.REPLIED));
        assertEquals(1, report.activity().byOutcome().get(Outcome.LEFT_MESSAGE));
        assertEquals(1, report.activity().byOutcome().get(Outcome.NO_ANSWER));
        assertEquals(1, report.previous().touches());
        assertEquals(3, report.previous().minutes());
        assertEquals(1, report.previous().byChannel().get(Channel.POSTCARD));
        assertEquals(120, report.budgetMinutes());
    }

    @Test
    void firstResponseJudgesEachArrivalByTheWindowOfTheTemperatureItArrivedWith() {
        Report report = reports.report(W50);
        Map<Temperature, Tally> tallies = report.firstResponse().byTemperature();
        assertEquals(new Tally(1, 1, 0), tallies.get(Temperature.HOT));
        assertEquals(new Tally(0, 0, 1), tallies.get(Temperature.WARM));
        assertEquals(Tally.NONE, tallies.get(Temperature.COOL));
        assertEquals(new Tally(1, 0, 0), tallies.get(Temperature.COLD));
        assertEquals(new Tally(2, 1, 1), report.firstResponse().total());
        assertEquals(2.0 / 3, report.firstResponse().total().rate(), 1e-9);
        assertEquals(List.of(baker), ids(report.firstResponse().late()));
        assertEquals(at("2026-12-08T08:00:00Z"), report.firstResponse().late().get(0).at(), "its first touch");
    }

    @Test
    void neverContactedAndNeglectedAreOpenLeadsOnly() {
        Report report = reports.report(W50);
        assertEquals(List.of(gray, dunn, cole), ids(report.neverContacted()));
        assertEquals(3, report.neverContactedCount());
        assertEquals(6, report.openLeads());
        assertEquals(0.5, report.neverContactedShare(), 1e-9);
        assertEquals(List.of(gray), ids(report.neglected()));
        assertEquals(1, report.neglectedCount());
        assertEquals(at("2026-11-01T09:00:00Z"), report.neglected().get(0).at());
    }

    @Test
    void channelEffectsCountAttemptsAndTheTemperatureAtTheTimeOfTheTouch() {
        assertEquals(List.of(
                new ChannelEffect(Channel.CALL, Temperature.HOT, 1, 2, 1, 0),
                new ChannelEffect(Channel.CALL, Temperature.HOT, 2, 1, 1, 1),
                new ChannelEffect(Channel.EMAIL, Temperature.COLD, 1, 1, 0, 0)), reports.report(W50).channelEffects());
    }

    @Test
    void conversionGroupsTheArrivalsBySourceAndByTheTemperatureTheyArrivedWith() {
        Report report = reports.report(W50);
        assertEquals(List.of(new Conversion("Website", 2, 1, 0), new Conversion("", 1, 0, 1),
                new Conversion("Referral", 1, 0, 0)), report.bySource());
        assertEquals(List.of(new Conversion("hot", 2, 1, 0), new Conversion("warm", 1, 0, 0),
                new Conversion("cold", 1, 0, 1)), report.byArrivalTemperature());
    }

    @Test
    void movementCountsWarmedAndCooledAndWalksTheTemperaturesBackWeekByWeek() {
        Movement movement = reports.report(W50).movement();
        assertEquals(1, movement.warmed());
        assertEquals(1, movement.cooled());
        assertEquals(8, movement.weeks().size());
        assertEquals(LocalDate.of(2026, 10, 19), movement.weeks().get(0).weekStart());
        assertEquals(counts(1, 1, 0, 0), movement.weeks().get(0).counts()); // Gray, Hill
        assertEquals(counts(1, 2, 0, 0), movement.weeks().get(2).counts()); // + Ford on 1 November
        assertEquals(counts(1, 2, 1, 0), movement.weeks().get(5).counts()); // + Ives, W48
        assertEquals(counts(1, 2, 2, 0), movement.weeks().get(6).counts()); // + Dunn, W49
        assertEquals(counts(4, 2, 1, 2), movement.weeks().get(7).counts()); // now
    }

    @Test
    void theLeadsBehindABarOrARowAreTheOnesItCounted() {
        assertEquals(List.of(able, baker, ford), ids(reports.behind(W50, Behind.channel(Channel.CALL))));
        assertEquals(List.of(able, ford), ids(reports.behind(W50, Behind.outcome(Outcome.REPLIED))));
        assertEquals(List.of(able, baker), ids(reports.behind(W50,
                Behind.effect(new ChannelEffect(Channel.CALL, Temperature.HOT, 1, 2, 1, 0)))));
        assertEquals(List.of(baker), ids(reports.behind(W50, Behind.response(Behind.Kind.LATE, Temperature.HOT))));
        assertEquals(List.of(cole), ids(reports.behind(W50, Behind.response(Behind.Kind.PENDING, null))));
        assertEquals(List.of(able, eve), ids(reports.behind(W50, Behind.response(Behind.Kind.ON_TIME, null))));
        assertEquals(List.of(ford), ids(reports.behind(W50, Behind.warmed())));
        assertEquals(List.of(ives), ids(reports.behind(W50, Behind.cooled())));
        assertEquals(List.of(able, baker), ids(reports.behind(W50, Behind.source("Website"))));
        assertEquals(List.of(eve), ids(reports.behind(W50, Behind.arrivedAs(Temperature.COLD))));
    }

    /**
     * The counts come from indexes without the leads' names (V33); the leads a list shows are named
     * after, by id: each listed lead still carries its name, temperature now, same day and arrival.
     */
    @Test
    void listedLeadsAreNamedAsTheyAre() {
        Report report = reports.report(W50);
        ReportLead late = report.firstResponse().late().get(0);
        assertEquals(new ReportLead(baker, "Lead Baker", Temperature.HOT, true, at("2026-12-07T10:00:00Z"),
                at("2026-12-08T08:00:00Z")), late);
        assertEquals(List.of("Lead Gray", "Lead Dunn", "Lead Cole"), names(report.neverContacted()));
        assertEquals(Temperature.HOT, report.neverContacted().get(0).temperature());
        assertEquals(List.of("Lead Able", "Lead Baker"), names(reports.behind(W50, Behind.source("Website"))));
        assertEquals(List.of("Lead Cole"), names(reports.behind(W50, Behind.response(Behind.Kind.PENDING, null))));
        assertEquals(List.of("Lead Eve"), names(reports.behind(W50, Behind.arrivedAs(Temperature.COLD))));
    }

    @Test
    void aVenueWithNoPersonsNameIsListedByItsCompany() {
        long venue = book.create(Lead.builder().company("The Assembly Rooms").temperature(Temperature.COOL)
                .created(at("2026-12-08T09:00:00Z")).build());
        Report report = reports.report(W50);
        assertTrue(report.neverContacted().stream().anyMatch(l -> l.id() == venue
                && l.name().equals("The Assembly Rooms")), names(report.neverContacted()).toString());
        assertTrue(names(reports.behind(W50, Behind.arrivedAs(Temperature.COOL))).contains("The Assembly Rooms"),
                "the leads behind a row are named as the list is");
    }

    private static List<String> names(List<ReportLead> leads) {
        return leads.stream().map(ReportLead::name).toList();
    }

    @Test
    void aDeletedLeadLeavesEveryFigure() {
        book.delete(List.of(gray, ford));
        Report report = reports.report(W50);
        assertEquals(4, report.activity().touches());
        assertEquals(List.of(dunn, cole), ids(report.neverContacted()));
        assertEquals(0, report.neglectedCount());
        assertEquals(0, report.movement().warmed());
        assertEquals(counts(2, 2, 1, 2), report.movement().weeks().get(7).counts());
    }

    private static Map<Temperature, Integer> counts(int hot, int warm, int cool, int cold) {
        return Map.of(Temperature.HOT, hot, Temperature.WARM, warm, Temperature.COOL, cool, Temperature.COLD, cold);
    }

    private static List<Long> ids(List<ReportLead> leads) {
        return leads.stream().map(ReportLead::id).toList();
    }
}
