package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportPlan.Action;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadImport;
import app.ember.domain.LeadQuery;
import app.ember.domain.RowProblem;
import app.ember.domain.Table;
import app.ember.domain.TextLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates within one file, single rows decided one by one, and values too long for the book. */
class ImportBookTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final List<String> HEADER = List.of("First name", "Last name", "E-mail", "Phone", "Tags", "Notes");

    @TempDir
    Path dataDir;
    private Database database;
    private ImportBook book;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
        book = new ImportBook(database, CLOCK, FollowUpPolicy::defaults);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static LeadImport.Result read(List<List<String>> rows) {
        Table table = Table.of("people.csv", HEADER, rows);
        return new LeadImport(CLOCK.instant(), CLOCK.getZone()).read(table, ColumnMapping.guess(table), null, null);
    }

    private List<LeadDetails> leads() {
        LeadBook leads = new LeadBook(database);
        return leads.page(LeadQuery.all(), 0, 100).stream().map(l -> leads.details(l.id()).orElseThrow())
                .sorted(java.util.Comparator.comparing(d -> d.lead().id())).toList();
    }

    /** Ana twice (same e-mail, rows 2 and 4) and Tom twice (same phone, rows 3 and 5). */
    private static final List<List<String>> TWICE = List.of(
            List.of("Ana", "Ruiz", "ana@example.com", "", "wedding", "Wants peonies"),
            List.of("Tom", "Smith", "", "+44 20 7946 0000", "", ""),
            List.of("Ana", "Ruiz-Martín", "ANA@example.com", "0612345678", "birthday", ""),
            List.of("Thomas", "Smith", "tom@example.co.uk", "020 7946 0000", "", ""));

    @Test
    void twoPeopleSharingAnOfficePhoneAreTwoLeads() {
        // Issue 14: the second used to be skipped as a duplicate by phone alone.
        ImportPlan plan = book.plan(read(List.of(
                List.of("Ann", "Lee", "", "0117 496 0123", "", ""),
                List.of("Bob", "Kay", "", "0117 496 0123", "", ""),
                List.of("Ann", "Lee", "", "+44 117 496 0123", "", ""))), DuplicatePolicy.SKIP);
        assertEquals(List.of(Action.ADD, Action.ADD, Action.SKIP),
                plan.entries().stream().map(ImportPlan.Entry::action).toList());
        assertEquals("phone", plan.entries().get(2).matchedBy(), "the same number with the same name is one person");
    }

    @Test
    void theSamePersonTwiceInOneFileIsADuplicateOfTheEarlierRow() {
        ImportPlan plan = book.plan(read(TWICE), DuplicatePolicy.SKIP);
        ImportPlan.Entry anaAgain = plan.entries().get(2);
        assertEquals(Action.SKIP, anaAgain.action());
        assertEquals(2, anaAgain.sameAsRow());
        assertEquals("email", anaAgain.matchedBy());
        assertEquals("Ana Ruiz", anaAgain.matchedName());
        assertEquals(3, plan.entries().get(3).sameAsRow());
        assertEquals("phone", plan.entries().get(3).matchedBy());

        ImportSummary skipped = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(List.of(2, 0, 2), List.of(skipped.imported(), skipped.updated(), skipped.skipped()));
        assertEquals(2, leads().size());
    }

    @Test
    void updatingFromALaterRowFillsInTheLeadTheEarlierRowAdded() {
        ImportSummary done = book.run(book.plan(read(TWICE), DuplicatePolicy.UPDATE), ImportBook.Progress.NONE,
                () -> false);
        assertEquals(List.of(2, 2, 0), List.of(done.imported(), done.updated(), done.skipped()));
        List<LeadDetails> leads = leads();
        assertEquals(2, leads.size());
        LeadDetails ana = leads.get(0);
        assertEquals("Ruiz-Martín", ana.lead().lastName());
        assertEquals("0612345678", ana.lead().phone().replace(" ", ""));
        assertEquals(List.of("birthday", "wedding"), ana.tags().stream().sorted().toList());
        assertEquals("tom@example.co.uk", leads.get(1).lead().email());
    }

    @Test
    void eachDuplicateCanBeDecidedOnItsOwn() {
        ImportPlan plan = book.plan(read(TWICE), DuplicatePolicy.SKIP).decide(4, Action.ADD).decide(5, Action.UPDATE);
        assertThrows(IllegalArgumentException.class, () -> plan.decide(2, Action.UPDATE),
                "row 2 matches nothing, so it can only be added");
        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(List.of(3, 1, 0), List.of(done.imported(), done.updated(), done.skipped()));
        List<LeadDetails> leads = leads();
        assertEquals(List.of("Ruiz", "Smith", "Ruiz-Martín"), leads.stream().map(d -> d.lead().lastName()).toList());
        assertEquals("Thomas", leads.get(1).lead().firstName());
    }

    @Test
    void aRowThatWouldUpdateASkippedEarlierRowIsAddedItself() {
        ImportPlan plan = book.plan(read(TWICE), DuplicatePolicy.UPDATE);
        // Row 2 is the first Ana: nothing to match, so it may only be added; a stored Ana makes it a duplicate.
        LeadBook leads = new LeadBook(database);
        leads.createWithDetails(TestLeads.lead("Ana", "Ruiz", app.ember.domain.Temperature.WARM, false, null)
                .toBuilder().email("someone.else@example.com").build(), List.of(), "", Map.of());
        ImportPlan.Entry first = plan.entries().get(0);
        ImportPlan skipFirst = new ImportPlan(List.of(new ImportPlan.Entry(first.row(), Action.SKIP, 0, "", "", 0),
                plan.entries().get(1), plan.entries().get(2), plan.entries().get(3)), List.of());
        ImportSummary done = book.run(skipFirst, ImportBook.Progress.NONE, () -> false);
        assertEquals(List.of(2, 1), List.of(done.imported(), done.updated()));
        assertTrue(leads().stream().anyMatch(d -> d.lead().lastName().equals("Ruiz-Martín")));
    }

    @Test
    void valuesLongerThanTheBookKeepsAreThatRowsProblemsNotTheWholeImports() {
        String longTag = "t".repeat(TextLimits.TAG + 1);
        String longNote = "n".repeat(TextLimits.NOTE + 1);
        LeadImport.Result read = read(List.of(
                List.of("Ana", "Ruiz", "ana@example.com", "", "ok, " + longTag, ""),
                List.of("Tom", "Smith", "", "", "", longNote),
                List.of("Lena", "Vogel", "", "", "fine", "fine too")));
        ImportPlan plan = book.plan(read, DuplicatePolicy.SKIP);
        assertEquals(List.of(Action.REJECT, Action.REJECT, Action.ADD),
                plan.entries().stream().map(ImportPlan.Entry::action).toList());
        RowProblem tag = plan.entries().get(0).row().problems().get(0);
        assertEquals(List.of(2, "Tags", "problem.tooLong", List.<Object>of(TextLimits.TAG)),
                List.of(tag.row(), tag.column(), tag.problem().messageKey(), tag.problem().arguments()));
        assertEquals("Notes", plan.entries().get(1).row().problems().get(0).column());
        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(1, done.imported());
        assertEquals(List.of("Vogel"), leads().stream().map(d -> d.lead().lastName()).toList());
    }

    private long stored(String first, String last, String email) {
        return new LeadBook(database, CLOCK, FollowUpPolicy::defaults).create(app.ember.domain.Lead.builder()
                .firstName(first).lastName(last).email(email).temperature(app.ember.domain.Temperature.WARM)
                .created(CLOCK.instant()).updated(CLOCK.instant()).build());
    }

    @Test
    void aLeadAddedBetweenThePreviewAndTheWriteIsADuplicateWhenWritten() {
        // The wizard plans against keys it read once; the write must not trust them.
        ImportPlan plan = book.plan(read(List.of(List.of("Ana", "Ruiz", "ana@example.com", "", "", ""),
                List.of("Tom", "Smith", "tom@example.com", "", "", ""))), DuplicatePolicy.SKIP);
        assertEquals(2, plan.count(Action.ADD));
        long ana = stored("Ana", "Ruiz", "ANA@example.com");

        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(1, done.imported(), done.line());
        assertEquals(1, done.skipped(), "Ana came in meanwhile: skipped, as the plan's choice for duplicates says");
        assertEquals(List.of(ana), leads().stream().filter(d -> d.lead().email().equalsIgnoreCase("ana@example.com"))
                .map(d -> d.lead().id()).toList(), "no second Ana");
        assertEquals(2, leads().size());
    }

    @Test
    void aLeadEditedOrDeletedBetweenThePreviewAndTheWriteIsMatchedAsItIsThen() {
        long ana = stored("Ana", "Ruiz", "ana@old.example");
        long tom = stored("Tom", "Smith", "tom@example.com");
        ImportPlan plan = book.plan(read(List.of(List.of("Ana", "Ruiz", "ana@new.example", "", "", ""),
                List.of("Tom", "Smith", "tom@example.com", "", "", ""))), DuplicatePolicy.UPDATE);
        assertEquals(List.of(Action.ADD, Action.UPDATE), plan.entries().stream().map(ImportPlan.Entry::action).toList());
        LeadBook leadBook = new LeadBook(database, CLOCK, FollowUpPolicy::defaults);
        leadBook.update(leadBook.details(ana).orElseThrow().lead().toBuilder().email("ana@new.example").build(), "");
        leadBook.delete(List.of(tom));

        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(1, done.updated(), "Ana's new address is hers now: updated, not added twice");
        assertEquals(1, done.imported(), "Tom was deleted meanwhile: added again rather than an update of a lead gone");
        assertEquals(List.of("ana@new.example", "tom@example.com"), leads().stream().map(d -> d.lead().email())
                .sorted().toList());
    }

    @Test
    void keysReadOnceServeEveryPlanUntilTheBookChangesAndARowsOwnChoiceSurvivesAChange() {
        stored("Ana", "Ruiz", "ana@example.com");
        BookKeys keys = book.keys();
        assertTrue(keys == book.fresh(keys), "the book has not changed: the same keys, not read again");
        ImportPlan plan = book.plan(read(List.of(List.of("Ana", "Ruiz", "ana@example.com", "", "", ""),
                List.of("Tom", "Smith", "tom@example.com", "", "", ""))), DuplicatePolicy.SKIP, keys)
                .decide(2, Action.ADD);
        long tom = stored("Tom", "Smith", "TOM@example.com");
        BookKeys after = book.fresh(keys);
        assertTrue(after != keys, "a lead added: the keys are read again");
        assertEquals(tom, book.plan(read(List.of(List.of("Tom", "Smith", "tom@example.com", "", "", ""))),
                DuplicatePolicy.SKIP, after).entries().get(0).matchId());

        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(1, done.imported(), "Ana as a new lead, as chosen for her row alone: " + done.line());
        assertEquals(1, done.skipped(), "Tom, who came in meanwhile");
        assertEquals(3, leads().size());
    }
}
