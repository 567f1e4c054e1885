package app.ember.bench;

import app.ember.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The big benchmark book (100,000 leads, 1,000,000 interactions by default), built once and kept
 * as a compacted H2 file under {@code target/bench-data/} (or {@code -Dember.bench.data=DIR}); each
 * run copies it into its own data dir. JMH runs every parameter value in a fork of its own, so
 * without this the 20-second fill would be paid once per query kind. {@code mvn clean} drops it.
 */
final class BenchData {
    static final int LEADS = 100_000;
    static final int INTERACTIONS_PER_LEAD = 10;
    static final long SEED = 42;
    /** Bump when LeadGenerator changes what it stores, so an old template is not reused. (A template from
     * an older schema still works: Database.open migrates each copy, at some cost per run.) */
    private static final String VERSION = "v1";
    private static final String FILE = "ember.mv.db";

    private BenchData() {
    }

    /** Builds the template ahead of a run (or reports it is there): {@code java ... app.ember.bench.BenchData}. */
    public static void main(String[] args) throws IOException {
        Path dir = template(LEADS, INTERACTIONS_PER_LEAD);
        System.out.print(dir + "\n" + Files.readString(dir.resolve("complete.txt")));
    }

    /** Copies the book into {@code dataDir} (created if missing), building the template first if needed. */
    static Path copyInto(Path dataDir, int leads, int interactionsPerLead) {
        try {
            Path template = template(leads, interactionsPerLead);
            Files.createDirectories(dataDir);
            Files.copy(template.resolve(FILE), dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyInto(Path dataDir) {
        return copyInto(dataDir, LEADS, INTERACTIONS_PER_LEAD);
    }

    private static Path root() {
        return Path.of(System.getProperty("ember.bench.data", "target/bench-data")).toAbsolutePath();
    }

    private static synchronized Path template(int leads, int interactionsPerLead) throws IOException {
        Path dir = root().resolve(String.format("%s-%d-leads-%d-interactions-each-seed-%d", VERSION, leads,
                interactionsPerLead, SEED));
        if (Files.isRegularFile(dir.resolve("complete.txt"))) {
            return dir;
        }
        Files.createDirectories(root());
        Path building = Files.createTempDirectory(root(), "building-");
        System.out.printf("Building the benchmark book in %s ...%n", building);
        long start = System.nanoTime();
        Database.open(building).close(); // the schema, by the app's own migrations
        LeadGenerator.Filled filled;
        long filledMs;
        // The fill runs on a plain connection with H2's default write delay: with the app's
        // WRITE_DELAY=0 every batch writes its pages through, and 100,000 leads take ~23 s instead of ~9 s.
        // A bulk load leaves the file several times larger than its data; compacting keeps the copies small.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + building.resolve("ember"),
                "ember", "");
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            filled = LeadGenerator.fill(connection, leads, interactionsPerLead, SEED);
            connection.commit();
            filledMs = (System.nanoTime() - start) / 1_000_000;
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("Building the benchmark book failed: " + e.getMessage(), e);
        }
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        Files.deleteIfExists(building.resolve("ember.trace.db")); // Database.close's note that SHUTDOWN closed it
        String report = String.format("%s%nfill (with open and migrate) %,d ms, with compaction %,d ms, file %,d bytes%n",
                filled, filledMs, totalMs, Files.size(building.resolve(FILE)));
        Files.writeString(building.resolve("complete.txt"), report, StandardCharsets.UTF_8);
        System.out.print("Built the benchmark book: " + report);
        try {
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(dir.resolve("complete.txt"))) {
                throw e;
            }
            delete(building); // built meanwhile by another run: keep that one
        }
        return dir;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
