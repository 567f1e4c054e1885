package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Outcome;
import app.ember.store.Database;
import app.ember.store.InteractionStore;
import app.ember.store.LeadStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A data dir with 100,000 generated leads and 1,000,000 touches, built once and kept in
 * target/bench-data so later runs reuse it. The first lead has 10,000 touches of its own.
 */
final class BenchDatabase {
    static final int LEADS = 100_000;
    static final int TOUCHES = 1_000_000;
    static final int BUSY_LEAD_TOUCHES = 10_000;

    private BenchDatabase() {
    }

    static Database open() throws Exception {
        // -Dbench.data=DIR measures an existing bench data dir elsewhere instead.
        Path dir = Path.of(System.getProperty("bench.data", Path.of("target", "bench-data").toString()));
        boolean fresh = !Files.exists(dir.resolve("ember.mv.db"));
        Database database = Database.open(dir);
        if (fresh) {
            long started = System.nanoTime();
            List<Long> ids = database.write(c -> new LeadStore().insertAll(c, LeadGenerator.leads(LEADS, 42)));
            Random random = new Random(7);
            Instant now = Instant.now();
            List<Interaction> touches = new ArrayList<>(50_000);
            for (int i = 0; i < TOUCHES; i++) {
                // The first lead gets 10,000 touches; the rest are spread over the others.
                long lead = i < BUSY_LEAD_TOUCHES ? ids.get(0) : ids.get(1 + random.nextInt(ids.size() - 1));
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                touches.add(new Interaction(0, lead, now.minus(Duration.ofMinutes(1 + random.nextInt(500_000))),
                        channel, Direction.OUT, Outcome.values()[random.nextInt(Outcome.values().length)],
                        channel.defaultMinutes(), "Generated touch " + i));
                if (touches.size() == 50_000) {
                    List<Interaction> batch = List.copyOf(touches);
                    database.write(c -> {
                        new InteractionStore().insertAll(c, batch);
                        return null;
                    });
                    touches.clear();
                }
            }
            // The touches went in past the store, so each lead's last outgoing channel (the planner's
            // place in the channel sequence) is filled here, as the migration fills it for real books.
            database.write(c -> c.createStatement().executeUpdate("UPDATE leads SET last_out_channel = "
                    + "(SELECT i.channel FROM interactions i WHERE i.lead_id = leads.id AND i.direction = 'out' "
                    + "ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1)"));
            System.out.printf("built %d leads and %d touches in %.1f s%n", LEADS, TOUCHES,
                    (System.nanoTime() - started) / 1e9);
        }
        return database;
    }

    static long busyLead(Database database) {
        return database.read(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT MIN(id) FROM leads")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
