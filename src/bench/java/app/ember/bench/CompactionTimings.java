package app.ember.bench;

import app.ember.store.Backups;
import app.ember.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The book's growth and its compaction cycle, at 100,000 leads and 1,000,000 touches: the book is filled
 * through the app's own write path (Database, WRITE_DELAY=0, a header synced per commit), a day's worth of
 * small commits is added, then it is closed as Ember closes it (compacting when less than half of the file
 * is live). Its size then is compared with the bench template's (the same data, fully compacted by
 * SHUTDOWN COMPACT), and a backup of it is timed. Goals (issue 13): within 1.5x of the compacted size, the
 * backup under 5 s. Figures go to target/bench/compaction.txt.
 */
public final class CompactionTimings {
    private CompactionTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-compaction-");
        Path file = dir.resolve("ember.mv.db");
        long compacted = Files.size(BenchData.copyInto(Files.createTempDirectory(Path.of("target"), "bench-template-"))
                .resolve("ember.mv.db"));
        try {
            long start = System.nanoTime();
            try (Database database = Database.open(dir)) {
                database.write(c -> LeadGenerator.fill(c, BenchData.LEADS, BenchData.INTERACTIONS_PER_LEAD, BenchData.SEED));
                for (int i = 0; i < 300; i++) {
                    int n = i;
                    database.write(c -> c.createStatement().executeUpdate(
                            "UPDATE leads SET source = 'touched " + n + "' WHERE id = " + (1 + n * 97)));
                }
                long filledMs = (System.nanoTime() - start) / 1_000_000;
                timings.line("Filled through the app (100,000 leads, 1,000,000 touches, 300 small commits) in %,d ms, "
                        + "%d cores", filledMs, Runtime.getRuntime().availableProcessors());
                timings.line("file before closing: %,d MB; compaction worth it: %s", Files.size(file) >> 20,
                        database.compactionWorthIt());
                start = System.nanoTime();
            }
            long closeMs = (System.nanoTime() - start) / 1_000_000;
            long after = Files.size(file);
            double ratio = (double) after / compacted;
            timings.line("closed (the compaction cycle) in %,d ms: file %,d MB; fully compacted template %,d MB; "
                    + "ratio %.2f; goal within 1.5x -> %s", closeMs, after >> 20, compacted >> 20, ratio,
                    ratio <= 1.5 ? "met" : "NOT met");
            try (Database database = Database.open(dir)) {
                Backups backups = new Backups(database, Clock.systemDefaultZone());
                int[] run = {0};
                Timings.Result result = Timings.measure(1, 3, () -> {
                    Path zip = dir.resolve("bench-" + run[0]++ + ".zip");
                    Backups.Backup backup = backups.backupTo(zip, Backups.Reason.MANUAL);
                    Files.delete(zip);
                    return backup.leads();
                });
                timings.add("backup of the compacted book", result);
                timings.line("goal: backup under 5 s -> %s", result.max() < 5000 ? "met" : "NOT met");
            }
        } finally {
            BenchData.delete(dir);
        }
        timings.write("compaction.txt");
    }
}
