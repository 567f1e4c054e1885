package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.cli.CliRunner.Run;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --format json} puts hot leads first: on the sample book and on generated books and budgets. */
class PlanOrderCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void theSampleBookGoesHotWarmCoolColdAndNoOverdueCoolLeadStandsAboveAHotOne() throws Exception {
        assertEquals(0, CliRunner.runIn(dataDir, "demo").exitCode());
        JsonNode plan = planJson(dataDir, 120);
        assertTemperaturesInOrder(plan);
        int whitaker = indexOf(plan, "George Whitaker");
        int weiss = indexOf(plan, "Jürgen Weiß");
        assertTrue(weiss >= 0 && whitaker >= 0, "both are due this week: " + plan);
        assertTrue(weiss < whitaker, "Jürgen Weiß (hot) at " + weiss + ", George Whitaker (cool) at " + whitaker);
    }

    @Property(tries = 12)
    void generatedBooksGoHotWarmCoolCold(@ForAll("books") List<Lead> book,
                                         @ForAll @IntRange(min = 5, max = 300) int budget) throws Exception {
        Path dir = Files.createTempDirectory("ember-plan-order");
        try {
            try (Services services = Services.open(dir)) {
                services.leadBook().startEmpty();
                for (Lead lead : book) {
                    services.leadBook().create(lead);
                }
            }
            assertTemperaturesInOrder(planJson(dir, budget));
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<Lead>> books() {
        Instant now = Instant.now();
        Arbitrary<Temperature> temperature = Arbitraries.of(Temperature.class);
        Arbitrary<Integer> dueHours = Arbitraries.integers().between(-24 * 20, 24 * 6);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<LeadStatus> status = Arbitraries.of(LeadStatus.OPEN, LeadStatus.OPEN, LeadStatus.NURTURE);
        Arbitrary<Lead> lead = Combinators.combine(temperature, dueHours, flag, flag, status).as(
                (t, hours, sameDay, phone, s) -> Lead.builder().firstName("Gen").lastName(t.code() + hours)
                        .temperature(t).sameDay(sameDay && t == Temperature.HOT).status(s)
                        .phone(phone ? "+44 20 7946 0000" : "")
                        .address(new PostalAddress("1 Way", "", "York", "", "YO1 1AA", "GB"))
                        .created(now.minus(Duration.ofDays(40))).lastContact(now.minus(Duration.ofDays(30)))
                        .nextFollowUp(now.plus(Duration.ofHours(hours))).build());
        return lead.list().ofMinSize(1).ofMaxSize(25);
    }

    private static JsonNode planJson(Path dir, int budget) throws Exception {
        Run run = CliRunner.runIn(dir, "plan", "--format", "json", "--budget", Integer.toString(budget));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    /** Same-day hot, hot, warm, cool, cold: never a colder lead above a warmer one. */
    private static void assertTemperaturesInOrder(JsonNode plan) {
        int previous = 0;
        for (JsonNode action : plan) {
            Temperature temperature = Temperature.fromCode(action.get("temperature").asText());
            // Same day counts until the first response: after it, the lead is hot like any other.
            boolean sizzling = action.get("sameDay").asBoolean() && action.get("kind").asText().equals("first_response");
            int rank = Temperature.heatRank(temperature, sizzling);
            assertTrue(rank >= previous, action.get("name").asText() + " (" + temperature.code()
                    + ") stands below a colder lead in " + plan);
            previous = rank;
        }
    }

    private static int indexOf(JsonNode plan, String name) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).get("name").asText().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
