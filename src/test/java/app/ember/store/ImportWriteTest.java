package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadImport;
import app.ember.domain.LeadQuery;
import app.ember.domain.Table;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
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
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the import's bulk write must keep however it is done (issue 14, import speed): the search words
 * of every imported lead are those the lead would have were it rebuilt alone (as a lead saved one by one
 * is), so a search finds it by every word; duplicates against the book and within the file; the touches'
 * attempt numbers and temperatures; and all or nothing.
 */
class ImportWriteTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final List<String> HEADER = List.of("First name", "Last name", "Company", "E-mail", "Phone",
            "City", "Tags", "Notes", "E-mail 2", "Phone 2");

    @TempDir
    Path dataDir;
    private Database database;
    private ImportBook book;

    /** The H2 book here; a PostgreSQL one in the OnPostgres subclass. */
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

    /** Rows of many words: names with accents, a company, e-mails and phones (two of each), towns, tags, notes. */
    private static List<List<String>> people(int count, String prefix) {
        String[] towns = {"Bath", "Saint-Étienne", "Zürich", "Kraków", "Leeds"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of("Zoë" + prefix + i, "Müller-" + prefix + i, i % 3 == 0 ? "Petal & Stem " + i : "",
                    prefix + i + "@example.com", "0117 496 " + (1000 + i), towns[i % towns.length],
                    "wedding, vip" + i % 4, "Wants peonies " + prefix + i + "; no lilies",
                    i % 2 == 0 ? "work" + prefix + i + "@firm.example" : "", i % 2 == 0 ? "07700 900" + (100 + i) : ""));
        }
        return rows;
    }

    private static LeadImport.Result read(List<List<String>> rows) {
        return read(rows, null, null);
    }

    private static LeadImport.Result read(List<List<String>> rows, Table history, ColumnMapping historyColumns) {
        Table table = Table.of("people.csv", HEADER, rows);
        return new LeadImport(CLOCK.instant(), CLOCK.getZone()).read(table, ColumnMapping.guess(table), history,
                historyColumns);
    }

    private ImportSummary importRows(List<List<String>> rows, DuplicatePolicy duplicates) {
        return book.run(book.plan(read(rows), duplicates), ImportBook.Progress.NONE, () -> false);
    }

    /** Every lead's search words as stored: lead id to its words. */
    private static Map<Long, Set<String>> words(Connection c) throws SQLException {
        Map<Long, Set<String>> words = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT lead_id, word FROM lead_words");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                words.computeIfAbsent(rows.getLong(1), k -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return words;
    }

    /** The words of these leads once each is rebuilt on its own, as a lead saved by hand is. */
    private Map<Long, Set<String>> rebuilt(Set<Long> ids) {
        return database.write(c -> {
            for (long id : ids) {
                SearchIndex.refresh(c, id);
            }
            return words(c);
        });
    }

    @Test
    void importedLeadsHaveTheSearchWordsOfALeadRebuiltOnItsOwn() {
        // More rows than one batch, so words gathered across batches are written together.
        ImportSummary done = importRows(people(ImportBook.BATCH + 37, "a"), DuplicatePolicy.SKIP);
        assertEquals(ImportBook.BATCH + 37, done.imported());
        Map<Long, Set<String>> imported = database.read(ImportWriteTest::words);
        assertEquals(ImportBook.BATCH + 37, imported.size(), "every imported lead has words");
        assertTrue(imported.values().stream().allMatch(w -> w.contains("peonies") && w.contains("wedding")),
                "notes and tags are searchable");
        assertEquals(rebuilt(imported.keySet()), imported);
    }

    /** Each lead whose kept arrival (V29) is not what its history gives: "id: kept != history". */
    private static List<String> arrivalsOffTheirHistory(Connection c) throws SQLException {
        List<String> off = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.arrived_temperature, (SELECT "
                + "COALESCE(t.from_temperature, t.to_temperature) FROM temperature_changes t WHERE t.lead_id = l.id "
                + "ORDER BY t.changed_at, t.id FETCH FIRST 1 ROWS ONLY) FROM leads l ORDER BY l.id");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(3) == null || !rows.getString(3).equals(rows.getString(2))) {
                    off.add(rows.getLong(1) + ": " + rows.getString(2) + " != " + rows.getString(3));
                }
            }
        }
        return off;
    }

    @Test
    void everyImportedLeadArrivesWithTheTemperatureItsHistoryGives() {
        // Written with the lead by the import, so the trigger that keeps it has nothing to write; a change
        // stored later and dated before it moves it still.
        importRows(people(ImportBook.BATCH + 5, "t"), DuplicatePolicy.SKIP);
        assertEquals(List.of(), database.read(ImportWriteTest::arrivalsOffTheirHistory));
        long first = database.read(c -> Long.parseLong(Sql.strings(c,
                "SELECT CAST(MIN(id) AS VARCHAR(20)) FROM leads").get(0)));
        database.write(c -> new TemperatureChangeStore().insert(c, new TemperatureChange(0, first,
                CLOCK.instant().minusSeconds(30L * 86_400), Temperature.COLD, Temperature.WARM, "before the import")));
        assertEquals(List.of(), database.read(ImportWriteTest::arrivalsOffTheirHistory));
        assertEquals(List.of("cold"), database.read(c -> Sql.strings(c,
                "SELECT arrived_temperature FROM leads WHERE id = ?", first)));
    }

    @Test
    void aSearchFindsEveryImportedLeadByEachOfItsWords() {
        importRows(people(40, "b"), DuplicatePolicy.SKIP);
        LeadBook leads = new LeadBook(database);
        for (String term : List.of("Zoëb7", "zoeb7", "müller-b7", "b7@example", "work", "firm.example", "01174961007",
                "07700900112", "Kraków", "krakow", "peonies", "vip3", "Petal")) {
            int found = leads.count(LeadQuery.all().withSearch(term));
            assertTrue(found > 0, "found by " + term);
        }
        assertEquals(1, leads.count(LeadQuery.all().withSearch("b12@example.com")));
        assertEquals(1, leads.count(LeadQuery.all().withSearch("work" + "b12@firm.example")),
                "found by its second e-mail");
    }

    @Test
    void aLeadALaterRowOfTheFileUpdatesKeepsTheWordsOfBothRows() {
        List<List<String>> rows = new ArrayList<>(people(3, "c"));
        // The same person again (same e-mail) with a new tag and note: updates the lead row 1 added.
        rows.add(List.of("Zoëc0", "Müller-c0", "", "c0@example.com", "", "", "anniversary", "Prefers tulips",
                "", ""));
        ImportSummary done = importRows(rows, DuplicatePolicy.UPDATE);
        assertEquals(3, done.imported());
        LeadBook leads = new LeadBook(database);
        assertEquals(1, leads.count(LeadQuery.all().withSearch("tulips")));
        assertEquals(1, leads.count(LeadQuery.all().withSearch("anniversary")));
        Map<Long, Set<String>> imported = database.read(ImportWriteTest::words);
        assertEquals(rebuilt(imported.keySet()), imported);
    }

    @Test
    void duplicatesAreFoundAgainstTheBookAndWithinTheFile() {
        importRows(people(30, "d"), DuplicatePolicy.SKIP);
        List<List<String>> again = new ArrayList<>(people(30, "d").subList(10, 30)); // 20 already in the book
        again.addAll(people(35, "d").subList(30, 35)); // 5 new
        again.add(people(35, "d").get(31)); // a new one twice in the file
        again.add(List.of("Someone", "Else", "", "", "0117 496 1012", "", "", "", "", "")); // another name: new
        ImportPlan plan = book.plan(read(again), DuplicatePolicy.SKIP);
        ImportSummary summary = plan.summary();
        assertEquals(6, summary.imported());
        assertEquals(21, summary.skipped());
        long byEmail = plan.entries().stream().filter(e -> e.matchId() != 0 && e.matchedBy().equals("email")).count();
        assertEquals(20, byEmail, "matched against the book by e-mail");
        assertTrue(plan.entries().stream().anyMatch(e -> e.sameAsRow() != 0), "a duplicate of an earlier row");
        ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(6, done.imported());
        assertEquals(36, new LeadBook(database).count(LeadQuery.all()));
    }

    @Test
    void importedTouchesGetTheirAttemptNumbersAndTemperatures() {
        List<List<String>> rows = people(3, "e");
        List<String> historyHeader = List.of("E-mail", "Date", "How", "Direction", "Outcome", "Notes");
        Table history = Table.of("history.csv", historyHeader, List.of(
                List.of("e0@example.com", "2026-10-03", "call", "out", "no_answer", ""),
                List.of("e0@example.com", "2026-10-01", "email", "out", "sent", "first"),
                List.of("e0@example.com", "2026-10-02", "call", "in", "reached", "called back"),
                List.of("e0@example.com", "2026-10-05", "postcard", "out", "sent", ""),
                List.of("e1@example.com", "2026-09-01", "call", "out", "reached", "")));
        List<ImportField> fields = List.of(ImportField.EMAIL, ImportField.DATE, ImportField.CHANNEL,
                ImportField.DIRECTION, ImportField.OUTCOME, ImportField.NOTE);
        ColumnMapping historyColumns = ColumnMapping.guessHistory(history);
        for (int i = 0; i < fields.size(); i++) {
            historyColumns = historyColumns.with(i, fields.get(i));
        }
        ImportPlan plan = book.plan(read(rows, history, historyColumns), DuplicatePolicy.SKIP);
        assertEquals(List.of(), plan.historyProblems());
        book.run(plan, ImportBook.Progress.NONE, () -> false);
        List<String> attempts = database.read(c -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT l.email, i.channel, i.direction, i.attempt, "
                    + "i.lead_temperature FROM interactions i JOIN leads l ON l.id = i.lead_id "
                    + "ORDER BY l.email, i.occurred_at");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int attempt = r.getInt(4);
                    String number = r.wasNull() ? "-" : String.valueOf(attempt);
                    lines.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + number + " "
                            + (r.getString(5) != null));
                }
            }
            return lines;
        });
        assertEquals(List.of("e0@example.com email out 1 true", "e0@example.com call in - true",
                "e0@example.com call out 2 true", "e0@example.com postcard out 3 true",
                "e1@example.com call out 1 true"), attempts);
        assertEquals(List.of(), database.read(TouchFactsOracle::mismatches));
    }

    @Test
    void aCancelledImportLeavesNeitherLeadsNorWords() {
        int[] asked = {0};
        ImportPlan plan = book.plan(read(people(ImportBook.BATCH * 2 + 5, "f")), DuplicatePolicy.SKIP);
        // Cancelled after every batch of leads was written, before the import's last step.
        assertThrows(ImportCancelledException.class, () -> book.run(plan, ImportBook.Progress.NONE,
                () -> ++asked[0] > 3));
        assertEquals(0, new LeadBook(database).count(LeadQuery.all()));
        assertTrue(database.read(ImportWriteTest::words).isEmpty());
        int tags = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM lead_tags");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
        assertEquals(0, tags);
    }

    @Test
    void aOneLetterWordIsNotKeptSinceNoSearchLooksForOne() {
        List<List<String>> rows = List.of(List.of("J", "Smith-g", "A & B Flowers", "j.smith@example.com",
                "+1 415 555 0142", "Bath", "", "A table for 2 at 5 pm", "", ""));
        assertEquals(1, importRows(rows, DuplicatePolicy.SKIP).imported());
        Set<String> words = database.read(ImportWriteTest::words).values().iterator().next();
        assertTrue(words.stream().noneMatch(w -> w.length() < 2), "one-letter words: " + words);
        assertTrue(words.containsAll(List.of("smith", "flowers", "table", "pm", "bath")), "the others: " + words);
        LeadBook leads = new LeadBook(database);
        for (String term : List.of("Smith", "j.smith@example.com", "Flowers", "415 555 0142", "pm")) {
            assertEquals(1, leads.count(LeadQuery.all().withSearch(term)), "found by " + term);
        }
    }
}
