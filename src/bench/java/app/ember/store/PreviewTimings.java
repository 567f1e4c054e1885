package app.ember.store;

import app.ember.bench.LeadGeneratorAccess;
import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.LeadImport;
import app.ember.domain.Table;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import app.ember.io.TableFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The import wizard's preview step by step (issue 14: 10,000 rows under 2 s against a 100,000-lead book): read
 * the file, guess its columns, read the rows, load the book's duplicate keys, plan; then a re-plan after one
 * column's field is changed, as the wizard does it. Run in a fresh JVM, so its first round is the first preview
 * of a program. The book (100,000 generated leads, postcodes made valid) and the two 10,000-row files (the
 * first rows of Ember's own export, and a Google Contacts layout) are made once under {@code DIR} (default
 * target/bench-preview) and reused by later runs. Prints to the console.
 *
 * <p>{@code java -cp ... app.ember.store.PreviewTimings [DIR] [ROUNDS]}
 */
public final class PreviewTimings {
    private static final int LEADS = 100_000;
    private static final int ROWS = 10_000;

    private PreviewTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-preview");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path book = dir.resolve("book");
        Path ember = dir.resolve("ember-10000.csv");
        Path google = dir.resolve("google-10000.csv");
        if (!Files.exists(ember)) {
            make(book, ember);
        }
        if (!Files.exists(google)) {
            Files.writeString(google, googleRows(ROWS), StandardCharsets.UTF_8);
        }
        System.out.printf("%d cores, max heap %,d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        try (Database database = Database.open(book)) {
            Clock clock = Clock.systemDefaultZone();
            ImportBook imports = new ImportBook(database, clock, FollowUpPolicy::defaults);
            app.ember.app.Services services = new app.ember.app.Services(database, clock);
            // The wizard opens: the book's keys and the reading's tables are read while the user picks a file.
            long t0 = System.nanoTime();
            app.ember.app.LeadImports.Previews previews = services.imports().previews();
            previews.prepare();
            System.out.printf("wizard opened: book keys and reading tables prepared in %d ms (in the background)%n",
                    ms(t0, System.nanoTime()));
            for (int round = 1; round <= rounds; round++) {
                for (Path file : List.of(ember, google)) {
                    preview(round, file, imports, previews, database, clock);
                }
            }
        }
    }

    private static void preview(int round, Path file, ImportBook imports, app.ember.app.LeadImports.Previews previews,
                                Database database, Clock clock) {
        long t0 = System.nanoTime();
        List<Table> sheets = TableFiles.read(file, FileFormat.of(file, null));
        Table leads = TableFiles.sheet(sheets, null, file);
        long t1 = System.nanoTime();
        ColumnMapping columns = ColumnMapping.guess(leads);
        long t2 = System.nanoTime();
        ImportPlan plan = previews.plan(leads, columns, null, "GB", DuplicatePolicy.SKIP);
        long t3 = System.nanoTime();
        // A re-plan as the wizard makes it when the user changes one column's field.
        int source = -1;
        for (int i = 0; i < leads.header().size(); i++) {
            if (columns.field(i) == ImportField.IGNORE || columns.field(i) == ImportField.SOURCE) {
                source = i;
            }
        }
        ColumnMapping changed = source < 0 ? columns : columns.with(source, columns.field(source) == ImportField.SOURCE
                ? ImportField.IGNORE : ImportField.SOURCE);
        ImportPlan replanned = previews.plan(leads, changed, null, "GB", DuplicatePolicy.SKIP);
        long t4 = System.nanoTime();
        // The parts alone: the rows read, the book's state asked, the keys read, the old way's plan (keys read).
        LeadImport.Result read = new LeadImport(clock.instant(), clock.getZone()).defaultCountry("GB")
                .read(leads, columns, null, null);
        long t5 = System.nanoTime();
        database.read(BookKeys::state);
        long t6 = System.nanoTime();
        BookKeys keys = imports.keys();
        long t7 = System.nanoTime();
        imports.plan(read, DuplicatePolicy.SKIP, keys);
        long t8 = System.nanoTime();
        System.out.printf("round %d %-16s PREVIEW %5d ms (read file %4d, guess %3d, read rows + plan %5d); RE-PLAN %5d ms"
                + " | alone: read rows %4d, book state %3d, book keys %4d, match %3d; before: preview %5d ms"
                + " [%d add, %d skip, %d rejected; %d]%n", round, file.getFileName(), ms(t0, t3), ms(t0, t1), ms(t1, t2),
                ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6), ms(t6, t7), ms(t7, t8), ms(t0, t2) + ms(t4, t5)
                + ms(t6, t8), plan.count(ImportPlan.Action.ADD), plan.count(ImportPlan.Action.SKIP),
                plan.count(ImportPlan.Action.REJECT), replanned.entries().size());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void make(Path book, Path ember) throws Exception {
        Files.createDirectories(ember.getParent());
        Path all = ember.resolveSibling("all.csv");
        try (Database database = Database.open(book)) {
            System.out.println("book: " + database.write(c -> LeadGeneratorAccess.fill(c, LEADS, 0, 42)));
            // The generator draws any five digits as a postcode: valid ones for GB, CA and AU, as ImportExportTimings.
            database.write(c -> c.createStatement().executeUpdate("UPDATE leads SET postcode = "
                    + "CASE country_code WHEN 'GB' THEN CONCAT('LS', MOD(id, 28) + 1, ' ', MOD(id, 10), 'AB') "
                    + "WHEN 'CA' THEN CONCAT('M5V ', MOD(id, 10), 'T6') WHEN 'AU' THEN SUBSTRING(postcode, 2, 4) "
                    + "END WHERE country_code IN ('GB', 'CA', 'AU')"));
            LeadExport.write(new ExportReader(database), all, FileFormat.CSV);
        }
        try (Stream<String> lines = Files.lines(all)) {
            Files.write(ember, lines.limit(ROWS + 1L).toList());
        }
        Files.delete(all);
        Files.deleteIfExists(LeadExport.historyFile(all));
    }

    /** Rows in Google Contacts' CSV layout, as varied as people's: several e-mails and phones, events, countries. */
    static String googleRows(int count) {
        String[] first = {"Priya", "Tom", "Ana", "Jürgen", "Chloé", "Li", "Sam", "Fatima", "Oliver", "Mei"};
        String[] last = {"Sharma", "Smith", "García", "Müller", "Dubois", "Chen", "Kay", "Khan", "Brown", "Wong"};
        String[][] places = {
            {"9 Gay Street", "Bath", "", "BA1 2PH", "United Kingdom", "07700 900%03d"},
            {"1 Main St", "Springfield", "IL", "62701", "USA", "(217) 555-%04d"},
            {"Hauptstraße 5", "Berlin", "", "10115", "Deutschland", "030 1234%04d"},
            {"5 rue de la Paix", "Paris", "", "75002", "France", "01 42 68 %02d 00"},
            {"12 High Street", "Leeds", "", "LS1 4AB", "", "+44 113 496 %04d"},
            {"3 King St", "Toronto", "ON", "M5V 1T6", "Canada", "+1 416 555 %04d"},
        };
        StringBuilder csv = new StringBuilder("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
                + "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
                + "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                + "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
                + "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
                + "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
                + "Event 1 - Label,Event 1 - Value\n");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String f = first[i % first.length];
            String l = last[(i / first.length) % last.length] + (i / 100);
            String[] p = places[i % places.length];
            String phone = String.format(p[5], i % 10_000 % (p[5].contains("%02d") ? 100 : p[5].contains("%03d") ? 1000
                    : 10_000));
            cells.clear();
            cells.addAll(List.of(f, "", l, "", "", "", i % 7 == 0 ? "Dr" : "", "", "", "", i % 5 == 0 ? "Venue " + i : "",
                    "", "", i % 3 == 0 ? "--07-03" : i % 3 == 1 ? "1985-04-" + String.format("%02d", i % 28 + 1) : "",
                    "Met at the fair " + i, "", "* myContacts ::: Wedding", "Home",
                    f.toLowerCase() + "." + i + "@example.com", i % 2 == 0 ? "Work" : "",
                    i % 2 == 0 ? "w" + i + "@work.example" : "", "Mobile", phone, i % 4 == 0 ? "Work" : "",
                    i % 4 == 0 ? "01225 428" + String.format("%03d", i % 1000) : "", "Home",
                    p[0] + "\n" + p[1] + " " + p[3] + (p[4].isEmpty() ? "" : "\n" + p[4]), p[0], p[1], "", p[2], p[3],
                    p[4], i % 6 == 0 ? "Flat 3" : "", i % 4 == 0 ? "Anniversary" : "",
                    i % 4 == 0 ? "2012-05-" + String.format("%02d", i % 28 + 1) : ""));
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                csv.append(c == 0 ? "" : ",").append(cell.contains(",") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
