package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportRow;
import app.ember.domain.ImportSummary;
import app.ember.domain.Interaction;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadImport;
import app.ember.domain.Note;
import app.ember.domain.TemperatureChange;
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

    @Test
    void whatAnImportWritesIsKeptUnderTheImportingPersonsName() {
        long ana = book.create(Lead.builder().firstName("Ana").lastName("Ruiz").email("ana@example.com")
                .temperature(Temperature.WARM).created(NOW.minus(Duration.ofDays(10))).build());
        database.actAs("Sam");
        Instant called = NOW.minus(Duration.ofDays(2));
        // A new lead with its history, and an update of Ana that brings a hotter temperature, a note and a touch.
        LeadDetails tom = new LeadDetails(Lead.builder().firstName("Tom").lastName("Kay").email("tom@example.com")
                .temperature(Temperature.HOT).created(NOW.minus(Duration.ofDays(3))).updated(NOW).build(),
                List.of(new Interaction(0, 0, called, Channel.CALL, Direction.OUT, Outcome.REACHED, 5, "")),
                List.of(new Note(0, 0, called, "Met at the fair")), List.of(), List.of(),
                List.of(new TemperatureChange(0, 0, NOW, null, Temperature.HOT, "Imported")));
        LeadDetails anaAgain = new LeadDetails(Lead.builder().firstName("Ana").lastName("Ruiz").email("ana@example.com")
                .temperature(Temperature.HOT).created(NOW).updated(NOW).build(),
                List.of(new Interaction(0, 0, called, Channel.CALL, Direction.OUT, Outcome.LEFT_MESSAGE, 2, "")),
                List.of(new Note(0, 0, called, "Wants peonies")), List.of(), List.of(), List.of());
        ImportBook imports = new ImportBook(database, Clock.fixed(NOW, ZoneOffset.UTC), FollowUpPolicy::defaults);
        ImportPlan plan = imports.plan(new LeadImport.Result(List.of(
                new ImportRow(2, tom, List.of(), "", Set.of(ImportField.FIRST_NAME, ImportField.EMAIL)),
                new ImportRow(3, anaAgain, List.of(), "", Set.of(ImportField.EMAIL, ImportField.TEMPERATURE,
                        ImportField.NOTES))), List.of()), DuplicatePolicy.UPDATE);
        ImportSummary done = imports.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(List.of(1, 1), List.of(done.imported(), done.updated()));

        long tomId = book.page(LeadQuery.all(), 0, 10).stream().mapToLong(LeadRow::id).filter(id -> id != ana)
                .findFirst().orElseThrow();
        for (long id : List.of(tomId, ana)) {
            List<TimelineEntry> timeline = touches.timeline(id, Set.of(), 0, 20);
            assertEquals("Sam", entry(timeline, TimelineEntry.Kind.NOTE).by(), "the imported note of lead " + id);
            assertEquals("Sam", entry(timeline, TimelineEntry.Kind.INTERACTION).by(), "the imported touch of lead " + id);
            assertEquals("Sam", timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.TEMPERATURE
                    && e.to() == Temperature.HOT).findFirst().orElseThrow().by(), "the import's change of lead " + id);
        }
    }

    private static TimelineEntry entry(List<TimelineEntry> timeline, TimelineEntry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }
}
