package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list's filters and paging, lead add / lead show, advise: as a user types them. */
class LeadCommandsTest {
    @TempDir
    Path dataDir;

    /** Runs a command on this test's data dir. */
    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private JsonNode json(Run run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void leadAddStoresEverythingAndLeadShowPrintsIt() throws Exception {
        Run add = run("lead", "add", "--name", "Ana María Ruiz", "--email", "ana@example.es", "--temperature", "hot",
                "--country", "ES", "--city", "Madrid", "--line1", "Calle Mayor 1", "--postcode", "28013",
                "--tag", "wedding", "--tag", "VIP", "--preference", "favourite flowers=dahlias",
                "--note", "Met at the spring fair", "--need-by", "2027-05-20", "--stage", "quote_requested");
        assertEquals(0, add.exitCode(), add.err());
        long id = Long.parseLong(add.out().strip());
        JsonNode lead = json(run("lead", "show", String.valueOf(id), "--format", "json"));
        assertEquals("Ana María", lead.get("firstName").asText());
        assertEquals("Ruiz", lead.get("lastName").asText());
        assertEquals("hot", lead.get("temperature").asText());
        assertEquals("quote_requested", lead.get("stage").asText());
        assertEquals("2027-05-20", lead.get("dates").get("event").asText());
        assertEquals("ES", lead.get("address").get("country").asText());
        assertEquals(List.of("vip", "wedding"), List.of(lead.get("tags").get(0).asText(), lead.get("tags").get(1).asText()));
        assertEquals("dahlias", lead.get("preferences").get(0).get("value").asText());
        assertEquals("Met at the spring fair", lead.get("notes").get(0).get("text").asText());
        assertEquals("New lead", lead.get("temperatureHistory").get(0).get("reason").asText());
    }

    /** Issue 16: the address block as a label prints it, the country line only from abroad. */
    @Test
    void leadShowCarriesTheAddressAsTheLabelPrintsIt() throws Exception {
        Run add = run("lead", "add", "--name", "Giulia Bianchi", "--country", "IT", "--city", "Roma", "--region", "Roma",
                "--line1", "Via del Corso 1", "--postcode", "00186");
        assertEquals(0, add.exitCode(), add.err());
        String id = add.out().strip();
        JsonNode abroad = json(run("lead", "show", id, "--format", "json")).get("postalLines");
        assertEquals(List.of("Giulia Bianchi", "Via del Corso 1", "00186 ROMA RM", "ITALY"), texts(abroad));

        assertEquals(0, run("mail-settings", "--sender-name", "Fiori", "--line1", "Via Roma 2", "--city", "Milano",
                "--region", "MI", "--postcode", "20121", "--country", "IT").exitCode());
        JsonNode home = json(run("lead", "show", id, "--format", "json")).get("postalLines");
        assertEquals(List.of("Giulia Bianchi", "Via del Corso 1", "00186 ROMA RM"), texts(home));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void aBadFieldIsNamedAndNothingIsWritten() throws Exception {
        for (String[] bad : List.of(new String[] {"--name", "X Y", "--email", "x@@y"},
                new String[] {"--name", "X Y", "--country", "GB", "--postcode", "90210"},
                new String[] {"--name", "X Y", "--birthday", "2026-02-30"},
                new String[] {"--name", "X Y", "--phone", "call me maybe"},
                new String[] {"--name", "X Y", "--temperature", "tepid"},
                new String[] {"--email", "nameless@example.com"})) {
            String[] args = new String[bad.length + 2];
            args[0] = "lead";
            args[1] = "add";
            System.arraycopy(bad, 0, args, 2, bad.length);
            Run run = run(args);
            assertEquals(2, run.exitCode(), String.join(" ", bad) + ": " + run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("ember: --"), run.err());
        }
        assertEquals(0, json(run("list", "--format", "json")).size());
    }

    @Test
    void showingAnUnknownLeadIsBadInput() {
        Run run = run("lead", "show", "999");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("lead 999 does not exist"), run.err());
    }

    @Test
    void listFiltersSortsAndPagesInTheDatabase() throws Exception {
        run("demo");
        JsonNode won = json(run("list", "--status", "won", "--format", "json"));
        assertEquals(4, won.size());
        won.forEach(l -> assertEquals("won", l.get("status").asText()));
        JsonNode byName = json(run("list", "--sort", "name", "--format", "json"));
        JsonNode page = json(run("list", "--sort", "name", "--limit", "5", "--offset", "10", "--format", "json"));
        assertEquals(5, page.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(byName.get(10 + i).get("id").asLong(), page.get(i).get("id").asLong());
        }
        JsonNode found = json(run("list", "--search", "lefevre", "--format", "json"));
        assertEquals("Chloé Lefèvre", found.get(0).get("name").asText());
        JsonNode tagged = json(run("list", "--tag", "wedding", "--format", "json"));
        assertTrue(tagged.size() > 0);
        Run badSort = run("list", "--sort", "colour");
        assertEquals(2, badSort.exitCode());
        assertTrue(badSort.err().contains("--sort: sort 'colour' is not known"), badSort.err());
    }

    @Test
    void adviseListsOnlyLeadsWhoseSuggestionDiffers() throws Exception {
        run("lead", "add", "--name", "Quiet Quentin", "--temperature", "cold", "--stage", "quote_requested");
        run("lead", "add", "--name", "Settled Sam", "--temperature", "cold", "--stage", "cold_list");
        JsonNode advice = json(run("advise", "--format", "json"));
        assertEquals(1, advice.size());
        assertEquals("Quiet Quentin", advice.get(0).get("name").asText());
        assertEquals("hot", advice.get(0).get("suggested").asText());
        assertEquals("Asked for a quote or a consultation", advice.get(0).get("reason").asText());
    }
}
