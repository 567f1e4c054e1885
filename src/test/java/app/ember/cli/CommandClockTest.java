package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import app.ember.domain.Clocks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the command line asks the clock it is handed, never the machine's, so "today" in a command is
 * the test's day (a birthday after today is refused; the same date is fine once that day has passed).
 */
class CommandClockTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    @TempDir
    Path dataDir;

    private static Clock day(String date) {
        return Clocks.fixed(date, ZONE).orElseThrow();
    }

    @Test
    void leadAddChecksABirthdayAgainstTheCommandsClock() {
        Run before = CliRunner.runAt(day("2098-01-01"), dataDir, "lead", "add", "--name", "Ada Lane",
                "--birthday", "2098-05-05");
        assertEquals(Cli.BAD_INPUT, before.exitCode(), before.out() + before.err());
        assertTrue(before.err().contains("--birthday"), before.err());

        Run after = CliRunner.runAt(day("2099-01-01"), dataDir, "lead", "add", "--name", "Ada Lane",
                "--birthday", "2098-05-05");
        assertEquals(0, after.exitCode(), after.err());
    }

    @Test
    void aLeadAddedOnTheCommandsDayIsCreatedThatDay() throws Exception {
        Run add = CliRunner.runAt(day("2031-02-03"), dataDir, "lead", "add", "--name", "Ben Ode");
        assertEquals(0, add.exitCode(), add.err());
        Run show = CliRunner.runAt(day("2031-02-03"), dataDir, "lead", "show", add.out().strip(), "--format", "json");
        assertEquals(0, show.exitCode(), show.err());
        String created = new com.fasterxml.jackson.databind.ObjectMapper().readTree(show.out()).get("created").asText();
        assertTrue(created.startsWith("2031-02-03"), created);
    }
}
