package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan over stored leads: which the database hands the planner, snoozing, and the stored policy. */
class PlanBookTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z"); // a Wednesday
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;
    private TouchLog touches;
    private PlanBook plans;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        book = new LeadBook(database, clock, FollowUpPolicy.defaults());
        touches = new TouchLog(database, clock, FollowUpPolicy.defaults());
        plans = new PlanBook(database, clock, FollowUpPolicy::defaults);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long add(Lead.Builder lead) {
        return book.create(lead.firstName("Stored").phone("+44 20 7946 0000").email("s@example.com")
                .address(new PostalAddress("2 Elm Row", "", "Bath", "", "BA1 2AA", "GB"))
                .created(NOW.minus(Duration.ofDays(60))).build());
    }

    private List<Long> planned() {
        return plans.plan(WEEK).actions().stream().map(PlanAction::leadId).toList();
    }

    @Test
    void theDatabaseHandsOverDueLeadsAndTheWeeksDatesButNotDeletedWonOrLaterOnes() {
        long overdue = add(Lead.builder().lastName("Overdue").temperature(Temperature.WARM)
                .nextFollowUp(NOW.minus(Duration.ofDays(3))));
        long nextWeek = add(Lead.builder().lastName("Next week").temperature(Temperature.HOT)
                .nextFollowUp(Instant.parse("2026-12-01T09:00:00Z")));
        long birthday = add(Lead.builder().lastName("Birthday").temperature(Temperature.WARM)
                .birthday(LocalDate.of(1981, 11, 28)).nextFollowUp(Instant.parse("2027-01-10T09:00:00Z")));
        long yearlyEvent = add(Lead.builder().lastName("Gala").temperature(Temperature.COOL)
                .needBy(LocalDate.of(2025, 11, 27)).needByYearly(true)
                .nextFollowUp(Instant.parse("2027-01-10T09:00:00Z")));
        long deleted = add(Lead.builder().lastName("Deleted").temperature(Temperature.HOT)
                .nextFollowUp(NOW.minus(Duration.ofDays(1))));
        long won = add(Lead.builder().lastName("Won").temperature(Temperature.HOT)
                .nextFollowUp(NOW.minus(Duration.ofDays(1))));
        book.delete(List.of(deleted));
        book.setStatus(List.of(won), LeadStatus.WON);

        List<Long> planned = planned();
        assertTrue(planned.containsAll(List.of(overdue, birthday, yearlyEvent)), planned.toString());
        assertFalse(planned.contains(nextWeek));
        assertFalse(planned.contains(deleted));
        assertFalse(planned.contains(won));
        assertEquals(PlanAction.Kind.EVENT, plans.plan(WEEK).actions().stream()
                .filter(a -> a.leadId() == yearlyEvent).findFirst().orElseThrow().kind());
    }

    @Test
    void theChannelSequenceContinuesFromTheLastOutgoingTouch() {
        long lead = add(Lead.builder().lastName("Called").temperature(Temperature.HOT)
                .nextFollowUp(NOW.minus(Duration.ofDays(1))));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "", NOW.minus(Duration.ofDays(4)),
                NOW.minus(Duration.ofHours(2)));
        touches.logTouch(lead, Channel.EMAIL, Direction.IN, Outcome.REPLIED, 0, "", NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofHours(1)));

        PlanAction action = plans.plan(WEEK).actions().get(0);
        assertEquals(Channel.POSTCARD, action.channel(), "after our call comes the postcard; their e-mail is no prong");
    }

    @Test
    void aSnoozeMovesAFollowUpToTheDayAndAGreetingPastTheWeekLeavesIt() {
        long overdue = add(Lead.builder().lastName("Overdue").temperature(Temperature.WARM)
                .nextFollowUp(Instant.parse("2026-11-23T14:30:00Z")));
        long birthday = add(Lead.builder().lastName("Birthday").temperature(Temperature.WARM)
                .birthday(LocalDate.of(1981, 11, 26)).nextFollowUp(Instant.parse("2027-01-10T09:00:00Z")));

        plans.snooze(overdue, LocalDate.of(2026, 11, 27));
        plans.snooze(birthday, LocalDate.of(2026, 12, 2));

        WeekPlan plan = plans.plan(WEEK);
        assertEquals(List.of(overdue), plan.actions().stream().map(PlanAction::leadId).toList());
        assertEquals(Instant.parse("2026-11-27T14:30:00Z"), plan.actions().get(0).due(), "same hour, chosen day");
        assertFalse(plan.actions().get(0).overdue());
        assertEquals(Instant.parse("2027-01-10T09:00:00Z"),
                book.details(birthday).orElseThrow().lead().nextFollowUp(), "a later follow-up is not pulled in");
        assertThrows(IllegalArgumentException.class, () -> plans.snooze(overdue, LocalDate.of(2026, 11, 24)));
    }

    @Test
    void theWeeksTouchesAreTheOutgoingOnesThatMovedALeadOnSinceTheWeekBegan() {
        long called = add(Lead.builder().lastName("Called").temperature(Temperature.HOT));
        long lastWeek = add(Lead.builder().lastName("Lastweek").temperature(Temperature.WARM));
        long answered = add(Lead.builder().lastName("Answered").temperature(Temperature.WARM));
        touches.logTouch(called, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "", NOW.minusSeconds(3600), null);
        touches.logTouch(lastWeek, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "",
                WEEK.startAt(ZoneOffset.UTC).minusSeconds(60), null);
        touches.logTouch(answered, Channel.EMAIL, Direction.IN, Outcome.REPLIED, 5, "", NOW.minusSeconds(60), null);
        MailBook mail = new MailBook(database, touches, plans, FollowUpPolicy::defaults);
        mail.logSent(List.of(answered), "Christmas", NOW.minusSeconds(30)); // its plan is no postcard: a campaign piece

        List<app.ember.domain.WeekTouch> done = plans.touchesIn(WEEK);
        assertEquals(List.of(called), done.stream().map(t -> t.lead().id()).toList());
        assertEquals(Outcome.NO_ANSWER, done.get(0).outcome());
        assertEquals(10, done.get(0).minutes());
        assertEquals(List.of(), plans.touchesIn(WEEK.previous()).stream().filter(t -> t.lead().id() == called).toList());
    }

    @Test
    void aTouchEndsTheSnooze() {
        long birthday = add(Lead.builder().lastName("Birthday").temperature(Temperature.WARM)
                .birthday(LocalDate.of(1981, 11, 28)).nextFollowUp(Instant.parse("2027-01-10T09:00:00Z")));
        plans.snooze(birthday, LocalDate.of(2026, 12, 2));
        assertFalse(planned().contains(birthday));
        // A touch last week (before this week began) ends the snooze; the greeting is back.
        touches.logTouch(birthday, Channel.EMAIL, Direction.OUT, Outcome.REPLIED, 5, "",
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2027-01-10T09:00:00Z"));
        assertTrue(planned().contains(birthday));
    }

    @Test
    void aTemperatureChangeMovesTheNextFollowUpToTheNewCadence() {
        long lead = add(Lead.builder().lastName("Cooling").temperature(Temperature.WARM));
        Instant called = NOW.minus(Duration.ofDays(10));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", called, null);
        assertEquals(Instant.parse("2026-11-22T09:00:00Z"), book.details(lead).orElseThrow().lead().nextFollowUp());

        book.setTemperature(List.of(lead), Temperature.COLD, false, "Gone quiet");
        assertEquals(Instant.parse("2026-12-15T09:00:00Z"), book.details(lead).orElseThrow().lead().nextFollowUp());

        Lead cold = book.details(lead).orElseThrow().lead();
        book.update(cold.toBuilder().temperature(Temperature.HOT).build(), "Asked for a quote");
        assertEquals(Instant.parse("2026-11-18T09:00:00Z"), book.details(lead).orElseThrow().lead().nextFollowUp());
    }

    @Test
    void thePolicyIsStoredReadBackAndResetAndABadValueFallsBackToTheDefault() {
        PolicyBook policies = new PolicyBook(database, Locale.UK);
        FollowUpPolicy changed = policies.current().withSessionMinutes(90).withWeekStart(DayOfWeek.SUNDAY)
                .withRule(Temperature.HOT, policies.current().rule(Temperature.HOT)
                        .withSequence(List.of(Channel.EMAIL, Channel.TEXT)).withOnlyWhenTimeLeft(true))
                .withMinutes(Channel.CALL, 15).withOverdueFirst(true).withWorkingHour(java.time.LocalTime.of(8, 30));
        assertFalse(policies.current().overdueFirst(), "hot leads first unless the user asks otherwise");
        policies.save(changed);

        FollowUpPolicy read = new PolicyBook(database, Locale.UK).current();
        assertEquals(90, read.sessionMinutes());
        assertEquals(DayOfWeek.SUNDAY, read.weekStart());
        assertEquals(List.of(Channel.EMAIL, Channel.TEXT), read.rule(Temperature.HOT).sequence());
        assertTrue(read.onlyWhenTimeLeft(Temperature.HOT));
        assertEquals(15, read.minutes(Channel.CALL));
        assertTrue(read.overdueFirst());
        assertEquals(java.time.LocalTime.of(8, 30), read.workingHour());

        database.write(c -> {
            new SettingStore().put(c, "policy.session_minutes", "lots");
            new SettingStore().put(c, "policy.warm.cadence_days", "0");
            return null;
        });
        FollowUpPolicy damaged = new PolicyBook(database, Locale.UK).current();
        assertEquals(120, damaged.sessionMinutes(), "an unreadable value: the default");
        assertEquals(7, damaged.cadenceDays(Temperature.WARM), "an out-of-range value: the default");
        assertEquals(15, damaged.minutes(Channel.CALL), "the other values stay");

        policies.reset();
        assertEquals(120, new PolicyBook(database, Locale.UK).current().sessionMinutes());
        assertEquals(10, new PolicyBook(database, Locale.UK).current().minutes(Channel.CALL));
    }
}
