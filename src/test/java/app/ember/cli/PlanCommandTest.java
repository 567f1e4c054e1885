package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}: the week's plan on the sample book, in every format, and its mistakes named. */
class PlanCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private JsonNode planJson(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("plan", "--format", "json"));
        args.addAll(List.of(extra));
        Run plan = run(args.toArray(String[]::new));
        assertEquals(0, plan.exitCode(), plan.err());
        return new ObjectMapper().readTree(plan.out());
    }

    @Test
    void theJsonPlanIsInPlanOrderWithTheCutLineWhereTheBudgetEnds() throws Exception {
        assertEquals(0, run("demo").exitCode());
        JsonNode plan = planJson();
        assertTrue(plan.size() > 10, "the sample book has a full week: " + plan.size());
        int budget = 120;
        int sum = 0;
        boolean cut = false;
        boolean seenCold = false;
        for (JsonNode action : plan) {
            for (String field : List.of("leadId", "name", "temperature", "channel", "due", "minutes", "reason", "fits")) {
                assertTrue(action.has(field), field + " in " + action);
            }
            sum += action.get("minutes").asInt();
            assertEquals(sum, action.get("runningMinutes").asInt());
            boolean fits = action.get("fits").asBoolean();
            if (!fits) {
                cut = true;
            }
            assertEquals(!cut, fits, "one cut line");
            if (fits) {
                assertTrue(sum <= budget, "above the line within the budget");
            }
            boolean cold = action.get("temperature").asText().equals("cold");
            assertFalse(seenCold && !cold, "no warmer lead after a cold one");
            seenCold |= cold;
            assertFalse(action.get("reason").asText().isBlank());
        }
        assertTrue(plan.get(0).get("sameDay").asBoolean(), "a same-day hot lead first");
        assertTrue(cut, "the sample week has more than two hours of work");
    }

    @Test
    void aBiggerBudgetMovesTheCutLine() throws Exception {
        assertEquals(0, run("demo").exitCode());
        long fitsAt120 = count(planJson("--budget", "120"));
        long fitsAt240 = count(planJson("--budget", "240"));
        assertTrue(fitsAt240 > fitsAt120, fitsAt120 + " vs " + fitsAt240);
    }

    private static long count(JsonNode plan) {
        long fits = 0;
        for (JsonNode action : plan) {
            fits += action.get("fits").asBoolean() ? 1 : 0;
        }
        return fits;
    }

    @Test
    void textAndCsvSayTheSameAndTheTextShowsTheCutLine() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Run text = run("plan");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("budget ends here (120 min)"), text.out());
        Run csv = run("plan", "--format", "csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.out())).getRecords();
        assertEquals(planJson().size(), records.size());
        assertEquals(List.of(PlanWriter.FIELDS), records.get(0).getParser().getHeaderNames());
    }

    @Test
    void anEmptyBookHasAnEmptyPlan() throws Exception {
        assertEquals(0, planJson().size());
        assertTrue(run("plan").out().contains("Nothing is due this week."));
    }

    @Test
    void theIcsAndPdfFilesAreWritten() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Path ics = out.resolve("week.ics");
        Path pdf = out.resolve("week.pdf");
        Run plan = run("plan", "--week", "2026-W48", "--ics", ics.toString(), "--pdf", pdf.toString());
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5).startsWith("%PDF-"));
    }

    @Test
    void badInputIsNamedAndExitsTwo() {
        Run week = run("plan", "--week", "2026-48");
        assertEquals(2, week.exitCode());
        assertTrue(week.err().contains("--week '2026-48' is not a week like 2026-W48"), week.err());
        Run noSuchWeek = run("plan", "--week", "2026-W60");
        assertEquals(2, noSuchWeek.exitCode());
        assertTrue(noSuchWeek.err().contains("2026 has weeks 1 to 53"), noSuchWeek.err());
        Run budget = run("plan", "--budget", "0");
        assertEquals(2, budget.exitCode());
        assertTrue(budget.err().contains("--budget 0 is out of range"), budget.err());
        Run format = run("plan", "--format", "xml");
        assertEquals(2, format.exitCode());
        Run folder = run("plan", "--ics", out.resolve("missing/week.ics").toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains("its folder does not exist"), folder.err());
    }
}
