package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mailing commands' settings and their mistakes caught before anything is printed, and
 * do-not-mail on lead add and lead show. (What needs the label templates and the PDFs is in
 * {@link MailPrintCommandsTest}.)
 */
class MailCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private static void assertBadInput(Run run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void mailSettingsWithNothingPrintsTheDefaults() {
        Run settings = run("mail-settings");
        assertEquals(0, settings.exitCode(), settings.err());
        assertEquals(List.of("Sender: none (postcards print no return address)",
                "Printer offset: 0.0 mm right, 0.0 mm down"), settings.out().strip().lines().toList());
    }

    @Test
    void mailSettingsChangeOnlyWhatIsGivenAndAreKept() {
        Run saved = run("mail-settings", "--sender-name", "Rosa's Flowers", "--line1", "12 Market St", "--city",
                "Portland", "--region", "OR", "--postcode", "97211", "--country", "us", "--offset-x", "1.5",
                "--offset-y", "-0.75");
        assertEquals(0, saved.exitCode(), saved.err());
        assertEquals(List.of("Saved.", "Sender: Rosa's Flowers", "  12 Market St", "  Portland, OR 97211",
                "  United States", "Printer offset: 1.5 mm right, -0.75 mm down"), saved.out().strip().lines().toList());

        Run moved = run("mail-settings", "--offset-x", "-2");
        assertEquals(0, moved.exitCode(), moved.err());
        assertTrue(moved.out().contains("Sender: Rosa's Flowers"), moved.out());
        assertTrue(moved.out().contains("Printer offset: -2.0 mm right, -0.75 mm down"), moved.out());

        Run shown = run("mail-settings");
        assertFalse(shown.out().contains("Saved."), "nothing given, nothing saved");
        assertTrue(shown.out().contains("  Portland, OR 97211"), shown.out());

        Run cleared = run("mail-settings", "--clear-sender");
        assertTrue(cleared.out().contains("Sender: none"), cleared.out());
        assertTrue(cleared.out().contains("-2.0 mm right"), "the offset stays: " + cleared.out());
    }

    @Test
    void mailSettingsRefuseWhatTheFormWouldRefuseAndKeepWhatWasThere() {
        assertBadInput(run("mail-settings", "--offset-x", "25"), "--offset-x 25.0 is out of range; expected -20 to 20 mm");
        assertBadInput(run("mail-settings", "--offset-y", "-20.5"), "--offset-y -20.5 is out of range");
        assertBadInput(run("mail-settings", "--country", "UK"), "--country: 'UK' is not a two-letter country code");
        assertBadInput(run("mail-settings", "--postcode", "90210", "--country", "GB"),
                "--postcode: '90210' is not a postcode of GB");
        assertBadInput(run("mail-settings", "--postcode", "90210"), "--country: A postcode needs a country");
        assertBadInput(run("mail-settings", "--sender-name", "x".repeat(101)), "--sender-name: the name is longer");
        assertTrue(run("mail-settings").out().contains("Sender: none"));
    }

    @Test
    void theMailingCommandsNameAWrongOptionBeforeReadingAnything() {
        Path pdf = out.resolve("labels.pdf");
        assertBadInput(run("labels", "--template", "avery-5160", "--out", pdf.toString(), "--sort", "zip"),
                "--sort: sort 'zip' is not known");
        assertBadInput(run("postcards", "--template", "avery-5389", "--out", pdf.toString(), "--temperature", "tepid"),
                "--temperature: temperature 'tepid' is not known");
        assertBadInput(run("mailing-list", "--out", pdf.toString(), "--status", "maybe"), "--status:");
        assertBadInput(run("labels", "--template", "avery-5160", "--out", pdf.toString(), "--start", "0"),
                "--start 0 is out of range");
        assertBadInput(run("mailing-list", "--out", out.resolve("list.txt").toString()),
                "must end in .csv (mail merge) or .pdf");
        assertBadInput(run("labels", "--template", "avery-5160", "--out", pdf.toString(), "--log-sent", "x".repeat(201)),
                "--log-sent: the campaign name is longer than 200 characters");
        Run noTemplate = run("labels", "--out", pdf.toString());
        assertEquals(2, noTemplate.exitCode());
        assertTrue(noTemplate.err().contains("--template"), noTemplate.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistIsNamedAndExitsOne() {
        String missing = out.resolve("no-such-folder").resolve("cards.pdf").toString();
        for (String[] args : List.of(new String[] {"labels", "--template", "avery-5160", "--out", missing},
                new String[] {"postcards", "--template", "avery-5389", "--out", missing},
                new String[] {"mailing-list", "--out", missing},
                new String[] {"alignment", "--template", "avery-5160", "--out", missing})) {
            Run run = run(args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().contains("cannot write " + missing + ": its folder does not exist"), run.err());
        }
    }

    @Test
    void doNotMailIsSetByLeadAddAndShownByLeadShow() throws Exception {
        Run add = run("lead", "add", "--name", "Hanna Berg", "--line1", "Hauptstraße 5", "--city", "Berlin",
                "--postcode", "10115", "--country", "DE", "--do-not-mail");
        assertEquals(0, add.exitCode(), add.err());
        String id = add.out().strip();
        JsonNode lead = new ObjectMapper().readTree(run("lead", "show", id, "--format", "json").out());
        assertTrue(lead.get("doNotMail").asBoolean());
        assertTrue(run("lead", "show", id).out().contains("post: do not mail"));

        String other = run("lead", "add", "--name", "Tom Berg").out().strip();
        assertFalse(new ObjectMapper().readTree(run("lead", "show", other, "--format", "json").out())
                .get("doNotMail").asBoolean());
        assertFalse(run("lead", "show", other).out().contains("do not mail"));
    }

    @Test
    void aPostcardSentByHandIsLoggedWithTheSentOutcome() throws Exception {
        String id = run("lead", "add", "--name", "Hanna Berg", "--temperature", "warm").out().strip();
        Run log = run("log", id, "--channel", "postcard", "--outcome", "sent", "--note", "Spring card");
        assertEquals(0, log.exitCode(), log.err());
        JsonNode top = new ObjectMapper().readTree(run("timeline", id, "--format", "json").out()).get(0);
        assertEquals("sent", top.get("outcome").asText());
        assertEquals("postcard", top.get("channel").asText());
    }

    @Test
    void theHelpListsTheMailingCommands() {
        String help = CliRunner.run("--help").out();
        for (String command : List.of("labels", "postcards", "mailing-list", "alignment", "mail-settings")) {
            assertTrue(help.contains(command), command + " in " + help);
        }
    }
}
