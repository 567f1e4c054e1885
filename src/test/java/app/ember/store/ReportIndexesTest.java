package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Lead;
import app.ember.domain.Temperature;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's queries over many rows read an index alone, never the rows behind it (V33): a quarter's
 * report at 100,000 leads spent most of its time reading the rows of its arrivals, of its changes of
 * temperature and of the never-contacted leads after an index had found them. Each query the report
 * runs is caught as the store prepares it and asked again with EXPLAIN; every column it reads of its
 * table must then be in the index H2 chose (or be the table's key). Reading leads by id (the ones a
 * list shows, at most 200) is what lists are for, and is left out.
 */
class ReportIndexesTest {
    private static final Instant NOW = Instant.parse("2026-12-10T18:00:00Z");
    @TempDir
    Path dataDir;
    private Database database;

    /** A query as the store prepared it, with what it bound. */
    private record Asked(String sql, List<Object[]> bindings) {
    }

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        LeadStore leads = new LeadStore();
        List<Lead> book = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            book.add(TestLeads.lead("Lead", "No" + i, Temperature.values()[i % 4], i % 7 == 0,
                    NOW.minus(Duration.ofDays(i % 40))));
        }
        database.write(c -> leads.insertAll(c, book));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void arrivalsAreReadFromAnIndexThatCoversThem() {
        assertCovered(c -> new ArrivalQueries().arrivals(c, NOW.minus(Duration.ofDays(91)), NOW), "LEADS");
    }

    @Test
    void neverContactedIsCountedAndListedFromAnIndex() {
        ReportStore store = new ReportStore();
        assertCovered(store::neverContactedCount, "LEADS");
        assertCovered(c -> store.neverContacted(c, 200), "LEADS");
    }

    @Test
    void openLeadsAndTemperaturesNowAreCountedFromAnIndex() {
        assertCovered(new ReportStore()::leadsNow, "LEADS");
    }

    @Test
    void neglectedLeadsAreChosenFromAnIndex() {
        Map<Temperature, Instant> cutoffs = new EnumMap<>(Temperature.class);
        for (Temperature temperature : Temperature.values()) {
            cutoffs.put(temperature, NOW.minus(Duration.ofDays(7)));
        }
        assertCovered(c -> new ReportStore().neglectedIds(c, cutoffs), "LEADS");
    }

    @Test
    void movesAndTheWeekByWeekChartAreCountedFromAnIndex() {
        ReportStore store = new ReportStore();
        assertCovered(c -> store.moves(c, NOW.minus(Duration.ofDays(91)), NOW), "TEMPERATURE_CHANGES");
        assertCovered(c -> store.movesBetween(c, List.of(NOW.minus(Duration.ofDays(91)),
                NOW.minus(Duration.ofDays(84)), NOW.minus(Duration.ofDays(7)))), "TEMPERATURE_CHANGES");
        assertCovered(c -> store.changedLeads(c, NOW.minus(Duration.ofDays(91)), NOW), "TEMPERATURE_CHANGES");
    }

    /** Runs the work, then checks each query it made on this table (by id ones aside). */
    private void assertCovered(SqlWork<?> work, String table) {
        List<Asked> asked = new ArrayList<>();
        database.read(c -> work.run(recording(c, asked)));
        int checked = 0;
        List<String> plans = new ArrayList<>();
        for (Asked query : asked) {
            String plan = database.read(c -> explain(c, query));
            plans.add(plan);
            // Quoted in the plan, unquoted in the comment a derived table's plan is printed in.
            Matcher from = Pattern.compile("FROM \"?PUBLIC\"?\\.\"?" + table + "\"? \"?(\\w+)\"?\\s*/\\* PUBLIC\\.(\\w+)")
                    .matcher(plan);
            if (!from.find() || from.group(2).startsWith("PRIMARY_KEY")) {
                continue; // another table, or rows read by their id
            }
            String alias = from.group(1);
            String index = from.group(2);
            Set<String> read = new TreeSet<>();
            Matcher column = Pattern.compile("(?<![\\w\"])\"?" + alias + "\"?\\.\"?(\\w+)").matcher(plan);
            while (column.find()) {
                read.add(column.group(1));
            }
            Set<String> held = database.read(c -> indexColumns(c, index));
            read.removeAll(held);
            read.remove("ID"); // the key: every index entry holds it
            assertTrue(read.isEmpty(), index + " leaves " + read + " to be read from each row of " + table
                    + ":\n" + plan);
            checked++;
        }
        assertFalse(asked.isEmpty(), "no query was made");
        assertTrue(checked > 0, "no query read " + table + " through an index: " + plans);
    }

    private static String explain(Connection c, Asked query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("EXPLAIN " + query.sql())) {
            for (Object[] binding : query.bindings()) {
                s.setObject((Integer) binding[0], binding[1]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static Set<String> indexColumns(Connection c, String index) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                + "WHERE INDEX_NAME = ?")) {
            s.setString(1, index);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        assertFalse(columns.isEmpty(), "no columns for index " + index);
        return columns;
    }

    /** The connection, noting each statement prepared on it and what was bound to it. */
    private static Connection recording(Connection c, List<Asked> asked) {
        return (Connection) Proxy.newProxyInstance(ReportIndexesTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    Object result = call(method, c, args);
                    if (method.getName().equals("prepareStatement")) {
                        Asked query = new Asked((String) args[0], new ArrayList<>());
                        asked.add(query);
                        PreparedStatement statement = (PreparedStatement) result;
                        return Proxy.newProxyInstance(ReportIndexesTest.class.getClassLoader(),
                                new Class<?>[]{PreparedStatement.class}, (p, m, a) -> {
                                    if (m.getName().startsWith("set") && a != null && a.length >= 2
                                            && a[0] instanceof Integer) {
                                        query.bindings().add(new Object[]{a[0], a[1]});
                                    }
                                    return call(m, statement, a);
                                });
                    }
                    return result;
                });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theRecordingSeesTheQueriesOfTheStore() {
        List<Asked> asked = new ArrayList<>();
        database.read(c -> new ReportStore().neverContactedCount(recording(c, asked)));
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).sql().contains("last_contact_at IS NULL"), asked.get(0).sql());
    }
}
