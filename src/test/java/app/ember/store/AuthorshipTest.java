package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who did it (issue 19): each touch, note and change keeps its author; leads are assigned; lists filter by "mine". */
class AuthorshipTest {
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

    private long lead(String first, Temperature temperature) {
        return book.create(Lead.builder().firstName(first).lastName("Berg").temperature(temperature)
                .phone("+49 30 123456").created(NOW.minus(Duration.ofDays(10))).build());
    }

    @Test
    void eachTouchNoteAndTemperatureChangeKeepsWhoMadeIt() {
        long id = lead("Hanna", Temperature.WARM);
        database.actAs("Sam");
        touches.logTouch(id, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "Hi", NOW.minus(Duration.ofHours(3)), null);
        database.actAs("Alex");
        book.addNote(id, "Likes peonies");
        book.setTemperature(List.of(id), Temperature.HOT, false, "Wedding in two weeks");

        List<TimelineEntry> timeline = touches.timeline(id, Set.of(), 0, 10);
        assertEquals("Alex", entry(timeline, TimelineEntry.Kind.NOTE).by());
        assertEquals("Sam", entry(timeline, TimelineEntry.Kind.INTERACTION).by());
        assertEquals("Alex", timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.TEMPERATURE
                && e.to() == Temperature.HOT).findFirst().orElseThrow().by());
    }

    @Test
    void anEditKeepsItsAuthorAsTheLeadsLastChange() {
        long id = lead("Hanna", Temperature.WARM);
        Lead opened = book.details(id).orElseThrow().lead();
        database.actAs("Sam");
        book.update(opened, opened.toBuilder().company("Berg & Co").build(), "", database.author());
        Lead stale = opened.toBuilder().company("Other").build();
        StaleLeadException refused = org.junit.jupiter.api.Assertions.assertThrows(StaleLeadException.class,
                () -> book.update(opened, stale, "", "Alex"));
        assertEquals("Sam", refused.changedBy());
    }

    @Test
    void aLeadIsAssignedAndTheListAndThePlanFilterByMine() {
        long mine = lead("Hanna", Temperature.HOT);
        long theirs = lead("Ida", Temperature.HOT);
        long nobodys = lead("Jon", Temperature.HOT);
        assertEquals(2, book.assign(List.of(mine, theirs), "Sam"));
        assertEquals(1, book.assign(List.of(theirs), "Alex"));
        assertEquals("Sam", book.assignee(mine));
        assertEquals("", book.assignee(nobodys));

        LeadQuery onlySams = LeadQuery.all().withAssignedTo("Sam");
        assertEquals(List.of(mine), book.page(onlySams, 0, 50).stream().map(LeadRow::id).toList());
        assertEquals(1, book.count(onlySams));
        assertEquals(3, book.count(LeadQuery.all()));

        assertEquals(List.of(mine), plans.plan(WEEK, 600, PlanBook.KEEP_ALL, "Sam").actions().stream()
                .map(PlanAction::leadId).distinct().toList());
        assertEquals(Set.of(mine, theirs, nobodys), Set.copyOf(plans.plan(WEEK, 600, PlanBook.KEEP_ALL, null).actions()
                .stream().map(PlanAction::leadId).toList()));

        touches.logTouch(theirs, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", NOW.minus(Duration.ofHours(1)), null);
        touches.logTouch(mine, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", NOW.minus(Duration.ofHours(1)), null);
        assertEquals(List.of(mine), plans.touchesIn(WEEK, "Sam").stream().map(t -> t.lead().id()).toList());
        assertEquals(2, plans.touchesIn(WEEK).size());

        assertEquals(1, book.assign(List.of(mine), ""));
        assertEquals(0, book.count(onlySams));
        assertTrue(book.people().containsAll(List.of("Alex")), "the names known in the book: " + book.people());
    }

    private static TimelineEntry entry(List<TimelineEntry> timeline, TimelineEntry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }
}
