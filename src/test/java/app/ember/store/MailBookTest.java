package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadStatus;
import app.ember.domain.LeftOut;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mailings over stored leads: who each way of choosing finds, and logging the sent postcards. */
class MailBookTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z"); // a Wednesday
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    private static final PostalAddress BATH = new PostalAddress("2 Elm Row", "", "Bath", "", "BA1 2AA", "GB");
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;
    private TouchLog touches;
    private MailBook mail;

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
        PlanBook plans = new PlanBook(database, clock, FollowUpPolicy::defaults);
        mail = new MailBook(database, touches, plans, FollowUpPolicy::defaults);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long add(String last, Temperature temperature) {
        return add(Lead.builder().firstName("Sam").lastName(last).temperature(temperature));
    }

    private long add(Lead.Builder lead) {
        return book.create(lead.phone("+44 20 7946 0000").email("s@example.com").address(BATH)
                .created(NOW.minus(Duration.ofDays(60))).build());
    }

    private static Set<Long> ids(MailingSelection selection) {
        return new HashSet<>(selection.includedLeadIds());
    }

    @Test
    void aListFilterReadsEveryMatchingLeadPageByPageOpenAndWonButNotLostNorADeletedOne() {
        List<Lead> many = new ArrayList<>();
        for (int i = 0; i < MailBook.PAGE * 2 + 345; i++) {
            many.add(Lead.builder().firstName("Lead").lastName("No " + i).temperature(Temperature.WARM)
                    .address(BATH).created(NOW).updated(NOW).build());
        }
        List<Long> stored = database.write(c -> new LeadStore().insertAll(c, many));
        book.setStatus(stored.subList(0, 10), LeadStatus.WON);
        book.setStatus(stored.subList(10, 20), LeadStatus.LOST);
        book.delete(List.of(stored.get(500), stored.get(1500)));

        MailingSelection selection = mail.select(LeadQuery.all(), false, MailSort.NAME);
        Set<Long> expected = new HashSet<>(stored);
        expected.removeAll(stored.subList(10, 20)); // lost: left out unless the filter asks for them
        expected.remove(stored.get(500));
        expected.remove(stored.get(1500));
        assertEquals(expected, ids(selection));
        assertEquals(expected.size(), selection.includedLeadIds().size(), "no lead twice across pages");
        // Not dropped without a word: each lost lead is listed as left out, and why.
        assertEquals(Set.copyOf(stored.subList(10, 20)), selection.leftOut().stream()
                .filter(out -> out.reason() == LeftOut.Reason.NOT_INTERESTED).map(LeftOut::leadId)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.copyOf(stored.subList(10, 20)), ids(mail.select(LeadQuery.all().withStatuses(
                Set.of(LeadStatus.LOST)), false, MailSort.NAME)), "chosen by their status, lost leads are mailed");
    }

    @Test
    void aListFilterKeepsItsTagStatusAndSearch() {
        long wedding = add("Wedding", Temperature.WARM);
        long plain = add("Plain", Temperature.WARM);
        long won = add("Winner", Temperature.WARM);
        book.addTag(List.of(wedding, won), "wedding");
        book.setStatus(List.of(won), LeadStatus.WON);

        assertEquals(Set.of(wedding, won), ids(mail.select(LeadQuery.all().withTag("wedding"), false, MailSort.NAME)));
        assertEquals(Set.of(won), ids(mail.select(LeadQuery.all().withStatuses(Set.of(LeadStatus.WON)), false,
                MailSort.NAME)));
        assertEquals(Set.of(plain), ids(mail.select(LeadQuery.all().withSearch("plai"), false, MailSort.NAME)));
    }

    @Test
    void chosenLeadsAreReadOnceAndOnesThatAreGoneArePassedOver() {
        long a = add("Alpha", Temperature.HOT);
        long b = add("Bravo", Temperature.COLD);
        long deleted = add("Deleted", Temperature.WARM);
        book.delete(List.of(deleted));
        MailingSelection selection = mail.select(List.of(b, a, b, deleted, 987654L), false, MailSort.NAME);
        assertEquals(List.of(a, b), selection.includedLeadIds());
        assertEquals(List.of(), selection.leftOut());
    }

    @Test
    void byTemperatureTheColdLeadsOnlyWhenAsked() {
        long hot = add("Hot", Temperature.HOT);
        long warm = add("Warm", Temperature.WARM);
        long cool = add("Cool", Temperature.COOL);
        long cold = add("Cold", Temperature.COLD);
        assertEquals(Set.of(hot, warm, cool), ids(mail.selectByTemperature(null, false, MailSort.NAME)));
        assertEquals(Set.of(hot, warm, cool), ids(mail.selectByTemperature(Set.of(), false, MailSort.NAME)));
        assertEquals(Set.of(cold, hot), ids(mail.selectByTemperature(Set.of(Temperature.COLD, Temperature.HOT),
                false, MailSort.NAME)));
    }

    @Test
    void theSelectionLeavesOutWhoAskedNotToGetPostAndWhoseAddressIsIncomplete() {
        long fine = add("Fine", Temperature.WARM);
        long asked = add(Lead.builder().firstName("Sam").lastName("Asked").temperature(Temperature.WARM).doNotMail(true));
        long noPostcode = book.create(Lead.builder().firstName("Sam").lastName("Nopostcode").temperature(Temperature.WARM)
                .address(new PostalAddress("2 Elm Row", "", "Bath", "", "", "GB")).build());
        MailingSelection selection = mail.select(LeadQuery.all(), false, MailSort.NAME);
        assertEquals(List.of(fine), selection.includedLeadIds());
        assertEquals(List.of(new LeftOut(asked, "Sam Asked", LeftOut.Reason.DO_NOT_MAIL, "asked not to be sent post"),
                new LeftOut(noPostcode, "Sam Nopostcode", LeftOut.Reason.INCOMPLETE_ADDRESS, "no postcode")),
                selection.leftOut());
    }

    @Test
    void thePlansPostcardsAreTheLeadsWhosePlannedTouchIsPostOfThatWeek() {
        long called = add("Called", Temperature.WARM);
        long askedNotTo = add(Lead.builder().firstName("Sam").lastName("Asked").temperature(Temperature.WARM)
                .doNotMail(true));
        long noAddress = book.create(Lead.builder().firstName("Sam").lastName("Nowhere").temperature(Temperature.WARM)
                .phone("+44 20 7946 0001").email("n@example.com").created(NOW.minus(Duration.ofDays(60))).build());
        long neverCalled = add("New", Temperature.WARM);
        for (long lead : List.of(called, askedNotTo, noAddress)) {
            // A week and a day ago: a warm lead's weekly follow-up is due, and the sequence's next prong is post.
            touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "", NOW.minus(Duration.ofDays(8)),
                    null);
        }
        PlanBook plans = new PlanBook(database, Clock.fixed(NOW, ZoneOffset.UTC), FollowUpPolicy::defaults);
        List<PlanAction> actions = plans.plan(WEEK).actions();
        assertEquals(Channel.POSTCARD, channel(actions, called));
        assertEquals(Channel.EMAIL, channel(actions, askedNotTo), "no postcard is planned for who asked not to get post");
        assertEquals(Channel.EMAIL, channel(actions, noAddress));
        assertEquals(Channel.CALL, channel(actions, neverCalled));

        assertEquals(List.of(called), mail.selectPlanPostcards(WEEK, false, MailSort.NAME).includedLeadIds());
    }

    private static Channel channel(List<PlanAction> actions, long lead) {
        return actions.stream().filter(a -> a.leadId() == lead).findFirst().orElseThrow().channel();
    }

    @Test
    void aMailingMovesOnOnlyTheLeadsWhosePlannedActionIsThePostcard() {
        long postcardDue = add("Alpha", Temperature.WARM);
        long hotNew = add("Bravo", Temperature.HOT);
        touches.logTouch(postcardDue, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "",
                NOW.minus(Duration.ofDays(8)), null);
        Lead hotBefore = book.details(hotNew).orElseThrow().lead();
        Instant sent = NOW.minus(Duration.ofHours(1));

        assertEquals(new MailBook.CampaignCounts(1, 1), mail.preview(List.of(postcardDue, hotNew, postcardDue)));
        MailBook.CampaignRun run = mail.logSent(List.of(postcardDue, hotNew, postcardDue), "Spring 2027", sent);
        assertEquals(new MailBook.CampaignCounts(1, 1), run.counts());
        assertEquals(2, run.touchIds().size(), "logged once though given twice");

        TimelineEntry card = touches.timeline(postcardDue, Set.of(), 0, 1).get(0);
        assertEquals(Channel.POSTCARD, card.channel());
        assertEquals(Outcome.SENT, card.outcome());
        assertEquals("Postcard sent: Spring 2027", card.text());
        assertEquals(sent, card.at());
        assertEquals(FollowUpPolicy.defaults().minutes(Channel.POSTCARD), card.minutes());
        Lead moved = book.details(postcardDue).orElseThrow().lead();
        assertEquals(sent, moved.lastContact());
        assertEquals(FollowUpPolicy.defaults().nextFollowUp(Temperature.WARM, false, moved.created(), sent,
                ZoneOffset.UTC), moved.nextFollowUp(), "the next follow-up one cadence after the card");
        assertEquals(Channel.EMAIL, touches.nextProng(postcardDue), "after the postcard comes the e-mail");

        TimelineEntry piece = touches.timeline(hotNew, Set.of(), 0, 1).get(0);
        assertEquals(Channel.POSTCARD, piece.channel());
        assertEquals("Campaign: Spring 2027 (a mailing, not a follow-up: the plan is unchanged)", piece.text());
        Lead kept = book.details(hotNew).orElseThrow().lead();
        assertEquals(hotBefore.nextFollowUp(), kept.nextFollowUp(), "the hot lead keeps its day");
        assertEquals(null, kept.lastContact(), "a Christmas card is not its first response");
        assertEquals(Channel.CALL, touches.nextProng(hotNew), "and its channel");
    }

    @Test
    void aSentCardChangesNothingForALeadInNurture() {
        long resting = add("Resting", Temperature.COOL);
        book.setStatus(List.of(resting), LeadStatus.NURTURE);
        mail.logSent(List.of(resting), "", NOW);
        assertEquals(LeadStatus.NURTURE, book.details(resting).orElseThrow().lead().status());
        assertEquals("Campaign mailing (not a follow-up: the plan is unchanged)",
                touches.timeline(resting, Set.of(), 0, 1).get(0).text());
    }

    @Test
    void aRecordedMailingIsUndoneAsOneStep() {
        long postcardDue = add("Alpha", Temperature.WARM);
        long hot = add("Bravo", Temperature.HOT);
        touches.logTouch(postcardDue, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "",
                NOW.minus(Duration.ofDays(8)), null);
        Lead alphaBefore = book.details(postcardDue).orElseThrow().lead();
        Lead hotBefore = book.details(hot).orElseThrow().lead();

        mail.undo(mail.logSent(List.of(postcardDue, hot), "Christmas", NOW));

        Lead alpha = book.details(postcardDue).orElseThrow().lead();
        assertEquals(alphaBefore.nextFollowUp(), alpha.nextFollowUp());
        assertEquals(alphaBefore.lastContact(), alpha.lastContact());
        assertEquals(alphaBefore.status(), alpha.status());
        assertEquals(Channel.POSTCARD, touches.nextProng(postcardDue), "the postcard is due again");
        assertEquals(1, touches.timelineCount(postcardDue, Set.of(Channel.values())), "only the call is left");
        assertEquals(0, touches.timelineCount(hot, Set.of(Channel.values())));
        assertEquals(hotBefore.nextFollowUp(), book.details(hot).orElseThrow().lead().nextFollowUp());
    }

    @Test
    void aLeadThatDoesNotExistLogsNothingOnAnyLead() {
        long a = add("Alpha", Temperature.WARM);
        long b = add("Bravo", Temperature.WARM);
        int before = touches.timelineCount(a, Set.of());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> mail.logSent(List.of(a, 987654L, b), "Spring", NOW));
        assertTrue(error.getMessage().contains("987654"), error.getMessage());
        assertEquals(before, touches.timelineCount(a, Set.of()));
        assertEquals(before, touches.timelineCount(b, Set.of()));
        assertEquals(null, book.details(a).orElseThrow().lead().lastContact());
    }

    @Test
    void aCampaignNameLongerThanANameIsRefused() {
        long a = add("Alpha", Temperature.WARM);
        assertThrows(IllegalArgumentException.class,
                () -> mail.logSent(List.of(a), "x".repeat(MailBook.MAX_CAMPAIGN_LENGTH + 1), NOW));
    }
}
