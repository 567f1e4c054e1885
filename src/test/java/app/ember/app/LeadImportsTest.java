package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.Table;
import app.ember.store.Database;
import app.ember.store.ImportBook;
import app.ember.store.ImportCancelledException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import both faces use, without either: a table planned against the book, then written all or nothing. */
class LeadImportsTest {
    @TempDir
    Path dataDir;
    private Services services;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
                ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Table leads() {
        return Table.of("leads.csv", List.of("First Name", "Last Name", "E-mail", "City", "ZIP"), List.of(
                List.of("Anna", "Smith", "anna@example.com", "Bath", "BA1 1AA"),
                List.of("Bob", "Jones", "bob@", "Bath", "BA2 2BB")));
    }

    @Test
    void aPlanChangesNothingSaysItsProblemsInWordsAndTheRunWritesWithTheDefaultCountry() {
        Table table = leads();
        ImportPlan plan = services.imports().plan(table, ColumnMapping.guess(table), null, "GB",
                DuplicatePolicy.SKIP);
        assertEquals(2, plan.count(ImportPlan.Action.ADD), "a doubtful e-mail does not refuse the row");
        assertEquals(0, services.leadBook().count(LeadQuery.all()), "planning writes nothing");
        String words = LeadImports.words(plan.problems().get(0).problem());
        assertTrue(words.contains("bob@") && !words.startsWith("import."), words);

        ImportSummary done = services.imports().run(plan, ImportBook.Progress.NONE, () -> false);
        assertEquals(2, done.imported());
        List<LeadRow> rows = services.leadBook().page(LeadQuery.all(), 0, 10);
        assertEquals(2, rows.size());
        assertEquals("GB", services.leadBook().details(rows.get(0).id()).orElseThrow().lead().address().countryCode(),
                "the default country for rows without one");
    }

    @Test
    void planningAgainAfterTheRunFindsTheRowsThereAndACancelledRunLeavesTheBookAsItWas() {
        Table table = Table.of("leads.csv", List.of("First Name", "Last Name", "E-mail"), List.of(
                List.of("Anna", "Smith", "anna@example.com"), List.of("Chloé", "Lefèvre", "chloe@example.fr")));
        ColumnMapping columns = ColumnMapping.guess(table);
        services.imports().run(services.imports().plan(table, columns, null, "", DuplicatePolicy.SKIP),
                ImportBook.Progress.NONE, () -> false);
        ImportPlan again = services.imports().plan(table, columns, null, "", DuplicatePolicy.SKIP);
        assertEquals(2, again.count(ImportPlan.Action.SKIP), "the same file twice brings no lead in twice");

        ImportPlan asNew = services.imports().plan(table, columns, null, "", DuplicatePolicy.NEW);
        assertThrows(ImportCancelledException.class,
                () -> services.imports().run(asNew, ImportBook.Progress.NONE, () -> true));
        assertEquals(2, services.leadBook().count(LeadQuery.all()), "cancelled: nothing written");
    }

    @Test
    void theHomeCountryIsTheReturnAddresssAndEmptyUntilOneIsSet() {
        assertEquals("", services.imports().homeCountry());
    }
}
