package app.ember.bench;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadImport;
import app.ember.domain.Table;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import app.ember.io.TableFiles;
import app.ember.store.Database;
import app.ember.store.ExportReader;
import app.ember.store.ImportBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import and export at 100,000 leads. A source data dir is filled with {@link LeadGenerator} leads
 * (tags included, {@value #TOUCHES_PER_LEAD} touches a lead on average) and exported with the real
 * export code to a CSV and an xlsx file (postcodes of GB, CA and AU leads made valid first, or the
 * import would reject them); those files are what the import runs read. Each import run
 * goes into a fresh, empty data dir (Flyway migrations included in the figure, as for a first import)
 * and does what the import command does: read the file, guess the columns, read the rows, plan
 * (duplicates: skip) and run. Only the leads are imported, not the history file or sheet. Few runs: each is seconds
 * long (imports: two runs, no warmup). Goals: CSV import under 10 s (issue 14; was 5 s), xlsx import under 10 s,
 * export to CSV and to xlsx under 5 s each. Then the import wizard's preview of a 10,000-row CSV (the
 * first 10,000 rows of that export), goal under 2 s: what the wizard does between opening a file and
 * showing its rows (read, guess the columns, read the rows, plan them against the 100,000-lead book).
 * Everything lives in a temporary folder, deleted at the end. Figures go to target/bench/import.txt.
 */
public final class ImportExportTimings {
    private static final int LEADS = 100_000;
    private static final int TOUCHES_PER_LEAD = 3;
    private static final int WARMUP = 1;
    private static final int RUNS = 3;
    /** Each import run is tens of seconds: no warmup run, two measured ones. */
    private static final int IMPORT_WARMUP = 0;
    private static final int IMPORT_RUNS = 2;
    private static final int PREVIEW_ROWS = 10_000;

    private ImportExportTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        Path folder = Files.createTempDirectory("ember-bench-import");
        try {
            Path source = folder.resolve("source");
            Path csv = folder.resolve("leads.csv");
            Path xlsx = folder.resolve("leads.xlsx");
            timings.line("Import and export at %,d leads; %d cores, max heap %,d MB, %s %s", LEADS,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            try (Database database = Database.open(source)) {
                LeadGenerator.Filled filled = database.write(c -> LeadGenerator.fill(c, LEADS, TOUCHES_PER_LEAD, 42));
                timings.line("source book (generated leads, not timed): %s", filled);
                // The generator draws any five digits as a postcode; the import checks them against the
                // country and would reject the GB, CA and AU half of the book, so those get valid ones.
                int fixed = database.write(c -> c.createStatement().executeUpdate("UPDATE leads SET postcode = "
                        + "CASE country_code WHEN 'GB' THEN CONCAT('LS', MOD(id, 28) + 1, ' ', MOD(id, 10), 'AB') "
                        + "WHEN 'CA' THEN CONCAT('M5V ', MOD(id, 10), 'T6') WHEN 'AU' THEN SUBSTRING(postcode, 2, 4) "
                        + "END WHERE country_code IN ('GB', 'CA', 'AU')"));
                timings.line("  postcodes made valid for GB, CA and AU: %,d leads", fixed);
                ExportReader reader = new ExportReader(database);

                Timings.Result toCsv = Timings.measure(WARMUP, RUNS, () -> LeadExport.write(reader, csv, FileFormat.CSV));
                timings.add("export to .csv (+ history .csv)", toCsv);
                timings.line("  leads %,d bytes, history %,d bytes; goal: under 5 s -> %s", Files.size(csv),
                        Files.size(LeadExport.historyFile(csv)), verdict(toCsv, 5000));
                Timings.Result toXlsx = Timings.measure(WARMUP, RUNS,
                        () -> LeadExport.write(reader, xlsx, FileFormat.XLSX));
                timings.add("export to .xlsx (Leads + History sheets)", toXlsx);
                timings.line("  %,d bytes; goal: under 5 s -> %s", Files.size(xlsx), verdict(toXlsx, 5000));

                Path tenThousand = folder.resolve("ten-thousand.csv");
                try (Stream<String> lines = Files.lines(csv)) {
                    Files.write(tenThousand, lines.limit(PREVIEW_ROWS + 1L).toList());
                }
                int[] shown = {0};
                Timings.Result preview = Timings.measure(WARMUP, RUNS, () -> {
                    shown[0] = preview(database, tenThousand).entries().size();
                    return shown[0];
                });
                timings.add("preview of a 10,000-row CSV (100,000 in book)", preview);
                timings.line("  %,d rows planned; goal: under 2 s -> %s", shown[0], verdict(preview, 2000));
            }

            importFile(timings, folder, csv, FileFormat.CSV, 10_000);
            if (!Boolean.getBoolean("bench.csvOnly")) {
                importFile(timings, folder, xlsx, FileFormat.XLSX, 10_000);
            }
        } finally {
            delete(folder);
        }
        timings.write("import.txt");
    }

    private static void importFile(Timings timings, Path folder, Path file, FileFormat format, long goalMillis)
            throws Exception {
        int[] run = {0};
        String[] summary = {""};
        long[] phases = new long[6];
        Timings.Result result = Timings.measure(IMPORT_WARMUP, IMPORT_RUNS, () -> {
            Path dir = folder.resolve(format.name().toLowerCase() + "-" + run[0]++);
            try {
                summary[0] = importInto(dir, file, phases).line();
            } finally {
                delete(dir);
            }
            return summary[0];
        });
        timings.add("import " + file.getFileName() + " into a fresh data dir", result);
        timings.line("  %s; goal: under %d s -> %s", summary[0], goalMillis / 1000,
                verdict(result, goalMillis));
        timings.line("  phases of the last run: read file %,d ms, guess %,d ms, open + migrate %,d ms, read rows %,d ms, "
                + "plan %,d ms, run %,d ms", phases[0], phases[1], phases[2], phases[3], phases[4], phases[5]);
    }

    /** What the wizard does before it shows a file's rows: read, guess, read the rows, plan; nothing written. */
    private static ImportPlan preview(Database database, Path file) {
        List<Table> sheets = TableFiles.read(file, FileFormat.of(file, null));
        Table leads = TableFiles.sheet(sheets, null, file);
        ColumnMapping columns = ColumnMapping.guess(leads);
        Clock clock = Clock.systemDefaultZone();
        LeadImport.Result read = new LeadImport(clock.instant(), clock.getZone()).read(leads, columns, null, null);
        return new ImportBook(database, clock, FollowUpPolicy::defaults).plan(read, DuplicatePolicy.SKIP);
    }

    /** What the import command does, into {@code dir}; {@code phases} gets each step's milliseconds. */
    private static ImportSummary importInto(Path dir, Path file, long[] phases) {
        long t0 = System.nanoTime();
        List<Table> sheets = TableFiles.read(file, FileFormat.of(file, null));
        Table leads = TableFiles.sheet(sheets, null, file);
        long t1 = System.nanoTime();
        ColumnMapping columns = ColumnMapping.guess(leads);
        long t2 = System.nanoTime();
        try (Database database = Database.open(dir)) {
            Clock clock = Clock.systemDefaultZone();
            long t3 = System.nanoTime();
            LeadImport.Result read = new LeadImport(clock.instant(), clock.getZone()).read(leads, columns, null, null);
            long t4 = System.nanoTime();
            ImportBook book = new ImportBook(database, clock, FollowUpPolicy::defaults);
            ImportPlan plan = book.plan(read, DuplicatePolicy.SKIP);
            long t5 = System.nanoTime();
            ImportSummary done = book.run(plan, ImportBook.Progress.NONE, () -> false);
            long t6 = System.nanoTime();
            if (done.imported() == 0) {
                throw new IllegalStateException("nothing imported: " + done.line());
            }
            long[] marks = {t0, t1, t2, t3, t4, t5, t6};
            for (int i = 0; i < phases.length; i++) {
                phases[i] = (marks[i + 1] - marks[i]) / 1_000_000;
            }
            return done;
        }
    }

    private static String verdict(Timings.Result result, long goalMillis) {
        return result.max() < goalMillis ? "met" : "NOT met";
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
