package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each touch keeps its attempt number and the lead's temperature at its time (for the report's "what
 * works" table): right after touches logged out of order, deleted, put back and edited, and after
 * temperature changes, checked against {@link TouchFactsOracle} and by hand.
 */
class TouchFactsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;
    private TouchLog log;
    private final Instant[] now = {NOW};
    private long lead;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        book = new LeadBook(database, clock, FollowUpPolicy.defaults());
        log = new TouchLog(database, clock, FollowUpPolicy.defaults());
        lead = book.create(Lead.builder().firstName("Hanna").lastName("Berg").temperature(Temperature.WARM)
                .created(NOW.minus(Duration.ofDays(30))).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long touch(int daysAgo, Direction direction) {
        return log.logTouch(lead, Channel.CALL, direction, Outcome.REACHED, 5, "", NOW.minus(Duration.ofDays(daysAgo)),
                null).interactionId();
    }

    /** The lead's touches oldest first, as "attempt/temperature" ("-" for a touch from the lead). */
    private List<String> facts() {
        return database.read(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT attempt, lead_temperature FROM interactions "
                    + "WHERE lead_id = ? ORDER BY occurred_at, id")) {
                s.setLong(1, lead);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        int attempt = rows.getInt(1);
                        result.add((rows.wasNull() ? "-" : String.valueOf(attempt)) + "/" + rows.getString(2));
                    }
                }
            }
            return result;
        });
    }

    private void assertAgreesWithTheOracle() {
        assertEquals(List.of(), database.read(TouchFactsOracle::mismatches));
    }

    @Test
    void touchesLoggedOutOfOrderAreNumberedInTimeOrder() {
        touch(3, Direction.OUT);
        touch(10, Direction.OUT);
        touch(7, Direction.IN);
        touch(5, Direction.OUT);
        touch(10, Direction.OUT); // the same moment as the second: logged later, so counted after it
        assertEquals(List.of("1/warm", "2/warm", "-/warm", "3/warm", "4/warm"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void aTouchTimedFinerThanTheBookKeepsItsNumber() {
        // The book keeps microseconds and rounds: 0.7 µs past a whole one is stored as the next one, later
        // than the moment the touch was logged with (a clock's Instant.now() has nanoseconds).
        log.logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 5, "", NOW.minusSeconds(60).plusNanos(700), null);
        touch(3, Direction.OUT);
        assertEquals(List.of("1/warm", "2/warm"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void deletingATouchMovesTheLaterOnesUpAndPuttingItBackMovesThemDown() {
        touch(10, Direction.OUT);
        long second = touch(8, Direction.OUT);
        touch(6, Direction.OUT);
        touch(4, Direction.OUT);
        TouchLog.Removed removed = log.deleteTouch(second).orElseThrow();
        assertEquals(List.of("1/warm", "2/warm", "3/warm"), facts());
        assertAgreesWithTheOracle();
        log.restoreTouch(removed);
        assertEquals(List.of("1/warm", "2/warm", "3/warm", "4/warm"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void deletingAnIncomingTouchLeavesTheAttemptsAlone() {
        touch(10, Direction.OUT);
        long in = touch(8, Direction.IN);
        touch(6, Direction.OUT);
        log.deleteTouch(in);
        assertEquals(List.of("1/warm", "2/warm"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void anEditedTimeOrDirectionRenumbersTheLead() {
        long first = touch(10, Direction.OUT);
        touch(8, Direction.OUT);
        long third = touch(6, Direction.OUT);
        Interaction moved = log.touch(first).orElseThrow();
        log.updateTouch(new Interaction(first, lead, NOW.minus(Duration.ofDays(2)), moved.channel(), Direction.OUT,
                moved.outcome(), moved.minutes(), moved.note()));
        Interaction turned = log.touch(third).orElseThrow();
        log.updateTouch(new Interaction(third, lead, turned.at(), turned.channel(), Direction.IN, turned.outcome(),
                turned.minutes(), turned.note()));
        assertEquals(List.of("1/warm", "-/warm", "2/warm"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void eachTouchKeepsTheTemperatureOfItsTimeThroughChangesAndBackdatedTouches() {
        touch(20, Direction.OUT);
        now[0] = NOW.minus(Duration.ofDays(15));
        book.setTemperature(List.of(lead), Temperature.HOT, false, "event near");
        now[0] = NOW;
        touch(12, Direction.OUT);
        now[0] = NOW.minus(Duration.ofDays(9));
        book.setTemperature(List.of(lead), Temperature.COOL, false, "silence");
        now[0] = NOW;
        touch(5, Direction.OUT);
        touch(17, Direction.OUT); // logged late, before the change to hot
        touch(14, Direction.IN);
        assertEquals(List.of("1/warm", "2/warm", "-/hot", "3/hot", "4/cool"), facts());
        assertAgreesWithTheOracle();
        // A change logged later but dated back (as an import's history may be) reaches the touches after it.
        database.write(c -> new TemperatureChangeStore().insert(c, new app.ember.domain.TemperatureChange(0, lead,
                NOW.minus(Duration.ofDays(13)), Temperature.HOT, Temperature.COLD, "dated back")));
        assertEquals(List.of("1/warm", "2/warm", "-/hot", "3/cold", "4/cool"), facts());
        assertAgreesWithTheOracle();
    }

    @Test
    void aBookFilledPastTheStoreIsPutRightByRefresh() {
        for (int day : new int[]{9, 3, 6, 1}) {
            touch(day, Direction.OUT);
        }
        database.write(c -> c.createStatement().executeUpdate("UPDATE interactions SET attempt = NULL, "
                + "lead_temperature = NULL"));
        assertTrue(!database.read(TouchFactsOracle::mismatches).isEmpty());
        assertEquals(4, (int) database.<Integer>write(c -> TouchFacts.refreshAll(c)));
        assertAgreesWithTheOracle();
        assertEquals(0, (int) database.<Integer>write(c -> TouchFacts.refreshAll(c)), "nothing left to change");
        // A touch logged on a lead whose touches have no attempt yet numbers the whole lead.
        database.write(c -> c.createStatement().executeUpdate("UPDATE interactions SET attempt = NULL"));
        touch(2, Direction.OUT);
        assertEquals(Arrays.asList("1/warm", "2/warm", "3/warm", "4/warm", "5/warm"), facts());
        assertAgreesWithTheOracle();
    }
}
