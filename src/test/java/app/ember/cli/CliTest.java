package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dataDir;

    private static Run run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void demoThenListAsJsonGivesTheSampleLeadsHottestFirst() throws Exception {
        Run demo = run("--data-dir", dataDir.toString(), "demo");
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(demo.out().startsWith("Loaded 60 sample leads"), demo.out());

        Run list = run("--data-dir", dataDir.toString(), "list", "--format", "json");
        assertEquals(0, list.exitCode(), list.err());
        JsonNode leads = new ObjectMapper().readTree(list.out());
        assertEquals(60, leads.size());
        for (String field : List.of("id", "name", "company", "temperature", "email", "phone")) {
            assertTrue(leads.get(0).has(field), "field " + field);
        }
        assertEquals("hot", leads.get(0).get("temperature").asText());
        assertTrue(leads.get(0).get("sameDay").asBoolean(), "same-day hot leads come first");
        int lastRank = 0;
        for (JsonNode lead : leads) {
            int rank = List.of("hot", "warm", "cool", "cold").indexOf(lead.get("temperature").asText());
            assertTrue(rank >= lastRank, "hottest first, broken at " + lead);
            lastRank = rank;
        }
    }

    @Test
    void listFiltersByTemperatureInEveryFormat() throws Exception {
        run("--data-dir", dataDir.toString(), "demo");
        Run json = run("--data-dir", dataDir.toString(), "list", "--temperature", "warm,cold", "--format", "json");
        JsonNode leads = new ObjectMapper().readTree(json.out());
        assertFalse(leads.isEmpty());
        leads.forEach(l -> assertTrue(List.of("warm", "cold").contains(l.get("temperature").asText())));

        Run csv = run("--data-dir", dataDir.toString(), "list", "--temperature", "hot", "--format", "csv");
        String[] lines = csv.out().split("\r?\n");
        assertEquals("id,name,company,temperature,sameDay,status,email,phone,city,country,lastContact,nextFollowUp",
                lines[0]);
        assertEquals(12, lines.length - 1, "twelve hot sample leads");

        Run text = run("--data-dir", dataDir.toString(), "list", "--temperature", "cold");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().lines().skip(1).allMatch(line -> line.contains(" cold ")), text.out());
    }

    @Test
    void demoRefusesABookThatHasLeads() {
        run("--data-dir", dataDir.toString(), "demo");
        Run again = run("--data-dir", dataDir.toString(), "demo");
        assertEquals(2, again.exitCode());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("already holds 60 leads"), again.err());
    }

    @Test
    void anUnknownOptionIsBadUsageInOneLine() {
        Run run = run("--data-dir", dataDir.toString(), "list", "--colour", "red");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--colour"), run.err());
    }

    @Test
    void aBadTemperatureOrFormatIsBadInputNamingTheField() {
        Run temperature = run("--data-dir", dataDir.toString(), "list", "--temperature", "lukewarm");
        assertEquals(2, temperature.exitCode());
        assertTrue(temperature.err().contains("--temperature: temperature 'lukewarm' is not known"), temperature.err());
        Run format = run("--data-dir", dataDir.toString(), "list", "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("--format 'xml'"), format.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"demo", "--help"},
                new String[] {"list", "--help"})) {
            Run run = run(args);
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage:"), run.out());
        }
    }

    @Test
    void noCommandOpensTheWindowOnTheDataDir() {
        List<Object[]> calls = new ArrayList<>();
        int code = Cli.run(new String[] {"--data-dir", dataDir.toString(), "--smoke"}, (dir, smoke) -> {
            calls.add(new Object[] {dir.dataDir(), smoke});
            return 0;
        });
        assertEquals(0, code);
        assertEquals(1, calls.size());
        assertEquals(dataDir, calls.get(0)[0]);
        assertEquals(true, calls.get(0)[1]);
    }

    @Test
    void aSharedBookAddressThatDoesNotReadIsBadInputNamingTheOption() {
        Run password = run("--data-dir", dataDir.toString(), "--database", "postgresql://sam:secret@host/db", "list");
        assertEquals(2, password.exitCode());
        assertTrue(password.err().contains("--database:") && password.err().contains("PGPASSWORD"), password.err());
        assertFalse(password.err().contains("secret"), password.err());
        Run unknown = run("--data-dir", dataDir.toString(), "list", "--database", "postgresql://sam@h/db?colour=red");
        assertEquals(2, unknown.exitCode(), unknown.err());
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineAndExitOne() {
        // Port 1 on this machine: nothing listens there.
        Run run = run("--data-dir", dataDir.toString(), "--database", "postgresql://sam@127.0.0.1:1/db", "list");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ember: cannot reach the server of postgresql://sam@127.0.0.1:1/db"), run.err());
    }
}
