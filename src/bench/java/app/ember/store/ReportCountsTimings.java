package app.ember.store;

import app.ember.bench.LeadGeneratorAccess;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.ReportPeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * The report's reads before and after the counts per day (V29), side by side in one process on one
 * book, so both meet the same load: 100,000 leads and 1,000,000 touches written by SQL (a quicker
 * book than BenchDatabase's: attempts and temperatures drawn, not worked out, which changes no
 * timing), then for a week, a month and a quarter: the period's touches the old way (every touch of
 * the period and the period before) and from the counts, the arrivals with their history walked and
 * read from the lead, the week-by-week moves as 8 queries and as one, and the whole report as the tab
 * asks for it. Then logging a touch with the counts' trigger and without it. Prints to the console.
 * Run: {@code java -cp ... app.ember.store.ReportCountsTimings DIR} (DIR is made; reused when there).
 */
public final class ReportCountsTimings {
    private static final int LEADS = 100_000;
    private static final int TOUCHES = 1_000_000;
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    private ReportCountsTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-counts");
        boolean fresh = !Files.exists(dir.resolve("ember.mv.db"));
        try (Database database = Database.open(dir)) {
            if (fresh) {
                build(database);
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            ReportBook reports = new ReportBook(database, clock, FollowUpPolicy::defaults);
            ReportStore store = new ReportStore();
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1);
            for (int days : new int[]{7, 30, 91}) {
                ReportPeriod period = new ReportPeriod(today.minusDays(days - 1L), today);
                ReportPeriod[] periods = {period, period.previous()};
                System.out.printf("%d days to %s: %,d touches%n", days, today,
                        database.read(c -> store.activity(c, period.startAt(ZoneOffset.UTC), period.endAt(ZoneOffset.UTC)))
                                .touches());
                int runs = days == 91 ? 3 : 5;
                int[] turn = {0};
                time("  touches, this period and the one before, every touch read", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> oldTouches(c, p) + oldTouches(c, p.previous()));
                });
                time("  the same from the counts per day", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> store.activity(c, p.startAt(ZoneOffset.UTC), p.endAt(ZoneOffset.UTC))
                            .touches() + store.activity(c, p.previous().startAt(ZoneOffset.UTC),
                            p.previous().endAt(ZoneOffset.UTC)).touches());
                });
                time("  arrivals, each one's history walked", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> oldArrivals(c, p));
                });
                time("  arrivals, the temperature read from the lead", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> new ArrivalQueries().arrivals(c, p.startAt(ZoneOffset.UTC), p.endAt(ZoneOffset.UTC))
                            .size());
                });
                time("  week by week, 8 queries", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> oldWeeks(c, store, weekEnds(p)));
                });
                time("  week by week, one query", runs, () -> {
                    ReportPeriod p = periods[turn[0]++ % 2];
                    return database.read(c -> store.movesBetween(c, weekEnds(p)).size());
                });
                time("  whole report, as the tab asks for it", runs, () ->
                        reports.report(periods[turn[0]++ % 2]).activity().touches());
            }
            TouchLog log = new TouchLog(database, Clock.systemUTC(), FollowUpPolicy.defaults());
            long first = database.read(c -> one(c, "SELECT MIN(id) FROM leads"));
            Random random = new Random(3);
            Callable<Object> now = () -> log.logTouch(first + random.nextInt(LEADS), Channel.CALL, Direction.OUT,
                    Outcome.REACHED, 10, "bench", Instant.now(), null);
            Callable<Object> back = () -> log.logTouch(first + random.nextInt(LEADS), Channel.EMAIL, Direction.OUT,
                    Outcome.SENT, 5, "bench", Instant.now().minus(Duration.ofDays(30)), null);
            time("log a touch now, with the counts' trigger", 200, now);
            time("log a touch dated 30 days back, with it", 200, back);
            database.write(c -> c.createStatement().execute("DROP TRIGGER touch_counts_keep"));
            time("log a touch now, without the trigger", 200, now);
            time("log a touch dated 30 days back, without it", 200, back);
            database.write(c -> c.createStatement().execute("CREATE TRIGGER touch_counts_keep AFTER INSERT, UPDATE, "
                    + "DELETE ON interactions FOR EACH ROW CALL 'app.ember.store.TouchCountTrigger'"));
        }
    }

    private static List<Instant> weekEnds(ReportPeriod period) {
        List<Instant> ends = new ArrayList<>();
        for (LocalDate start : period.weekStarts(java.time.DayOfWeek.MONDAY, ReportBook.MIN_WEEKS)) {
            ends.add(start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return ends;
    }

    /** The period's touches grouped as the report grouped them before V29: every touch of the period read. */
    private static int oldTouches(Connection c, ReportPeriod period) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT i.channel, i.outcome, i.direction, i.lead_temperature, "
                + "LEAST(i.attempt, 4), COUNT(*), SUM(i.minutes) FROM interactions i WHERE i.occurred_at >= ? "
                + "AND i.occurred_at < ? AND " + ReportStore.live("i.lead_id")
                + " GROUP BY i.channel, i.outcome, i.direction, i.lead_temperature, LEAST(i.attempt, 4)")) {
            Sql.setInstant(s, 1, period.startAt(ZoneOffset.UTC));
            Sql.setInstant(s, 2, period.endAt(ZoneOffset.UTC));
            int touches = 0;
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    touches += rows.getInt(6);
                }
            }
            return touches;
        }
    }

    private static int oldArrivals(Connection c, ReportPeriod period) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT l.id, (SELECT COALESCE(t.from_temperature, "
                + "t.to_temperature) FROM temperature_changes t WHERE t.lead_id = l.id ORDER BY t.changed_at, t.id "
                + "FETCH FIRST 1 ROWS ONLY) FROM leads l WHERE l.created_at >= ? AND l.created_at < ? "
                + "AND l.deleted_at IS NULL ORDER BY l.created_at, l.id")) {
            Sql.setInstant(s, 1, period.startAt(ZoneOffset.UTC));
            Sql.setInstant(s, 2, period.endAt(ZoneOffset.UTC));
            int n = 0;
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static int oldWeeks(Connection c, ReportStore store, List<Instant> ends) throws SQLException {
        int n = 0;
        for (int i = 0; i < ends.size(); i++) {
            Instant to = i + 1 < ends.size() ? ends.get(i + 1) : Instant.parse("9999-12-31T00:00:00Z");
            n += store.moves(c, ends.get(i), to).size();
        }
        return n;
    }

    private static void build(Database database) {
        long started = System.nanoTime();
        database.write(c -> new LeadStore().insertAll(c, LeadGeneratorAccess.leads(LEADS, 42)));
        System.out.printf("leads in %.1f s%n", (System.nanoTime() - started) / 1e9);
        database.write(c -> {
            long first = one(c, "SELECT MIN(id) FROM leads");
            StringBuilder channel = new StringBuilder("CASE MOD(X, ").append(Channel.values().length).append(")");
            for (Channel ch : Channel.values()) {
                channel.append(" WHEN ").append(ch.ordinal()).append(" THEN '").append(ch.code()).append("'");
            }
            StringBuilder outcome = new StringBuilder("CASE MOD(X * 31, ").append(Outcome.values().length).append(")");
            for (Outcome o : Outcome.values()) {
                outcome.append(" WHEN ").append(o.ordinal()).append(" THEN '").append(o.code()).append("'");
            }
            StringBuilder heat = new StringBuilder("CASE MOD(X * 17, 4)");
            for (Temperature t : Temperature.values()) {
                heat.append(" WHEN ").append(t.ordinal()).append(" THEN '").append(t.code()).append("'");
            }
            try (Statement s = c.createStatement()) {
                // Written past the trigger, then counted in one statement as V29 counts an existing book.
                s.execute("DROP TRIGGER touch_counts_keep");
                s.execute("INSERT INTO interactions (lead_id, occurred_at, channel, direction, outcome, minutes, note, "
                        + "attempt, lead_temperature) SELECT " + first + " + MOD(X * 7919, " + LEADS + "), "
                        + "TIMESTAMP WITH TIME ZONE '2026-11-22 00:00:00+00' - MOD(X * 104729, 500000) * INTERVAL '1' MINUTE, "
                        + channel + " END, CASE WHEN MOD(X, 5) = 0 THEN 'in' ELSE 'out' END, " + outcome + " END, "
                        + "5, 'Generated touch', CASE WHEN MOD(X, 5) = 0 THEN NULL ELSE 1 + MOD(X * 13, 6) END, "
                        + heat + " END FROM SYSTEM_RANGE(1, " + TOUCHES + ")");
                System.out.printf("touches in %.1f s%n", (System.nanoTime() - started) / 1e9);
                s.execute("INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, to_temperature, "
                        + "reason) SELECT id, created_at, NULL, temperature, 'bench' FROM leads");
                s.execute("INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, to_temperature, "
                        + "reason) SELECT id, created_at + INTERVAL '20' DAY, CASE WHEN temperature = 'hot' THEN 'warm' "
                        + "ELSE 'hot' END, temperature, 'bench' FROM leads WHERE MOD(id, 5) = 0");
                s.execute("UPDATE leads l SET arrived_temperature = (SELECT COALESCE(t.from_temperature, "
                        + "t.to_temperature) FROM temperature_changes t WHERE t.lead_id = l.id ORDER BY t.changed_at, "
                        + "t.id FETCH FIRST 1 ROWS ONLY)");
                long counted = System.nanoTime();
                s.execute("INSERT INTO touch_counts (on_day, channel, outcome, direction, temperature, attempt, "
                        + "touches, minutes) SELECT CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), channel, outcome, "
                        + "direction, COALESCE(lead_temperature, ''), CASE WHEN attempt IS NULL THEN 0 WHEN attempt > 4 "
                        + "THEN 4 ELSE attempt END, COUNT(*), SUM(minutes) FROM interactions GROUP BY "
                        + "CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), channel, outcome, direction, "
                        + "COALESCE(lead_temperature, ''), CASE WHEN attempt IS NULL THEN 0 WHEN attempt > 4 THEN 4 "
                        + "ELSE attempt END");
                System.out.printf("counted 1,000,000 touches per day (as V29 does) in %.1f s; %,d rows%n",
                        (System.nanoTime() - counted) / 1e9, one(c, "SELECT COUNT(*) FROM touch_counts"));
                s.execute("CREATE TRIGGER touch_counts_keep AFTER INSERT, UPDATE, DELETE ON interactions FOR EACH ROW "
                        + "CALL 'app.ember.store.TouchCountTrigger'");
            }
            return null;
        });
        System.out.printf("built in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void time(String what, int runs, Callable<Object> step) throws Exception {
        step.call();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            step.call();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-62s median %8.1f ms  p95 %8.1f ms%n", what, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }
}
