package app.ember.store;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.report.ReportPeriod;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole report as the tab asks for it, cold and warm, over the book ReportCountsTimings wrote
 * (100,000 leads, 1,000,000 touches): the book is opened {@code OPENS} times; each time the first
 * report (a quarter, a month or a week in turn) finds H2's cache empty, as the first report after
 * opening the book does, then each period is asked for again, alternating with the period a day
 * earlier so H2 cannot hand back a cached result. The first opening also warms the JIT; it is printed
 * apart. Beside the wall time, the CPU time of the thread that asked (H2 embedded works in it): on a
 * machine shared with other builds, the wall time also counts the waits for a core. Prints to the
 * console. Run: {@code java -cp ... app.ember.store.ReportColdTimings DIR [OPENS]}.
 */
public final class ReportColdTimings {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final int[] DAYS = {91, 30, 7};

    private ReportColdTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-counts");
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = Integer.getInteger("bench.runs", 7);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1);
        List<List<Double>> cold = new ArrayList<>();
        List<List<Double>> warm = new ArrayList<>();
        List<List<Double>> coldCpu = new ArrayList<>();
        List<List<Double>> warmCpu = new ArrayList<>();
        for (int i = 0; i < DAYS.length; i++) {
            cold.add(new ArrayList<>());
            warm.add(new ArrayList<>());
            coldCpu.add(new ArrayList<>());
            warmCpu.add(new ArrayList<>());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int open = 0; open < opens; open++) {
            long opening = System.nanoTime();
            try (Database database = Database.open(dir)) {
                double openMs = (System.nanoTime() - opening) / 1e6;
                ReportBook reports = new ReportBook(database, Clock.fixed(NOW, ZoneOffset.UTC),
                        FollowUpPolicy::defaults);
                // Each opening starts cold on another period, so each period is measured cold in turn.
                int first = open % DAYS.length;
                ReportPeriod firstPeriod = period(today, DAYS[first]);
                long started = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                reports.report(firstPeriod);
                double firstMs = (System.nanoTime() - started) / 1e6;
                double firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                System.out.printf("open %d: opened in %.0f ms; first report (%d days, cold) %.1f ms, cpu %.1f ms%n",
                        open, openMs, DAYS[first], firstMs, firstCpu);
                if (open > 0) {
                    cold.get(first).add(firstMs);
                    coldCpu.get(first).add(firstCpu);
                }
                for (int p = 0; p < DAYS.length; p++) {
                    ReportPeriod[] periods = {period(today, DAYS[p]), period(today.minusDays(1), DAYS[p])};
                    for (int run = 0; run < runs; run++) {
                        long at = System.nanoTime();
                        long cpuAt = threads.getCurrentThreadCpuTime();
                        reports.report(periods[run % 2]);
                        double ms = (System.nanoTime() - at) / 1e6;
                        if (open > 0) {
                            warm.get(p).add(ms);
                            warmCpu.get(p).add((threads.getCurrentThreadCpuTime() - cpuAt) / 1e6);
                        }
                    }
                }
            }
        }
        for (int p = 0; p < DAYS.length; p++) {
            System.out.printf("%2d days: cold %s   warm %s%n", DAYS[p], summary(cold.get(p)), summary(warm.get(p)));
            System.out.printf("    cpu: cold %s   warm %s%n", summary(coldCpu.get(p)), summary(warmCpu.get(p)));
        }
    }

    private static ReportPeriod period(LocalDate last, int days) {
        return new ReportPeriod(last.minusDays(days - 1L), last);
    }

    private static String summary(List<Double> millis) {
        if (millis.isEmpty()) {
            return "(none)";
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %7.1f ms  p95 %7.1f ms  (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.size());
    }
}
