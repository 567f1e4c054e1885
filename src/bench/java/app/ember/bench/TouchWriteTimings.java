package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Outcome;
import app.ember.store.Database;
import app.ember.store.TouchLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * What keeping a touch's facts costs on a write, at 100,000 leads and 1,000,000 touches: logging one
 * touch now on a lead picked at random, and one dated 30 days back (it renumbers the lead's later
 * touches and moves their counts), commit included. Figures go to target/bench/touch-writes.txt.
 */
public final class TouchWriteTimings {
    private TouchWriteTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        try (Database database = BenchDatabase.open()) {
            TouchLog log = new TouchLog(database, Clock.systemUTC(), FollowUpPolicy.defaults());
            long first = BenchDatabase.busyLead(database);
            Random random = new Random(11);
            timings.line("Logging touches at %,d leads and %,d touches", BenchDatabase.LEADS, BenchDatabase.TOUCHES);
            timings.add("log a touch now (commit included)", Timings.measure(20, 200, () -> log.logTouch(
                    first + 1 + random.nextInt(BenchDatabase.LEADS - 1), Channel.CALL, Direction.OUT,
                    Outcome.REACHED, 10, "bench", Instant.now(), null)));
            timings.add("log a touch dated 30 days back", Timings.measure(20, 200, () -> log.logTouch(
                    first + 1 + random.nextInt(BenchDatabase.LEADS - 1), Channel.EMAIL, Direction.OUT,
                    Outcome.SENT, 5, "bench", Instant.now().minus(Duration.ofDays(30)), null)));
        }
        timings.write("touch-writes.txt");
    }
}
