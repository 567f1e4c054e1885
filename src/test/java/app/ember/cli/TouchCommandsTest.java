package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** log and timeline, as a user types them. */
class TouchCommandsTest {
    @TempDir
    Path dataDir;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private String newLead() {
        Run add = run("lead", "add", "--name", "Hanna Berg", "--temperature", "hot");
        assertEquals(0, add.exitCode(), add.err());
        return add.out().strip();
    }

    @Test
    void aLoggedTouchTopsTheTimeline() throws Exception {
        String id = newLead();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(30);
        Run log = run("log", id, "--channel", "call", "--outcome", "reached", "--note", "Wants peonies",
                "--minutes", "12", "--at", at.toString());
        assertEquals(0, log.exitCode(), log.err());
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        Instant next = at.atZone(zone).toLocalDate().plusDays(3).atTime(9, 0).atZone(zone).toInstant();
        assertTrue(log.out().contains("next follow-up " + next), "hot: every 3 days, at nine; " + log.out());
        JsonNode timeline = new ObjectMapper().readTree(run("timeline", id, "--format", "json").out());
        assertEquals(2, timeline.size());
        JsonNode top = timeline.get(0);
        assertEquals("interaction", top.get("kind").asText());
        assertEquals("call", top.get("channel").asText());
        assertEquals("reached", top.get("outcome").asText());
        assertEquals("Wants peonies", top.get("note").asText());
        assertEquals(at.toString(), top.get("at").asText());
        assertEquals(12, top.get("minutes").asInt());
        assertEquals("temperature", timeline.get(1).get("kind").asText());
        assertTrue(timeline.get(1).get("channel").isNull());
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        String id = newLead();
        for (String[] bad : List.of(new String[] {"log", id, "--channel", "fax", "--outcome", "reached"},
                new String[] {"log", id, "--channel", "call", "--outcome", "maybe"},
                new String[] {"log", id, "--channel", "call", "--outcome", "reached", "--at", "yesterday"},
                new String[] {"log", id, "--channel", "call", "--outcome", "reached", "--at", "2999-01-01T10:00"},
                new String[] {"log", "424242", "--channel", "call", "--outcome", "reached"},
                new String[] {"timeline", "424242"})) {
            Run run = run(bad);
            assertEquals(2, run.exitCode(), String.join(" ", bad));
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        assertEquals(1, new ObjectMapper().readTree(run("timeline", id, "--format", "json").out()).size());
    }
}
