package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.Outcome;
import app.ember.store.Database;
import app.ember.store.LeadBook;
import app.ember.store.PgPass;
import app.ember.store.PlanBook;
import app.ember.store.ServerAddress;
import app.ember.store.ServerBook;
import app.ember.store.StaleLeadException;
import app.ember.store.TouchLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A shared book on PostgreSQL (issue 19), measured: five simulated people working at once for 60 s
 * (three touches for each edit, on 50 leads so they collide), then the lead list's first page and the
 * week's plan at 100,000 leads on PostgreSQL and on H2, generated alike. Needs a server where the role
 * may create databases: EMBER_TEST_PG_URL (as the tests) or -Dbench.pg=URL; without one it says so and
 * stops. Written to target/bench/shared.txt.
 */
public final class SharedBookTimings {
    private static final int USERS = 5;
    private static final int BUSY_LEADS = 50;

    private SharedBookTimings() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.pg", System.getenv("EMBER_TEST_PG_URL"));
        if (url == null || url.isBlank()) {
            System.out.println("SharedBookTimings: skipped; no PostgreSQL server (set EMBER_TEST_PG_URL or -Dbench.pg)");
            return;
        }
        ServerAddress admin = ServerAddress.parse(url);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int leads = Integer.getInteger("bench.leads", 100_000);
        // -Dbench.parts=big (or users) runs one half; -Dbench.engines=postgresql skips the H2 book of the big half.
        String parts = System.getProperty("bench.parts", "users,big");
        Timings timings = new Timings();
        if (parts.contains("users")) {
            fiveUsers(admin, seconds, timings);
        }
        if (parts.contains("big")) {
            bigBook(admin, leads, timings);
        }
        timings.write("shared.txt");
    }

    private static void fiveUsers(ServerAddress admin, int seconds, Timings timings) throws Exception {
        ServerAddress book = fresh(admin, "ember_bench_users");
        Path dir = Files.createTempDirectory("ember-bench-users");
        List<Long> ids = new ArrayList<>();
        try (Database seed = ServerBook.open(dir, book, password(admin))) {
            LeadBook leads = new LeadBook(seed);
            for (Lead lead : LeadGenerator.leads(BUSY_LEADS, BenchData.SEED)) {
                ids.add(leads.create(lead));
            }
        }
        AtomicLong logged = new AtomicLong();
        AtomicLong edits = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<Double> commits = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<?>> done = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            done.add(users.submit(() -> {
                // Each user is an Ember of their own: their own connections to the server.
                try (Database database = ServerBook.open(dir, book, password(admin))) {
                    LeadBook leads = new LeadBook(database);
                    TouchLog touches = new TouchLog(database, Clock.systemUTC(), FollowUpPolicy.defaults());
                    Random random = new Random(user);
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long id = ids.get(random.nextInt(ids.size()));
                        if (++n % 4 != 0) {
                            long start = System.nanoTime();
                            touches.logTouch(id, Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 2, "user " + user,
                                    Instant.now().minusSeconds(60), null);
                            commits.add((System.nanoTime() - start) / 1e6);
                            logged.incrementAndGet();
                        } else {
                            Lead opened = leads.details(id).orElseThrow().lead();
                            // A person takes a moment to type: others may save meanwhile.
                            Thread.sleep(random.nextInt(200));
                            long start = System.nanoTime();
                            try {
                                leads.update(opened, opened.toBuilder().company("Edited by " + user + " #" + n).build(),
                                        "", "user " + user);
                                edits.incrementAndGet();
                            } catch (StaleLeadException stale) {
                                conflicts.incrementAndGet();
                            }
                            commits.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        users.shutdown();
        long stored;
        try (Database check = ServerBook.open(dir, book, password(admin))) {
            stored = check.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM interactions")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
        }
        List<Double> sorted = new ArrayList<>(commits);
        Collections.sort(sorted);
        timings.line("Five people at once on one PostgreSQL book for %d s (%d leads, 3 touches per edit, edits after "
                + "0-200 ms of 'typing'):", seconds, BUSY_LEADS);
        timings.line("  touches logged %,d, stored %,d (lost %d); edits saved %,d, refused as stale %,d (shown as "
                + "conflicts, nothing overwritten)", logged.get(), stored, logged.get() - stored, edits.get(),
                conflicts.get());
        timings.line("  commits: %,d, median %.2f ms, p95 %.2f ms, max %.2f ms", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
        drop(admin, "ember_bench_users");
    }

    private static void bigBook(ServerAddress admin, int count, Timings timings) throws Exception {
        List<LeadDetails> book = new ArrayList<>(count);
        for (Lead lead : LeadGenerator.leads(count, BenchData.SEED)) {
            book.add(new LeadDetails(lead, List.of(), List.of(), List.of(), LeadGenerator.tags(book.size(), BenchData.SEED),
                    List.of()));
        }
        Path h2Dir = Files.createTempDirectory("ember-bench-h2");
        // -Dbench.reuse=true measures the book a run with -Dbench.keep=true left (its schema brought up to date
        // by the opening, as any Ember's would), instead of storing 100,000 leads again.
        boolean reuse = Boolean.getBoolean("bench.reuse");
        ServerAddress pg = reuse ? named(admin, "ember_bench_big") : fresh(admin, "ember_bench_big");
        long opening = System.nanoTime();
        try (Database h2 = Database.open(h2Dir); Database server = ServerBook.open(h2Dir, pg, password(admin))) {
            if (reuse) {
                timings.line("PostgreSQL: the kept book opened (migrations included) in %.1f s",
                        (System.nanoTime() - opening) / 1e9);
            }
            boolean h2Too = System.getProperty("bench.engines", "h2,postgresql").contains("h2");
            for (Database database : h2Too ? List.of(h2, server) : List.of(server)) {
                String engine = database.isServer() ? "PostgreSQL" : "H2";
                if (!(reuse && database.isServer())) {
                    long start = System.nanoTime();
                    new LeadBook(database).addAll(book, "bench");
                    timings.line("%s: %,d leads stored in %.1f s", engine, count, (System.nanoTime() - start) / 1e9);
                }
                if (database.isServer()) {
                    // What a real server does after a bulk load (autovacuum, or the owner after a move-to):
                    // statistics for the planner, and the visibility map that lets a scan read an index alone.
                    long start = System.nanoTime();
                    admin(pg, "VACUUM ANALYZE");
                    timings.line("%s: VACUUM ANALYZE in %.1f s", engine, (System.nanoTime() - start) / 1e9);
                }
                LeadBook leads = new LeadBook(database);
                int[] size = {100};
                timings.add(engine + ": list, first page + counts", Timings.measure(3, 30, () -> {
                    size[0] = size[0] == 100 ? 101 : 100;
                    return leads.page(LeadQuery.all(), 0, size[0]).size() + leads.countByTemperature(LeadQuery.all()).sameDay();
                }));
                PlanBook plans = new PlanBook(database, Clock.systemDefaultZone(), FollowUpPolicy::defaults);
                timings.add(engine + ": the week's plan as the window shows it", Timings.measure(2, 10,
                        () -> plans.plan(plans.thisWeek()).actions().size()));
            }
        }
        if (!Boolean.getBoolean("bench.keep")) { // -Dbench.keep=true leaves the book there, for EXPLAIN
            drop(admin, "ember_bench_big");
        }
    }

    private static Optional<String> password(ServerAddress address) {
        return PgPass.ofSystem().passwordFor(address);
    }

    private static ServerAddress named(ServerAddress admin, String name) {
        return new ServerAddress(admin.user(), admin.host(), admin.port(), name, admin.options());
    }

    private static ServerAddress fresh(ServerAddress admin, String name) throws Exception {
        drop(admin, name);
        admin(admin, "CREATE DATABASE " + name);
        return new ServerAddress(admin.user(), admin.host(), admin.port(), name, admin.options());
    }

    private static void drop(ServerAddress admin, String name) throws Exception {
        admin(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(ServerAddress admin, String sql) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", admin.user());
        password(admin).ifPresent(p -> properties.setProperty("password", p));
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
