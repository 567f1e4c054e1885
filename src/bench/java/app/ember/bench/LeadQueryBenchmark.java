package app.ember.bench;

import app.ember.domain.LeadQuery;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.store.LeadBook;
import app.ember.store.LeadStore;
import app.ember.store.TagStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * What the lead list asks the database when its query changes, over 100,000 leads with 1,000,000
 * interactions ({@link BenchData}), for every sort, each filter and four searches. The default
 * {@code part=window} is what LeadListViewModel.reload reads: the first page of 100, the counts bar
 * (the total is summed from it) and the onboarding check. The target is 100 ms.
 *
 * <p>{@code -p part=count}, {@code page} or {@code bar} measures one part alone (to see which one is
 * slow); {@code countPageBar} is count + page + bar. Kind {@code filterChoices} is the source and tag
 * lists that the window reads again after a write. {@code -p kind=search:TEXT} measures any typed text
 * (e.g. {@code search:l}, what a pause after the first key searches for).
 *
 * <p>H2 hands back the previous result of an identical query when none of its tables changed. Before
 * each call one lead's updated_at is rewritten (outside the measured time), so nothing can be reused,
 * and the page size alternates between 100 and 101 as well. (Switching reuse off with
 * {@code SET OPTIMIZE_REUSE_RESULTS 0} is not the same: H2 then runs an {@code IN (SELECT ...)}
 * subquery again for every row, which the app never does.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LeadQueryBenchmark {
    @Param({"sortHeat", "sortNextFollowUp", "sortLastContact", "sortNeedBy", "sortName", "sortCreated",
        "hot", "warm", "cool", "cold", "statusWon", "tagRare", "tagCommon", "neverContacted", "overdue",
        "completeAddress", "searchRare", "searchCommon", "searchTwoWords", "searchNoMatch", "filterChoices"})
    public String kind;

    @Param("window")
    public String part;

    private Path dataDir;
    private Database database;
    private LeadBook book;
    private LeadQuery query;
    private int call;
    private long touchedLead;

    @Setup(Level.Trial)
    public void open() throws IOException {
        query = query(kind);
        dataDir = Files.createTempDirectory("ember-query-bench");
        BenchData.copyInto(dataDir);
        database = Database.open(dataDir);
        touchedLead = database.read(c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT MIN(id) FROM leads")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        book = new LeadBook(database);
    }

    /** A change to the leads table, so H2 cannot hand back a result it computed before. */
    @Setup(Level.Invocation)
    public void touch() {
        database.write(c -> {
            try (PreparedStatement statement = c.prepareStatement("UPDATE leads SET updated_at = ? WHERE id = ?")) {
                statement.setObject(1, OffsetDateTime.ofInstant(LeadGenerator.NOW.plusSeconds(call), ZoneOffset.UTC));
                statement.setLong(2, touchedLead);
                return statement.executeUpdate();
            }
        });
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
        BenchData.delete(dataDir);
    }

    static LeadQuery query(String kind) {
        LeadQuery all = LeadQuery.all();
        return switch (kind) {
            case "sortHeat", "filterChoices" -> all;
            case "sortNextFollowUp" -> all.withSort(LeadSort.NEXT_FOLLOW_UP);
            case "sortLastContact" -> all.withSort(LeadSort.LAST_CONTACT);
            case "sortNeedBy" -> all.withSort(LeadSort.NEED_BY);
            case "sortName" -> all.withSort(LeadSort.NAME);
            case "sortCreated" -> all.withSort(LeadSort.CREATED);
            case "hot" -> all.withTemperatures(Set.of(Temperature.HOT));
            case "warm" -> all.withTemperatures(Set.of(Temperature.WARM));
            case "cool" -> all.withTemperatures(Set.of(Temperature.COOL));
            case "cold" -> all.withTemperatures(Set.of(Temperature.COLD));
            case "statusWon" -> all.withStatuses(Set.of(LeadStatus.WON));
            case "tagRare" -> all.withTag(LeadGenerator.RARE_TAG);
            case "tagCommon" -> all.withTag(LeadGenerator.COMMON_TAG);
            case "neverContacted" -> all.withNeverContacted(true);
            case "overdue" -> all.withOverdueAt(LeadGenerator.NOW);
            case "completeAddress" -> all.withCompleteAddress(true);
            case "searchRare" -> all.withSearch(LeadGenerator.RARE_WORD);
            case "searchCommon" -> all.withSearch(LeadGenerator.COMMON_WORD);
            case "searchTwoWords" -> all.withSearch(LeadGenerator.COMMON_WORD + " " + LeadGenerator.SECOND_WORD);
            case "searchNoMatch" -> all.withSearch(LeadGenerator.NO_MATCH_WORD);
            default -> {
                if (kind.startsWith("search:")) { // -p kind=search:le measures any typed text
                    yield all.withSearch(kind.substring("search:".length()));
                }
                throw new IllegalArgumentException("unknown query kind " + kind);
            }
        };
    }

    private int pageSize() {
        return 100 + (call++ & 1);
    }

    /** What the list reads for a new query (page + counts bar + onboarding check), or one part of it. */
    @Benchmark
    public int firstPage() {
        int size = pageSize();
        if (kind.equals("filterChoices")) {
            return database.read(c -> new LeadStore().sources(c, size * 2).size()
                    + new TagStore().all(c, size * 2).size());
        }
        return switch (part) {
            case "window" -> book.page(query, 0, size).size() + book.countByTemperature(query).sameDay()
                    + (book.needsOnboarding() ? 1 : 0);
            case "countPageBar" -> book.count(query) + book.page(query, 0, size).size()
                    + book.countByTemperature(query).sameDay();
            case "count" -> book.count(query);
            case "page" -> book.page(query, 0, size).size();
            case "bar" -> book.countByTemperature(query).sameDay();
            default -> throw new IllegalArgumentException("unknown part " + part);
        };
    }
}
