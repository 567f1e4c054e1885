package app.ember.bench;

import app.ember.domain.LeadQuery;
import app.ember.store.Backups;
import app.ember.store.Database;
import app.ember.store.LeadBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A backup (the consistent file copy of DatabaseZip, the lead count and the comment) of the 100,000-lead bench book,
 * timed; the goal is under 5 s. The zips go to a temporary folder and are deleted: the bench data
 * dir is only read. Figures go to target/bench/backup.txt.
 */
public final class BackupTimings {
    private BackupTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        Path folder = Files.createTempDirectory("ember-bench-backup");
        try (Database database = BenchDatabase.open()) {
            Backups backups = new Backups(database, Clock.systemDefaultZone());
            int leads = new LeadBook(database).count(LeadQuery.all());
            long size = Files.size(database.dataDir().resolve("ember.mv.db"));
            timings.line("Backup of a book of %,d leads and %,d touches (database file %,d MB), %d cores:", leads,
                    BenchDatabase.TOUCHES, size / (1024 * 1024), Runtime.getRuntime().availableProcessors());
            int[] run = {0};
            Path[] last = new Path[1];
            Timings.Result result = Timings.measure(1, 5, () -> {
                Path zip = folder.resolve("bench-" + run[0]++ + ".zip");
                Backups.Backup backup = backups.backupTo(zip, Backups.Reason.MANUAL);
                if (last[0] != null) {
                    Files.deleteIfExists(last[0]);
                }
                last[0] = zip;
                return backup.leads();
            });
            timings.add("backup (file copy, fastest deflate + count + comment)", result);
            timings.line("zip size %,d MB; goal: under 5 s -> %s", Files.size(last[0]) / (1024 * 1024),
                    result.max() < 5000 ? "met" : "NOT met");
            timings.add("list the backups (reads zip comments only)", Timings.measure(3, 20,
                    () -> Backups.read(last[0]).leads()));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
        timings.write("backup.txt");
    }
}
