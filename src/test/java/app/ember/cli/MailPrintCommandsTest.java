package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.cli.CliRunner.Run;
import app.ember.domain.LeftOut;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * labels, postcards, mailing-list and alignment end to end: the files written, the counts, who was
 * left out, the postcards logged. These need the label templates and the PDF and CSV writers
 * (LabelTemplates, MailDocuments, MailingCsv).
 */
class MailPrintCommandsTest {
    private static final Pattern WROTE_LABELS = Pattern.compile(
            "Wrote (.+): (\\d+) labels? on (\\d+) sheets? of avery-5160, for (\\d+) leads?\\.");

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private String add(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "lead";
        all[1] = "add";
        System.arraycopy(args, 0, all, 2, args.length);
        Run add = run(all);
        assertEquals(0, add.exitCode(), add.err());
        return add.out().strip();
    }

    private String addAtHome(String name, String... more) {
        String[] args = new String[more.length + 10];
        System.arraycopy(new String[] {"--name", name, "--line1", "12 Oak St", "--city", "London", "--postcode",
                "SW1A 1AA", "--country", "GB"}, 0, args, 0, 10);
        System.arraycopy(more, 0, args, 10, more.length);
        return add(args);
    }

    /** What the mailing service selects, read after the command closed the data dir. */
    private MailingSelection expected() {
        try (Services services = Services.open(dataDir)) {
            return services.mailBook().selectByTemperature(null, false, MailSort.POSTCODE);
        }
    }

    private static boolean isPdf(Path file) throws Exception {
        return Files.exists(file) && new String(Files.readAllBytes(file), 0, 5).startsWith("%PDF-");
    }

    @Test
    void labelsOfTheSampleBookSayHowManyWentInAndWhoWasLeftOutAndWhy() throws Exception {
        assertEquals(0, run("demo").exitCode());
        String asked = addAtHome("Dora Nomail", "--temperature", "warm", "--do-not-mail");
        Path pdf = out.resolve("labels.pdf");

        Run labels = run("labels", "--template", "avery-5160", "--out", pdf.toString());
        assertEquals(0, labels.exitCode(), labels.err());
        assertTrue(isPdf(pdf));
        Matcher wrote = WROTE_LABELS.matcher(labels.out().lines().findFirst().orElseThrow());
        assertTrue(wrote.matches(), labels.out());
        MailingSelection expected = expected();
        assertEquals(expected.included().size(), Integer.parseInt(wrote.group(2)));
        assertEquals((expected.included().size() + 29) / 30, Integer.parseInt(wrote.group(3)));
        assertEquals(expected.includedLeads(), Integer.parseInt(wrote.group(4)));
        assertTrue(labels.out().contains("  #" + asked + " Dora Nomail: do not mail (asked not to be sent post)"),
                labels.out());
        for (LeftOut lead : expected.leftOut()) {
            assertTrue(labels.out().contains("  #" + lead.leadId() + " " + lead.name() + ": "), labels.out());
        }
        assertTrue(labels.out().contains("Left out " + expected.leftOut().size() + " lead"), labels.out());
    }

    @Test
    void planWeekMailsTheLeadsWhosePlannedActionIsAPostcard() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Run plan = run("plan", "--format", "json");
        JsonNode actions = new ObjectMapper().readTree(plan.out());
        java.util.Set<Long> postcardLeads = new java.util.HashSet<>();
        for (JsonNode action : actions) {
            String channel = action.get("channel").asText();
            if (channel.equals("postcard") || channel.equals("letter")) {
                postcardLeads.add(action.get("leadId").asLong());
            }
        }
        Path pdf = out.resolve("week.pdf");
        Run cards = run("postcards", "--template", "avery-5389", "--out", pdf.toString(), "--plan-week");
        assertEquals(0, cards.exitCode(), cards.err());
        assertTrue(cards.out().contains("for " + postcardLeads.size() + " lead"), postcardLeads + " " + cards.out());

