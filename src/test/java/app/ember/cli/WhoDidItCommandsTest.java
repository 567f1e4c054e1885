package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who did it on the command line: a name set once or given with --as, leads assigned, --mine on list and plan. */
class WhoDidItCommandsTest {
    @TempDir
    Path dataDir;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private static List<String> ids(Run list) {
        return list.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void aNameIsSetOnceAndEachTouchAndNoteIsKeptUnderItOrUnderAsForOneCommand() {
        assertEquals(0, run("demo").exitCode());
        assertTrue(run("name").out().contains("no name set"), "none at first");
        Run set = run("name", "Sam Baker");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("Sam Baker", run("name").out().strip());
        assertEquals(0, run("log", "7", "--channel", "call", "--outcome", "reached", "--note", "Wants peonies").exitCode());
        assertEquals(0, run("--as", "Alex", "log", "7", "--channel", "email", "--outcome", "sent").exitCode());

        String timeline = run("timeline", "7", "--format", "json").out();
        assertTrue(timeline.contains("\"by\" : \"Sam Baker\""), timeline);
        assertTrue(timeline.contains("\"by\" : \"Alex\""), timeline);
        assertTrue(run("timeline", "7").out().contains("[Sam Baker]"));
        assertEquals(2, run("name", " ").exitCode(), "a blank name is refused");
    }

    @Test
    void leadsAreAssignedAndListAndPlanShowOnlyMine() {
        assertEquals(0, run("demo").exitCode());
        Run assign = run("--as", "Sam", "lead", "assign", "3", "5", "--me");
        assertEquals(0, assign.exitCode(), assign.err());
        assertTrue(assign.out().contains("2 leads assigned to Sam"), assign.out());
        assertEquals(0, run("lead", "assign", "6", "--to", "Alex").exitCode());

        assertEquals(List.of("3", "5"), ids(run("--as", "Sam", "list", "--mine", "--format", "csv")).stream().sorted().toList());
        assertEquals(List.of("6"), ids(run("--as", "Alex", "list", "--mine", "--format", "csv")));
        assertEquals(60, ids(run("list", "--format", "csv")).size(), "without --mine: everyone's");

        List<String> everyone = ids(run("plan", "--format", "csv"));
        List<String> sams = ids(run("--as", "Sam", "plan", "--mine", "--format", "csv"));
        assertTrue(everyone.stream().anyMatch(id -> !id.equals("3") && !id.equals("5")), "others' leads: " + everyone);
        assertEquals(everyone.stream().filter(id -> id.equals("3") || id.equals("5")).toList(), sams,
                "Sam's plan: Sam's leads only, in the same order");

        Run mineWithoutName = run("list", "--mine");
        assertEquals(2, mineWithoutName.exitCode());
        assertTrue(mineWithoutName.err().contains("ember name NAME"), mineWithoutName.err());
        Run missing = run("lead", "assign", "3", "999", "--to", "Alex");
        assertEquals(2, missing.exitCode());
        assertEquals(List.of("3", "5"), ids(run("--as", "Sam", "list", "--mine", "--format", "csv")).stream().sorted().toList(),
                "a refused assignment changes nothing");
        assertEquals(0, run("lead", "assign", "3", "5", "--nobody").exitCode());
        assertEquals(List.of(), ids(run("--as", "Sam", "list", "--mine", "--format", "csv")));
    }
}
