package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.store.LeadBook;
import app.ember.store.PolicyBook;
import app.ember.store.TouchLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Locale;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} over a book of three leads that arrived in 2026-W45 (2 to 8 November), counted by
 * hand: Pike (hot, called 3 h after arriving: on time), Quinn (warm, never touched: late), Reed
 * (cold, e-mailed on the 9th, two days past the 72 h window: late).
 */
class ReportCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    @BeforeEach
    void fill() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        try (Database database = Database.open(dataDir)) {
            // Weeks start on Monday here, whatever the machine's locale says (the US starts them on Sunday).
            PolicyBook policies = new PolicyBook(database, Locale.UK);
            policies.save(policies.current().withWeekStart(DayOfWeek.MONDAY));
            LeadBook book = new LeadBook(database, clock, FollowUpPolicy.defaults());
            TouchLog touches = new TouchLog(database, clock, FollowUpPolicy.defaults());
            long pike = book.create(lead("Pike", Temperature.HOT, "2026-11-02T09:00:00Z"));
            book.create(lead("Quinn", Temperature.WARM, "2026-11-03T09:00:00Z"));
            long reed = book.create(lead("Reed", Temperature.COLD, "2026-11-04T09:00:00Z"));
            touches.logTouch(pike, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", Instant.parse(
                    "2026-11-02T12:00:00Z"), null);
            touches.logTouch(reed, Channel.EMAIL, Direction.OUT, Outcome.NO_ANSWER, 5, "", Instant.parse(
                    "2026-11-09T10:00:00Z"), null);
        }
    }

    private static Lead lead(String last, Temperature temperature, String created) {
        return Lead.builder().firstName("Ann").lastName(last).temperature(temperature).source("Website")
                .created(Instant.parse(created)).build();
    }

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    @Test
    void theJsonHasEveryFigureOfTheWeek() throws Exception {
        Run report = run("report", "--week", "2026-W45", "--format", "json");
        assertEquals(0, report.exitCode(), report.err());
        JsonNode json = new ObjectMapper().readTree(report.out());
        assertEquals("2026-11-02", json.at("/period/from").asText());
        assertEquals("2026-11-08", json.at("/period/to").asText());
        assertEquals(1, json.get("touches").asInt());
        assertEquals(10, json.get("minutes").asInt());
        assertEquals(1, json.at("/byChannel/call").asInt());
        assertEquals(0, json.at("/byChannel/email").asInt());
        assertEquals(1, json.at("/byOutcome/reached").asInt());
        assertEquals(1, json.at("/firstResponse/onTime").asInt());
        assertEquals(2, json.at("/firstResponse/late").asInt());
        assertEquals(0, json.at("/firstResponse/pending").asInt());
        assertEquals(0.333, json.at("/firstResponse/rate").asDouble(), 1e-9);
        assertEquals(1, json.at("/firstResponse/byTemperature/hot/onTime").asInt());
        assertTrue(json.at("/firstResponse/byTemperature/cool/rate").isNull());
        assertEquals(1, json.get("neverContacted").size());
        assertEquals("Ann Quinn", json.at("/neverContacted/0/name").asText());
        assertEquals("warm", json.at("/neverContacted/0/temperature").asText());
        assertEquals("2026-11-03T09:00:00Z", json.at("/neverContacted/0/created").asText());
        assertEquals(3, json.get("openLeads").asInt());
        // Neglected is judged now: Pike's follow-up (3 days after his call) and Quinn's first response
        // (48 h) fell due on 5 November, more than one cadence (3 days, a week) ago.
        assertEquals(java.util.Set.of("Ann Pike", "Ann Quinn"), java.util.Set.of(json.at("/neglected/0/name").asText(),
                json.at("/neglected/1/name").asText()));
        assertEquals(2, json.get("neglectedCount").asInt());
        assertEquals(1, json.get("channelEffect").size());
        JsonNode effect = json.at("/channelEffect/0");
        assertEquals(List.of("call", "hot", "1", "1", "1", "0"), List.of(effect.get("channel").asText(),
                effect.get("temperature").asText(), effect.get("attempt").asText(), effect.get("touches").asText(),
                effect.get("reached").asText(), effect.get("replied").asText()));
        assertEquals(3, json.at("/conversion/bySource/0/arrived").asInt());
        assertEquals("Website", json.at("/conversion/bySource/0/source").asText());
        assertEquals(8, json.at("/movement/weeks").size());
        assertEquals(1, json.at("/movement/weeks/7/hot").asInt());
        assertEquals(0, json.at("/previous/touches").asInt()); // the week before had no touch
        assertEquals("2026-10-26", json.at("/previous/from").asText());
    }

    @Test
    void fromAndToCoverBothDays() throws Exception {
        Run report = run("report", "--from", "2026-11-02", "--to", "2026-11-09", "--format", "json");
        assertEquals(0, report.exitCode(), report.err());
        JsonNode json = new ObjectMapper().readTree(report.out());
        assertEquals(2, json.get("touches").asInt());
        assertEquals(15, json.get("minutes").asInt());
    }

    @Test
    void theCsvTableAndTheTextSayTheSame() {
        Run csv = run("report", "--week", "2026-W45", "--format", "csv", "--table", "channel_effect");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(List.of("channel,temperature,attempt,touches,reached,replied,reached_rate,replied_rate",
                "call,hot,1,1,1,0,1.000,0.000"), csv.out().lines().toList());
        Run all = run("report", "--week", "2026-W45", "--format", "csv");
        assertTrue(all.out().contains("# first_response\ntemperature,on_time,late,pending,rate\r\nhot,1,0,0,1.000"),
                all.out());
        Run text = run("report", "--week", "2026-W45");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("ACTIVITY  1 touches, 10 of 120 budgeted minutes"), text.out());
        assertTrue(text.out().contains("FIRST RESPONSE  3 arrived: 1 on time, 2 late, 0 waiting; on time 33 %"),
                text.out());
        assertTrue(text.out().contains("NEVER CONTACTED  1 of 3 open leads (33 %)"), text.out());
    }

    @Test
    void thePdfIsWrittenWhole() throws Exception {
        Path pdf = out.resolve("report.pdf");
        Run report = run("report", "--week", "2026-W45", "--pdf", pdf.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
    }

    @Test
    void badWeeksDatesAndMixesAreBadInput() {
        for (String[] args : List.of(new String[] {"report", "--week", "2026-W60"},
                new String[] {"report", "--week", "last"},
                new String[] {"report", "--from", "2026-13-01", "--to", "2026-12-31"},
                new String[] {"report", "--from", "2026-12-31", "--to", "2026-12-01"},
                new String[] {"report", "--from", "2026-12-01"},
                new String[] {"report", "--week", "2026-W45", "--from", "2026-12-01", "--to", "2026-12-02"},
                new String[] {"report", "--format", "xml"},
                new String[] {"report", "--format", "csv", "--table", "nope"})) {
            Run run = run(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("ember: "), run.err());
        }
    }
}