        Run bad = run("labels", "--template", "avery-5160", "--out", pdf.toString(), "--plan-week", "2026-48");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--plan-week '2026-48' is not a week like 2026-W48"), bad.err());
    }

    @Test
    void logSentRecordsTheCampaignOnEveryIncludedLeadOnceTheFileIsWrittenAndSaysWhoMovesOn() throws Exception {
        String anna = addAtHome("Anna Smith");
        String asked = addAtHome("Dora Nomail", "--do-not-mail");
        String caller = addAtHome("Carl Caller", "--phone", "+44 20 7946 0000");
        Path pdf = out.resolve("cards.pdf");
        Run postcards = run("postcards", "--template", "avery-5389", "--out", pdf.toString(), "--log-sent",
                "Spring 2027");
        assertEquals(0, postcards.exitCode(), postcards.err());
        assertTrue(isPdf(pdf));
        assertTrue(postcards.out().contains("2 postcards on 1 sheet of avery-5389, for 2 leads."), postcards.out());
        assertTrue(postcards.out().contains("Recorded Spring 2027 as sent to 2 leads: 1 moves on to the next step"
                + " (their planned action was this postcard or letter); 1 keeps their plan."), postcards.out());
        assertTrue(postcards.err().contains("no return address is set"), postcards.err());
        JsonNode top = new ObjectMapper().readTree(run("timeline", anna, "--format", "json").out()).get(0);
        assertEquals("postcard", top.get("channel").asText());
        assertEquals("sent", top.get("outcome").asText());
        assertEquals("Postcard sent: Spring 2027", top.get("note").asText(),
                "no phone: Anna's first response is the postcard, and the card is it");
        JsonNode call = new ObjectMapper().readTree(run("timeline", caller, "--format", "json").out()).get(0);
        assertEquals("Campaign: Spring 2027 (a mailing, not a follow-up: the plan is unchanged)",
                call.get("note").asText(), "Carl's first response is a call: the card does not replace it");
        JsonNode untouched = new ObjectMapper().readTree(run("timeline", asked, "--format", "json").out()).get(0);
        assertEquals("temperature", untouched.get("kind").asText(), "nothing logged on a lead left out");
    }

    @Test
    void mergedHouseholdsPrintOneLabelForSeveralLeads() {
        addAtHome("Anna Smith");
        addAtHome("Tom Smith");
        add("--name", "Eva Berg", "--line1", "1 Royal Mile", "--city", "Edinburgh", "--postcode", "EH1 1YZ",
                "--country", "GB");
        Run labels = run("labels", "--template", "avery-5160", "--out", out.resolve("l.pdf").toString(),
                "--merge-households", "--sort", "name");
        assertEquals(0, labels.exitCode(), labels.err());
        assertTrue(labels.out().contains(": 2 labels on 1 sheet of avery-5160, for 3 leads."), labels.out());
    }

    @Test
    void aStartPlaceFillsAPartlyUsedSheetFirst() {
        for (int i = 0; i < 3; i++) {
            addAtHome("Guest" + i + " Smith");
        }
        Run labels = run("labels", "--template", "avery-5160", "--out", out.resolve("l.pdf").toString(),
                "--start", "29");
        assertEquals(0, labels.exitCode(), labels.err());
        assertTrue(labels.out().contains(": 3 labels on 2 sheets of avery-5160"), labels.out());
    }

    @Test
    void anUnknownTemplateListsTheKnownOnesOfItsKind() {
        Run unknown = run("labels", "--template", "nope", "--out", out.resolve("l.pdf").toString());
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("--template 'nope' is not a known labels template; known: "), unknown.err());
        assertTrue(unknown.err().contains("avery-5160"), unknown.err());
        assertFalse(unknown.err().contains("avery-5389"), "postcards are not offered for labels: " + unknown.err());

        Run labelsAsCards = run("postcards", "--template", "avery-5160", "--out", out.resolve("p.pdf").toString());
        assertEquals(2, labelsAsCards.exitCode());
        assertTrue(labelsAsCards.err().contains("is not a known postcards template"), labelsAsCards.err());
        assertTrue(labelsAsCards.err().contains("avery-5389"), labelsAsCards.err());

        Run alignment = run("alignment", "--template", "nope", "--out", out.resolve("a.pdf").toString());
        assertEquals(2, alignment.exitCode());
        assertTrue(alignment.err().contains("avery-5160") && alignment.err().contains("avery-5389"), alignment.err());
    }

    @Test
    void aStartPastTheSheetIsBadInput() {
        Run start = run("labels", "--template", "avery-5160", "--out", out.resolve("l.pdf").toString(), "--start", "31");
        assertEquals(2, start.exitCode());
        assertTrue(start.err().contains("--start 31 is out of range; a sheet of avery-5160 has 30 places: 1 to 30"),
                start.err());
    }

    @Test
    void noOneToMailWritesNothingAndSaysWhy() {
        addAtHome("Dora Nomail", "--do-not-mail");
        Path pdf = out.resolve("none.pdf");
        Run labels = run("labels", "--template", "avery-5160", "--out", pdf.toString());
        assertEquals(0, labels.exitCode(), labels.err());
        assertTrue(labels.out().startsWith("No one to mail"), labels.out());
        assertTrue(labels.out().contains("Dora Nomail: do not mail"), labels.out());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theMailingListIsACsvForMailMergeOrAPdfToTickOff() throws Exception {
        addAtHome("Anna Smith");
        addAtHome("Tom Smith");
        add("--name", "Nobody Home");
        Path csv = out.resolve("list.csv");
        Run list = run("mailing-list", "--out", csv.toString(), "--merge-households");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains(": 1 address for 2 leads."), list.out());
        assertTrue(list.out().contains("Nobody Home: incomplete address (no street, town or country)"), list.out());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getParser().getHeaderNames().contains("PostalCode"));

        Path pdf = out.resolve("list.pdf");
        assertEquals(0, run("mailing-list", "--out", pdf.toString()).exitCode());
        assertTrue(isPdf(pdf));
    }

    @Test
    void theAlignmentPageIsMovedByTheSavedOffset() throws Exception {
        assertEquals(0, run("mail-settings", "--offset-x", "1.5").exitCode());
        Path pdf = out.resolve("align.pdf");
        Run alignment = run("alignment", "--template", "avery-5160", "--out", pdf.toString());
        assertEquals(0, alignment.exitCode(), alignment.err());
        assertTrue(alignment.out().contains("the alignment page of avery-5160, moved 1.5 mm right and 0.0 mm down"),
                alignment.out());
        assertTrue(isPdf(pdf));
    }

    @Test
    void aPieceThatDoesNotFitIsNamed() {
        add("--name", "Maximiliane " + "Oberhuber-".repeat(12) + "Schmidt", "--company", "Blumen ".repeat(40),
                "--line1", "Hauptstraße 5 " + "Hinterhaus ".repeat(25), "--city", "Berlin", "--postcode", "10115",
                "--country", "DE");
        Run labels = run("labels", "--template", "avery-5160", "--out", out.resolve("l.pdf").toString());
        assertEquals(0, labels.exitCode(), labels.err());
        assertTrue(labels.out().contains("Did not fit: Maximiliane Oberhuber-"), labels.out());
        assertTrue(labels.out().contains("lines do not fit on a 25.4 mm high label, even at 8 pt; left out, not printed"),
                labels.out());
        assertTrue(labels.out().contains(": 0 labels on 0 sheets of avery-5160"), labels.out());
    }

    /** Issue 16: postcards without a return address are printed, but not without a word. */
    @Test
    void postcardsWarnOnlyWhenThereIsNoReturnAddress() throws Exception {
        addAtHome("Anna Smith");
        Path pdf = out.resolve("cards.pdf");
        Run without = run("postcards", "--template", "avery-5389", "--out", pdf.toString());
        assertEquals(0, without.exitCode(), without.err());
        assertTrue(without.err().contains("Warning: no return address is set"), without.err());

        assertEquals(0, run("mail-settings", "--sender-name", "Rosa's Flowers", "--line1", "12 Market St", "--city",
                "Boston", "--region", "MA", "--postcode", "02108", "--country", "US").exitCode());
        Run with = run("postcards", "--template", "avery-5389", "--out", pdf.toString());
        assertEquals(0, with.exitCode(), with.err());
        assertFalse(with.err().contains("return address"), with.err());
    }
}
