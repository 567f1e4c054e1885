package app.ember.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail-merge file, read back as a spreadsheet or a word processor would read it. */
class MailingCsvTest {
    private static final PostalAddress KRAKOW = new PostalAddress("ul. Floriańska 12/4", "Oficyna", "Kraków", "",
            "31-019", "PL");
    private static final PostalAddress CHICAGO = new PostalAddress("410 N Michigan Ave", "Suite 200", "Chicago", "IL",
            "60611", "US");

    @TempDir
    Path folder;

    @Test
    void oneRowPerPieceUnderTheMailMergeHeaderWithAccentsIntact() throws IOException {
        Path file = folder.resolve("mailing.csv");
        List<Recipient> recipients = List.of(
                new Recipient(List.of(1L), List.of("Łucja Wróbel"), null, "Kwiaciarnia \"Żółć\", Kraków", KRAKOW),
                new Recipient(List.of(2L, 3L), List.of("Anna Smith", "Tom Smith"), "Anna & Tom Smith", "", CHICAGO),
                new Recipient(List.of(4L), List.of("Ólafur Þórsson"), null, "", new PostalAddress("Laugavegur 22", "",
                        "Reykjavík", "", "101", "IS")));

        MailingCsv.write(recipients, file);

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "a UTF-8 byte order mark, for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("\r\n"), "CRLF rows");
        List<CSVRecord> rows = parse(new StringReader(text));
        assertEquals(List.of("FirstName", "LastName", "Company", "Address1", "Address2", "City", "State", "PostalCode",
                "Country"), rows.get(0).getParser().getHeaderNames());
        assertEquals(3, rows.size());
        assertEquals(List.of("Łucja", "Wróbel", "Kwiaciarnia \"Żółć\", Kraków", "ul. Floriańska 12/4", "Oficyna",
                "Kraków", "", "31-019", "Poland"), rows.get(0).toList());
        assertEquals(List.of("Anna & Tom", "Smith", "", "410 N Michigan Ave", "Suite 200", "Chicago", "IL", "60611",
                "United States"), rows.get(1).toList());
        assertEquals("Ólafur", rows.get(2).get("FirstName"));
        assertEquals("Þórsson", rows.get(2).get("LastName"));
        assertEquals("Reykjavík", rows.get(2).get("City"));
    }

    @Test
    void namesSplitSoThatFirstAndLastGiveTheNameLine() {
        assertSplit("Maria", "de la Cruz", person(List.of("Maria de la Cruz"), null));
        assertSplit("Anna", "van der Berg", person(List.of("Anna van der Berg"), null));
        assertSplit("Jean-Luc", "Picard", person(List.of("Jean-Luc Picard"), null));
        assertSplit("Cher", "", person(List.of("Cher"), null));
        assertSplit("Anna Smith & Tom Jones", "", person(List.of("Anna Smith", "Tom Jones"), null));
        assertSplit("The Smith family", "", person(List.of("Anna Smith", "Tom Smith"), "The Smith family"));
        assertSplit("Anna, Tom & Lea", "Smith", person(List.of("Anna Smith", "Tom Smith", "Lea Smith"),
                "Anna, Tom & Lea Smith"));
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = folder.resolve("mailing.csv");
        Files.writeString(file, "an older file");

        MailingCsv.write(List.of(), file);

        assertEquals("\uFEFFFirstName,LastName,Company,Address1,Address2,City,State,PostalCode,Country\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private static Recipient person(List<String> names, String addressee) {
        return new Recipient(List.of(1L), names, addressee, "", KRAKOW);
    }

    private static void assertSplit(String first, String last, Recipient recipient) {
        assertArrayEquals(new String[] {first, last}, MailingCsv.firstAndLast(recipient), recipient.addressee());
    }

    private static List<CSVRecord> parse(Reader reader) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    /** Issue 16: the merge file agrees with the labels on postcodes and on the country line. */
    @Test
    void postcodesAreWrittenAsLabelsPrintThemAndDomesticRowsHaveNoCountry() {
        Recipient london = new Recipient(List.of(1L), List.of("Ann Lee"), null, "",
                new PostalAddress("10 Downing St", "", "London", "", "sw1a2aa", "GB"));
        Recipient chicago = new Recipient(List.of(2L), List.of("Bo Day"), null, "", CHICAGO);

        assertEquals(List.of("Ann", "Lee", "", "10 Downing St", "", "London", "", "SW1A 2AA", ""),
                MailingCsv.row(london, "GB"));
        assertEquals("United States", MailingCsv.row(chicago, "GB").get(8));
        assertEquals("United Kingdom", MailingCsv.row(london, "").get(8), "no home country: every row names its own");
    }
}
