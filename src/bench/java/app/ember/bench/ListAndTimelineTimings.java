package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.PlanWeek;
import app.ember.store.LeadBook;
import app.ember.store.PlanBook;
import app.ember.store.TouchLog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the window asks of the database, timed at 100,000 leads and 1,000,000 touches:
 * the lead list's first page plus the counts bar for every order and filter and for searches,
 * opening a timeline of 10,000 touches, and logging a touch. Figures go to target/bench/queries.txt.
 */
public final class ListAndTimelineTimings {
    private ListAndTimelineTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        try (Database database = BenchDatabase.open()) {
            LeadBook book = new LeadBook(database);
            TouchLog touches = new TouchLog(database, Clock.systemDefaultZone(), FollowUpPolicy.defaults());
            timings.line("Lead list at %,d leads and %,d touches: first page (100 rows) + counts bar, as the window "
                    + "loads it", BenchDatabase.LEADS, BenchDatabase.TOUCHES);
            int[] size = {100};
            for (Map.Entry<String, LeadQuery> query : queries().entrySet()) {
                // The page size alternates by one row so H2 cannot hand back a cached result.
                timings.add(query.getKey(), Timings.measure(3, 30, () -> {
                    size[0] = size[0] == 100 ? 101 : 100;
                    return book.page(query.getValue(), 0, size[0]).size()
                            + book.countByTemperature(query.getValue()).sameDay();
                }));
            }
            long busy = BenchDatabase.busyLead(database);
            timings.line("Timeline of a lead with %,d touches:", touches.timelineCount(busy, Set.of()));
            timings.add("open: count + first 100 entries", Timings.measure(3, 30, () -> {
                size[0] = size[0] == 100 ? 101 : 100;
                return touches.timelineCount(busy, Set.of()) + touches.timeline(busy, Set.of(), 0, size[0]).size();
            }));
            timings.add("open filtered to calls", Timings.measure(3, 30, () -> {
                size[0] = size[0] == 100 ? 101 : 100;
                return touches.timelineCount(busy, Set.of(Channel.CALL))
                        + touches.timeline(busy, Set.of(Channel.CALL), 0, size[0]).size();
            }));
            timings.add("log a touch (commit included)", Timings.measure(20, 200, () -> touches.logTouch(busy,
                    Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "bench", Instant.now(), null)));
            PlanBook plans = new PlanBook(database, Clock.systemDefaultZone(), FollowUpPolicy::defaults);
            PlanWeek thisWeek = plans.thisWeek();
            timings.line("Weekly plan: %,d actions due this week (the generated book is due every 2 months, so "
                    + "half of it is overdue)", plans.plan(thisWeek).allActions());
            // Each run asks for another week, so H2 cannot hand back a cached result.
            PlanWeek[] weeks = {thisWeek, thisWeek.next(), thisWeek.next().next(), thisWeek.next().next().next()};
            int[] turn = {0};
            timings.add("plan as the window shows it (all above the cut + 500)", Timings.measure(8, 40,
                    () -> plans.plan(weeks[turn[0]++ % weeks.length]).actions().size()));
            timings.add("plan with every action in full (the plan command)", Timings.measure(2, 8,
                    () -> plans.plan(weeks[turn[0]++ % weeks.length], 120, PlanBook.KEEP_ALL).actions().size()));
        }
        timings.write("queries.txt");
    }

    private static Map<String, LeadQuery> queries() {
        Map<String, LeadQuery> queries = new LinkedHashMap<>();
        for (LeadSort sort : LeadSort.values()) {
            queries.put("sort " + sort.code(), LeadQuery.all().withSort(sort));
        }
        for (Temperature temperature : Temperature.values()) {
            queries.put("only " + temperature.code(), LeadQuery.all().withTemperatures(Set.of(temperature)));
        }
        queries.put("only cold, by name", LeadQuery.all().withTemperatures(Set.of(Temperature.COLD))
                .withSort(LeadSort.NAME));
        queries.put("status won", LeadQuery.all().withStatuses(Set.of(LeadStatus.WON)));
        queries.put("never contacted", LeadQuery.all().withNeverContacted(true));
        queries.put("overdue", LeadQuery.all().withOverdueAt(Instant.now()));
        queries.put("complete postal address", LeadQuery.all().withCompleteAddress(true));
        queries.put("tag", LeadQuery.all().withTag("vip"));
        queries.put("search a rare word", LeadQuery.all().withSearch(LeadGenerator.RARE_WORD));
        queries.put("search a common first name", LeadQuery.all().withSearch("anna"));
        queries.put("search two words", LeadQuery.all().withSearch("anna smith"));
        queries.put("search a word's beginning", LeadQuery.all().withSearch("lef"));
        queries.put("search with no match", LeadQuery.all().withSearch("zzyzx"));
        return queries;
    }
}
