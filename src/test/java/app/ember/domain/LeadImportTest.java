package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading rows into leads: several addresses in one row are kept apart. */
class LeadImportTest {
    private static final LeadImport READER = new LeadImport(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("UTC"));
    /** Outlook's export: the business address, then the home address. */
    private static final List<String> OUTLOOK = List.of("First Name", "Last Name", "Business Street", "Business City",
            "Business Postal Code", "Business Country/Region", "Home Street", "Home City", "Home Postal Code",
            "Home Country/Region");

    private static PostalAddress addressOf(List<String> row) {
        Table table = Table.of("contacts.csv", OUTLOOK, List.of(row));
        ImportRow read = READER.read(table, ColumnMapping.guess(table), null, null).rows().get(0);
        return read.details().lead().address();
    }

    @Test
    void theBusinessAddressWhenItHasAnything() {
        assertEquals(new PostalAddress("1 Rue de la Paix", "", "Paris", "", "75002", "FR"), addressOf(List.of("Chloé",
                "Lefèvre", "1 Rue de la Paix", "Paris", "75002", "France", "9 Elm Road", "Leeds", "LS1 6DT", "UK")));
    }

    @Test
    void theHomeAddressWholeWhenTheBusinessOneIsEmpty() {
        assertEquals(new PostalAddress("9 Elm Road", "", "Leeds", "", "LS1 6DT", "GB"), addressOf(List.of("Tom",
                "Smith", "", "", "", "", "9 Elm Road", "Leeds", "LS1 6DT", "UK")));
    }

    @Test
    void theFullestAddressWinsWholeOverAHalfBusinessOne() {
        // Only a business city: the complete home address is the lead's (issue 14: it used to be the city
        // alone), never mixed with the business one.
        assertEquals(new PostalAddress("9 Elm Road", "", "Leeds", "", "LS1 6DT", "GB"), addressOf(List.of("Ana",
                "Ruiz", "", "Paris", "", "", "9 Elm Road", "Leeds", "LS1 6DT", "UK")));
    }

    @Test
    void aSpreadsheetCellsWrappedLinesBecomeOneLineInAOneLineField() {
        Table table = Table.of("contacts.csv", List.of("First Name", "Last Name", "Company", "Notes"),
                List.of(List.of("Ann", "Smith", "Bloom &\nBranch\tLtd", "first line\nsecond line")));
        ImportRow row = READER.read(table, ColumnMapping.guess(table), null, null).rows().get(0);
        assertEquals(List.of(), row.problems());
        assertEquals("Bloom & Branch Ltd", row.details().lead().company());
        assertEquals("first line\nsecond line", row.details().notes().get(0).text(), "a note keeps its lines");
    }

    @Test
    void aNameWithAnEscapeSequenceComesInWithoutItMarkedNeedsALookSayingWhy() {
        Table table = Table.of("contacts.csv", List.of("First Name", "Last Name"),
                List.of(List.of("Eve\u001B[31m", "Smith")));
        ImportRow row = READER.read(table, ColumnMapping.guess(table), null, null).rows().get(0);
        assertEquals(1, row.problems().size(), row.problems().toString());
        assertEquals(new Problem("firstName", "problem.control", List.of("U+001B")), row.problems().get(0).problem());
        assertEquals("First Name", row.problems().get(0).column());
        assertEquals(RowProblem.Severity.LOOK, row.problems().get(0).severity(), "import is lenient: the row comes in");
        assertEquals("Eve[31m", row.details().lead().firstName(), "the escape character is out of the name");
    }
}
