package app.ember.store;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Temperature;
import app.ember.domain.report.ReportPeriod;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Each of the report's queries alone, once, over the bench data dir (run after ReportTimings built it):
 * where a slow report spends its time. Prints to the console.
 */
public final class ReportQueryTimings {
    private ReportQueryTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.data", Path.of("target", "bench-data").toString()));
        LocalDate today = LocalDate.parse(args.length > 0 ? args[0] : "2026-11-22");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ReportPeriod period = new ReportPeriod(today.minusDays(days - 1L), today);
        Instant start = period.startAt(ZoneOffset.UTC);
        Instant end = period.endAt(ZoneOffset.UTC);
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        ReportStore store = new ReportStore();
        Map<Temperature, Instant> cutoffs = new EnumMap<>(Temperature.class);
        for (Temperature temperature : Temperature.values()) {
            cutoffs.put(temperature, now.minus(FollowUpPolicy.defaults().cadence(temperature)));
        }
        // Round 0 opens the book with the JIT cold; round 1 opens it again (H2's cache empty, the JIT
        // warm: the first report after opening the book); round 2 asks again on that opening (warm).
        for (int open = 0; open < 2; open++) {
            try (Database database = Database.open(dir)) {
                for (int round = open; round <= open * 2; round++) {
                    System.out.println("round " + round + (round < 2 ? " (book just opened), " : " (warm), ") + period);
                    time("activity", () -> database.read(c -> store.activity(c, start, end)).touches());
                    time("arrivals", () -> database.read(c -> new ArrivalQueries().arrivals(c, start, end)).size());
                    time("open leads, temperatures now", () -> database.read(store::leadsNow));
                    time("never contacted count", () -> database.read(store::neverContactedCount));
                    time("never contacted 200", () -> database.read(c -> store.neverContacted(c, 200)).size());
                    time("neglected ids", () -> database.read(c -> store.neglectedIds(c, cutoffs)).size());
                    time("moves", () -> database.read(c -> store.moves(c, start, end)).size());
                    time("channel effects", () -> database.read(c -> store.channelEffects(c, start, end)).size());
                    time("leads behind an effect row", () -> database.read(c -> store.effectLeads(c, start, end,
                            app.ember.domain.Channel.CALL, Temperature.WARM, 1)).size());
                }
            }
        }
    }

    private static void time(String what, Callable<Object> step) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        Object result = step.call();
        // The CPU time of this thread (H2 embedded works in it) beside the wall time: on a shared machine
        // the wall time also counts the waits for a core.
        System.out.printf("  %-28s %8.1f ms  cpu %8.1f ms  (%s)%n", what, (System.nanoTime() - started) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6, result);
    }
}
