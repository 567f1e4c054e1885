package app.ember.bench;

import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.store.LeadBook;
import app.ember.store.LeadStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lead list's first page over 100,000 leads, as the window asks for it: count plus the first
 * page, hottest first. The page size alternates by one row so H2 cannot hand back a cached result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LeadListBenchmark {
    @Param("100000")
    public int leads;

    private Path dataDir;
    private Database database;
    private LeadBook book;
    private int call;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        dataDir = Files.createTempDirectory("ember-bench");
        database = Database.open(dataDir);
        database.write(c -> {
            new LeadStore().insertAll(c, LeadGenerator.leads(leads, 42));
            return null;
        });
        book = new LeadBook(database);
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private int pageSize() {
        return 100 + (call++ & 1);
    }

    @Benchmark
    public List<LeadRow> firstPageHottestFirst() {
        return book.page(LeadQuery.all(), 0, pageSize());
    }

    @Benchmark
    public int countAndFirstPageHottestFirst() {
        LeadQuery query = LeadQuery.all();
        return book.count(query) + book.page(query, 0, pageSize()).size();
    }

    @Benchmark
    public List<LeadRow> firstPageOfHotLeads() {
        return book.page(LeadQuery.all().withTemperatures(Set.of(Temperature.HOT)), 0, pageSize());
    }

    @Benchmark
    public List<LeadRow> firstPageOfColdLeads() {
        return book.page(LeadQuery.all().withTemperatures(Set.of(Temperature.COLD)), 0, pageSize());
    }

    @Benchmark
    public int countOfColdLeads() {
        return book.count(LeadQuery.all().withTemperatures(Set.of(Temperature.COLD))) + (call++ & 1);
    }

    @Benchmark
    public List<LeadRow> firstPageByName() {
        return book.page(LeadQuery.all().withSort(LeadSort.NAME), 0, pageSize());
    }

    @Benchmark
    public List<LeadRow> pageDeepInTheListHottestFirst() {
        return book.page(LeadQuery.all(), 50_000, pageSize());
    }
}
