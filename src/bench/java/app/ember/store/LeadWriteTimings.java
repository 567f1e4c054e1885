package app.ember.store;

import app.ember.bench.LeadGeneratorAccess;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What an index on the leads costs a write (V33 added one and widened one): into a fresh book, 20,000
 * leads inserted in batches of 1,000 (as an import writes them), then 200 leads created one at a time
 * and 200 touches logged one at a time (a first touch sets the lead's first and last contact, which are
 * in those indexes), each with its commit. Run it with the code before and after, one after the other.
 * Prints to the console. Run: {@code java -cp ... app.ember.store.LeadWriteTimings DIR} (DIR is
 * emptied first).
 */
public final class LeadWriteTimings {
    private LeadWriteTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-lead-writes");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        List<Lead> leads = LeadGeneratorAccess.leads(20_400, 7);
        try (Database database = Database.open(dir)) {
            LeadStore store = new LeadStore();
            List<Double> batches = new ArrayList<>();
            List<Double> batchesCpu = new ArrayList<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int from = 0; from < 20_000; from += 1_000) {
                List<Lead> batch = leads.subList(from, from + 1_000);
                long started = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                database.write(c -> store.insertAll(c, batch));
                batches.add((System.nanoTime() - started) / 1e6);
                batchesCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
            print("1,000 leads inserted in one transaction", batches);
            print("  the same, CPU time of the writing thread", batchesCpu);
            LeadBook book = new LeadBook(database, Clock.systemUTC(), FollowUpPolicy.defaults());
            List<Double> creates = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Lead lead : leads.subList(20_000, 20_200)) {
                long started = System.nanoTime();
                ids.add(book.create(lead));
                creates.add((System.nanoTime() - started) / 1e6);
            }
            print("a lead created (commit included)", creates);
            TouchLog log = new TouchLog(database, Clock.systemUTC(), FollowUpPolicy.defaults());
            Random random = new Random(5);
            List<Double> touches = new ArrayList<>();
            for (long id : ids) {
                long started = System.nanoTime();
                log.logTouch(id, Channel.values()[random.nextInt(3)], Direction.OUT, Outcome.REACHED, 10, "bench",
                        Instant.now(), null);
                touches.add((System.nanoTime() - started) / 1e6);
            }
            print("a lead's first touch logged (commit included)", touches);
        }
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-48s median %7.1f ms  p95 %7.1f ms  (n=%d)%n", what, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.size());
    }
}
