package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's plan is made from the first due leads in the plan's order and a tally of the rest (DueLeads):
 * it must be the very plan made from every due lead, whatever the order's bands, ties and cut. On H2 both
 * are the same path; the OnPostgres subclass holds the server's to it.
 */
class PlanFromFirstDueTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z"); // a Wednesday
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    @TempDir
    Path dataDir;
    private Database database;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
        LeadBook book = new LeadBook(database, Clock.fixed(NOW, ZoneOffset.UTC), FollowUpPolicy.defaults());
        Random random = new Random(19);
        Temperature[] temperatures = Temperature.values();
        LeadStatus[] statuses = {LeadStatus.OPEN, LeadStatus.OPEN, LeadStatus.OPEN, LeadStatus.NURTURE, LeadStatus.WON};
        for (int i = 0; i < 80; i++) {
            // Due on whole days from ten days ago to a few days after the week, so due times tie often.
            Instant due = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(random.nextInt(16) - 10));
            Priority priority = random.nextInt(4) == 0 ? null : Priority.values()[random.nextInt(3)];
            Lead.Builder lead = Lead.builder().firstName("Lead").lastName("No " + i)
                    .temperature(temperatures[random.nextInt(temperatures.length)]).sameDay(random.nextBoolean())
                    .status(statuses[random.nextInt(statuses.length)]).priority(priority).nextFollowUp(due)
                    .lastContact(random.nextBoolean() ? null : NOW.minus(Duration.ofDays(20)))
                    .created(NOW.minus(Duration.ofDays(30 + random.nextInt(3))));
            if (random.nextBoolean()) {
                lead.phone("+44 20 7946 0000");
            }
            if (random.nextBoolean()) {
                lead.email("lead" + i + "@example.com");
            }
            if (random.nextBoolean()) {
                lead.address(new PostalAddress("2 Elm Row", "", "Bath", "", "BA1 2AA", "GB"));
            }
            if (random.nextInt(8) == 0) {
                lead.birthday(LocalDate.of(1980, 11, 24 + random.nextInt(4)));
            }
            book.create(lead.build());
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstDueLeadsAndATallyMakeTheSamePlanAsEveryDueLead() {
        for (FollowUpPolicy policy : List.of(FollowUpPolicy.defaults(), FollowUpPolicy.defaults().withOverdueFirst(true))) {
            PlanBook plans = new PlanBook(database, Clock.fixed(NOW, ZoneOffset.UTC), () -> policy);
            PlanBook everyKey = new PlanBook(database, Clock.fixed(NOW, ZoneOffset.UTC), () -> policy);
            everyKey.everyKey = true;
            // Budgets and lists below the cut that need fewer keys than are due, and one that needs them all.
            for (int[] budgetAndKeep : new int[][] {{30, 3}, {10, 0}, {60, 5}, {20, 200}}) {
                WeekPlan expected = everyKey.plan(WEEK, budgetAndKeep[0], budgetAndKeep[1], null);
                WeekPlan actual = plans.plan(WEEK, budgetAndKeep[0], budgetAndKeep[1], null);
                String what = "budget " + budgetAndKeep[0] + ", keep " + budgetAndKeep[1] + ", overdue first "
                        + policy.overdueFirst();
                assertEquals(summary(expected), summary(actual), what);
                assertEquals(expected.moreActions(), actual.moreActions(), what);
                assertEquals(expected.moreMinutes(), actual.moreMinutes(), what);
                assertTrue(expected.moreActions() > 0 || budgetAndKeep[1] == 200, "the case cuts the list: " + what);
            }
        }
    }

    private static List<String> summary(WeekPlan plan) {
        return plan.actions().stream().map(PlanAction::toString).toList();
    }
}
