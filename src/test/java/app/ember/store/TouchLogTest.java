package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.LoggedTouch;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging touches moves a lead on; the timeline reads touches, notes and temperature changes as one. */
class TouchLogTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;
    private TouchLog touches;
    private long lead;

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
        lead = book.create(Lead.builder().firstName("Hanna").lastName("Berg").temperature(Temperature.WARM)
                .phone("+49 30 123456").email("h@example.de")
                .address(new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"))
                .created(NOW.minus(Duration.ofDays(10))).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Lead lead() {
        return book.details(lead).orElseThrow().lead();
    }

    @Test
    void aTouchSetsLastContactAndSchedulesByTheCadence() {
        Instant at = NOW.minus(Duration.ofHours(2));
        LoggedTouch logged = touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "Hi", at, null);
        assertEquals(Instant.parse("2026-11-29T09:00:00Z"), logged.nextFollowUp(), "warm: weekly, at the working hour");
        assertEquals(at, lead().lastContact());
        assertEquals(at, lead().firstContact());
        assertEquals(logged.nextFollowUp(), lead().nextFollowUp());
        assertEquals(LeadStatus.OPEN, lead().status());
    }

    @Test
    void theUserMayChooseTheNextDate() {
        Instant chosen = NOW.plus(Duration.ofDays(2));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.LEFT_MESSAGE, 3, "", NOW, chosen);
        assertEquals(chosen, lead().nextFollowUp());
    }

    @Test
    void orderedWinsTheLeadAndNotInterestedSendsItToNurture() {
        LoggedTouch won = touches.logTouch(lead, Channel.MEETING, Direction.OUT, Outcome.ORDERED, 45, "", NOW, null);
        assertEquals(LeadStatus.WON, won.status());
        assertNull(lead().nextFollowUp());
        long other = book.create(Lead.builder().firstName("Ola").temperature(Temperature.HOT).build());
        LoggedTouch lost = touches.logTouch(other, Channel.CALL, Direction.OUT, Outcome.NOT_INTERESTED, 5, "", NOW, null);
        assertEquals(LeadStatus.NURTURE, lost.status());
        assertEquals(Instant.parse("2027-02-20T09:00:00Z"), lost.nextFollowUp(), "90 days of nurture, at nine");
    }

    @Test
    void theNextProngFollowsTheLastOutgoingTouch() {
        assertEquals(Channel.CALL, touches.nextProng(lead));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 2, "", NOW.minusSeconds(300), null);
        assertEquals(Channel.POSTCARD, touches.nextProng(lead));
        touches.logTouch(lead, Channel.EMAIL, Direction.IN, Outcome.REPLIED, 2, "", NOW.minusSeconds(200), null);
        assertEquals(Channel.POSTCARD, touches.nextProng(lead), "a reply from them is not our prong");
        touches.logTouch(lead, Channel.POSTCARD, Direction.OUT, Outcome.LEFT_MESSAGE, 3, "", NOW.minusSeconds(100), null);
        assertEquals(Channel.EMAIL, touches.nextProng(lead));
    }

    @Test
    void theTimelineMixesTouchesNotesAndChangesNewestFirstAndFiltersByChannel() {
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "call", NOW.minusSeconds(3000), null);
        book.addNote(lead, "note");
        touches.logTouch(lead, Channel.EMAIL, Direction.OUT, Outcome.REPLIED, 5, "mail", NOW.minusSeconds(1000), null);
        List<TimelineEntry> all = touches.timeline(lead, Set.of(), 0, 10);
        assertEquals(List.of(TimelineEntry.Kind.NOTE, TimelineEntry.Kind.INTERACTION, TimelineEntry.Kind.INTERACTION,
                TimelineEntry.Kind.TEMPERATURE), all.stream().map(TimelineEntry::kind).toList());
        assertEquals(4, touches.timelineCount(lead, Set.of()));
        assertEquals(List.of("mail"), touches.timeline(lead, Set.of(Channel.EMAIL), 0, 10).stream()
                .map(TimelineEntry::text).toList());
        assertEquals(2, touches.timeline(lead, Set.of(), 2, 10).size(), "paged");
    }

    @Test
    void deletingATouchMovesLastContactBackAndRestoringPutsItBack() {
        Instant first = NOW.minus(Duration.ofDays(3));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", first, null);
        LoggedTouch second = touches.logTouch(lead, Channel.EMAIL, Direction.OUT, Outcome.REPLIED, 5, "", NOW, null);
        TouchLog.Removed deleted = touches.deleteTouch(second.interactionId()).orElseThrow();
        assertEquals(first, lead().lastContact());
        touches.restoreTouch(deleted);
        assertEquals(NOW, lead().lastContact());
        assertEquals(2, touches.timeline(lead, Set.of(Channel.CALL, Channel.EMAIL), 0, 10).size());
    }

    @Test
    void deletingAMistakenTouchPutsTheLeadsScheduleBackAndUndoingTheDeletionMovesItOnAgain() {
        Instant call = NOW.minus(Duration.ofDays(3));
        touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "", call, null);
        Lead before = lead();
        LoggedTouch mistaken = touches.logTouch(lead, Channel.POSTCARD, Direction.OUT, Outcome.NOT_INTERESTED, 3, "",
                NOW, null);
        Lead after = lead();
        assertEquals(LeadStatus.NURTURE, after.status());

        TouchLog.Removed removed = touches.deleteTouch(mistaken.interactionId()).orElseThrow();
        Lead back = lead();
        assertEquals(before.nextFollowUp(), back.nextFollowUp(), "the next follow-up comes back");
        assertEquals(before.status(), back.status(), "and the status");
        assertEquals(Channel.POSTCARD, touches.nextProng(lead), "and the prong: the postcard is next again");

        touches.restoreTouch(removed);
        assertEquals(after.nextFollowUp(), lead().nextFollowUp());
        assertEquals(LeadStatus.NURTURE, lead().status());
        assertEquals(Channel.EMAIL, touches.nextProng(lead));
    }

    @Test
    void deletingAnOlderTouchLeavesTheScheduleALaterTouchSet() {
        LoggedTouch older = touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "",
                NOW.minus(Duration.ofDays(3)), null);
        touches.logTouch(lead, Channel.EMAIL, Direction.OUT, Outcome.REPLIED, 5, "", NOW, null);
        Lead latest = lead();
        touches.deleteTouch(older.interactionId());
        assertEquals(latest.nextFollowUp(), lead().nextFollowUp());
        assertEquals(latest.status(), lead().status());
    }

    @Test
    void editingATouchKeepsTheContactsTrue() {
        LoggedTouch logged = touches.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", NOW, null);
        Instant earlier = NOW.minus(Duration.ofDays(1));
        touches.updateTouch(new Interaction(logged.interactionId(), lead, earlier, Channel.VISIT, Direction.OUT,
                Outcome.MEETING_BOOKED, 60, "Visited the shop"));
        Interaction changed = touches.touch(logged.interactionId()).orElseThrow();
        assertEquals(Channel.VISIT, changed.channel());
        assertEquals("Visited the shop", changed.note());
        assertEquals(earlier, lead().lastContact());
    }

    @Test
    void aTouchForAnUnknownLeadIsRefusedAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> touches.logTouch(999, Channel.CALL, Direction.OUT, Outcome.REACHED, 1, "", NOW, null));
        assertTrue(touches.timeline(999, Set.of(), 0, 10).isEmpty());
    }

    /**
     * Two people (on PostgreSQL two connections pools, as two Embers) log touches to one lead at once:
     * every touch is kept, and the lead's first and last contact are the earliest and latest of them all
     * (each touch's rules run with the lead's row locked, so none reads the lead's touches half-written).
     */
    @Test
    void twoWritersLoggingTouchesToOneLeadAtOnceLoseNone() throws Exception {
        Database second = database.isServer() ? openBook(dataDir) : database;
        try {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            TouchLog other = new TouchLog(second, clock, FollowUpPolicy.defaults());
            int each = 40;
            Instant first = NOW.minus(Duration.ofDays(9));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                TouchLog log = writer == 0 ? touches : other;
                int offset = writer;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        log.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 1, "w" + offset,
                                first.plus(Duration.ofMinutes(2L * i + offset)), null);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            assertEquals(2 * each, touches.timelineCount(lead, java.util.Set.of(Channel.CALL)));
            assertEquals(first, lead().firstContact());
            assertEquals(first.plus(Duration.ofMinutes(2L * each - 1)), lead().lastContact());
        } finally {
            if (second != database) {
                second.close();
            }
        }
    }
}
