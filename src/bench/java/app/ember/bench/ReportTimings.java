package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.report.Behind;
import app.ember.domain.report.ReportPeriod;
import app.ember.store.Database;
import app.ember.store.ReportBook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Reports tab's queries at 100,000 leads and 1,000,000 touches: a week, a month and a quarter,
 * each as the window asks for it (lists of 200) and as the report command does (every lead), and the
 * leads behind a bar. Figures go to target/bench/reports.txt; -Dbench.runs=N sets the week's runs.
 */
public final class ReportTimings {
    private ReportTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        try (Database database = BenchDatabase.open()) {
            fillHistory(database);
            Clock clock = Clock.fixed(LeadGenerator.NOW, ZoneOffset.UTC);
            ReportBook reports = new ReportBook(database, clock, FollowUpPolicy::defaults);
            LocalDate today = LocalDate.ofInstant(LeadGenerator.NOW, ZoneOffset.UTC);
            timings.line("Reports at %,d leads and %,d touches (the book's 'now' is %s)", BenchDatabase.LEADS,
                    BenchDatabase.TOUCHES, today);
            // Each run asks for the other of two neighbouring periods, so H2 cannot hand back a cached result.
            int scale = Integer.getInteger("bench.runs", 5);
            measure(timings, reports, "week", ReportPeriod.week(today, java.time.DayOfWeek.MONDAY), 1, scale);
            measure(timings, reports, "month", ReportPeriod.month(today.minusMonths(1)), 1, Math.max(1, scale / 2));
            measure(timings, reports, "quarter", ReportPeriod.lastQuarter(today), 0, 1);
            ReportPeriod week = ReportPeriod.week(today, java.time.DayOfWeek.MONDAY);
            ReportPeriod[] weeks = {week, week.previous()};
            int[] turn = {0};
            timings.add("leads behind the week's call bar", Timings.measure(1, 5,
                    () -> reports.behind(weeks[turn[0]++ % 2], Behind.channel(Channel.CALL)).size()));
        }
        timings.write("reports.txt");
    }

    private static void measure(Timings timings, ReportBook reports, String name, ReportPeriod period, int warmup,
                                int runs) throws Exception {
        ReportPeriod[] periods = {period, period.previous()};
        int[] turn = {0};
        var one = reports.report(period, ReportBook.KEEP_ALL);
        timings.line("%s %s to %s: %,d touches, %,d arrived, %,d channel rows", name, period.from(), period.to(),
                one.activity().touches(), one.firstResponse().total().total(), one.channelEffects().size());
        timings.add(name + ", as the tab shows it", Timings.measure(warmup, runs,
                () -> reports.report(periods[turn[0]++ % 2]).activity().touches()));
        timings.add(name + ", every lead listed (report command)", Timings.measure(warmup, runs,
                () -> reports.report(periods[turn[0]++ % 2], ReportBook.KEEP_ALL).neverContacted().size()));
    }

    /**
     * The generated book's touches went in past the store: each lead's first touch and its temperature
     * history (the arrival, and one change in five leads) are filled here once, as the store keeps them.
     */
    private static void fillHistory(Database database) {
        database.write(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM temperature_changes")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return null;
                }
            }
            long started = System.nanoTime();
            try (var statement = c.createStatement()) {
                statement.executeUpdate("UPDATE leads SET first_contact_at = (SELECT MIN(i.occurred_at) "
                        + "FROM interactions i WHERE i.lead_id = leads.id)");
                statement.executeUpdate("INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, "
                        + "to_temperature, reason) SELECT id, created_at, temperature, temperature, 'bench' FROM leads");
                statement.executeUpdate("UPDATE temperature_changes SET from_temperature = NULL");
                statement.executeUpdate("INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, "
                        + "to_temperature, reason) SELECT id, updated_at, CASE WHEN temperature = 'hot' THEN 'warm' "
                        + "ELSE 'hot' END, temperature, 'bench' FROM leads WHERE MOD(id, 5) = 0 AND updated_at > created_at");
            }
            // The history went in past the store: each touch's temperature then, afresh from it.
            app.ember.store.TouchFacts.refreshAll(c);
            System.out.printf("filled first touches and temperature history in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            return null;
        });
    }
}
