package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadImport;
import app.ember.domain.LeadQuery;
import app.ember.domain.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into the data dir's book leaves its leads' search words waiting (issue 14, import speed: they
 * were most of its write) and {@link SearchBacklog} moves them into the word index afterwards. What must
 * hold: the import writes no word row; a search finds every lead meanwhile and never by a word it no
 * longer has; the words arrive whole; a book opened with words waiting finishes them.
 */
class SearchBacklogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final List<String> HEADER = List.of("First name", "Last name", "E-mail", "Phone", "City", "Tags",
            "Notes");

    /** A few leads a slice, so that a hundred make many. */
    private static final int SLICE = 30;

    @TempDir
    Path dataDir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        database.searchBacklog().sliceOf(SLICE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void importPeople(int count, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of("Zoë" + prefix + i, "Brontë-" + prefix + i, prefix + i + "@example.com",
                    "0117 496 " + (1000 + i), i % 2 == 0 ? "Kraków" : "Bath", "wedding", "Wants peonies " + prefix + i));
        }
        Table table = Table.of("people.csv", HEADER, rows);
        LeadImport.Result read = new LeadImport(CLOCK.instant(), CLOCK.getZone()).read(table, ColumnMapping.guess(table),
                null, null);
        ImportBook book = new ImportBook(database, CLOCK, FollowUpPolicy::defaults);
        assertEquals(count, book.run(book.plan(read, DuplicatePolicy.SKIP), ImportBook.Progress.NONE, () -> false)
                .imported());
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private int found(String search) {
        return new LeadBook(database).count(LeadQuery.all().withSearch(search));
    }

    @Test
    void anImportWritesNoWordRowAndEachLeadsWordsWaitInOneRow() {
        importPeople(SLICE * 3 + 15, "a");
        assertEquals(0, (int) database.<Integer>read(c -> count(c, "SELECT COUNT(*) FROM lead_words")));
        assertEquals(SLICE * 3 + 15, database.searchBacklog().waiting());
        // Found meanwhile by every kind of word: names with their accents or without, e-mail, phone, town, tag, note.
        for (String term : List.of("Zoëa7", "zoea7", "bronte-a7", "a7@example", "01174961007", "0117 496 1007",
                "krakow", "wedding", "peonies")) {
            assertTrue(found(term) > 0, "found by " + term + " while its words wait");
        }
        assertEquals(1, found("a12@example.com"));
        assertEquals(1, found("a12@example.com peonies"), "two words, both waiting");
    }

    @Test
    void theWaitingWordsArriveInTheIndexWholeAndNoneIsLeftWaiting() {
        importPeople(SLICE * 2 + 3, "b");
        Map<Long, Set<String>> before = database.read(ImportWriteTest::words);
        database.searchBacklog().finish();
        assertEquals(0, database.searchBacklog().waiting());
        Map<Long, Set<String>> indexed = database.read(ImportWriteTest::indexed);
        assertEquals(before, indexed, "the same words, now in the index");
        Map<Long, Set<String>> rebuilt = database.write(c -> {
            for (long id : indexed.keySet()) {
                SearchIndex.refresh(c, id);
            }
            return ImportWriteTest.indexed(c);
        });
        assertEquals(rebuilt, indexed, "the words a lead rebuilt on its own has");
        assertEquals(1, found("zoeb62"));
    }

    @Test
    void anEditBeforeTheWordsMoveLeavesNoStaleWordBehind() {
        importPeople(3, "c");
        LeadBook leads = new LeadBook(database, CLOCK, FollowUpPolicy.defaults());
        long id = new LeadBook(database).page(LeadQuery.all().withSearch("zoec1"), 0, 10).get(0).id();
        Lead opened = leads.details(id).orElseThrow().lead();
        leads.update(opened, opened.toBuilder().firstName("Yvonne").build(), "", "");
        assertEquals(0, found("zoec1"), "the old first name no longer finds the lead");
        assertEquals(1, found("yvonne"));
        database.searchBacklog().finish();
        assertEquals(0, found("zoec1"), "nor once the other words have moved");
        assertEquals(1, found("yvonne"));
        assertEquals(1, found("peonies c1"), "its other words stay");
    }

    @Test
    void aBookOpenedWithWordsWaitingMovesThemThere() {
        importPeople(40, "d");
        database.close();
        database = Database.open(dataDir);
        database.searchBacklog().sliceOf(SLICE);
        database.searchBacklog().finish();
        assertEquals(0, database.searchBacklog().waiting());
        assertEquals(40, database.read(ImportWriteTest::indexed).size());
        assertEquals(1, found("zoed39"));
    }

    @Test
    void aLeadDeletedForGoodTakesItsWaitingWordsWithIt() {
        importPeople(2, "e");
        database.write(c -> c.createStatement().executeUpdate("DELETE FROM leads WHERE first_name = 'Zoëe0'"));
        assertEquals(1, database.searchBacklog().waiting());
        database.searchBacklog().finish();
        assertEquals(1, database.read(ImportWriteTest::indexed).size());
    }
}
