package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResponseClockTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final FollowUpPolicy policy = FollowUpPolicy.defaults();
    private final Instant arrived = Instant.parse("2026-11-20T09:00:00Z");

    private ResponseClock clock(Temperature t, boolean sameDay, Instant firstTouch, Instant now) {
        return ResponseClock.of(policy, t, sameDay, arrived, firstTouch, now, UTC);
    }

    @Test
    void aHotLeadFirstTouchedAfterThirtyHoursIsSixHoursLate() {
        ResponseClock clock = clock(Temperature.HOT, false, arrived.plus(Duration.ofHours(30)), arrived.plus(Duration.ofDays(5)));
        assertEquals(ResponseClock.State.LATE, clock.state());
        assertEquals(Duration.ofHours(6), clock.margin());
        assertTrue(clock.isLate());
    }

    @Test
    void aWarmLeadTouchedWithinTwoDaysIsOnTime() {
        ResponseClock clock = clock(Temperature.WARM, false, arrived.plus(Duration.ofHours(30)), arrived.plus(Duration.ofDays(5)));
        assertEquals(ResponseClock.State.ON_TIME, clock.state());
        assertEquals(Duration.ofHours(18), clock.margin());
        assertFalse(clock.isLate());
    }

    @Test
    void anUntouchedLeadRunsUntilItsDeadlineThenIsOverdue() {
        ResponseClock running = clock(Temperature.COOL, false, null, arrived.plus(Duration.ofHours(70)));
        assertEquals(ResponseClock.State.RUNNING, running.state());
        assertEquals(Duration.ofHours(2), running.margin());
        ResponseClock overdue = clock(Temperature.COLD, false, null, arrived.plus(Duration.ofHours(75)));
        assertEquals(ResponseClock.State.OVERDUE, overdue.state());
        assertEquals(Duration.ofHours(3), overdue.margin());
    }

    @Test
    void aSameDayLeadIsLateAfterMidnightEvenWithinTwentyFourHours() {
        // Arrived 09:00 UTC; touched at 08:00 the next morning: within 24 h, but not the same day.
        ResponseClock clock = clock(Temperature.HOT, true, arrived.plus(Duration.ofHours(23)), arrived.plus(Duration.ofDays(2)));
        assertEquals(ResponseClock.State.LATE, clock.state());
        assertEquals(Duration.ofHours(8), clock.margin());
        assertEquals(Instant.parse("2026-11-21T00:00:00Z"), clock.deadline());
    }

    @Test
    void atTheDeadlineExactlyIsStillOnTime() {
        assertEquals(ResponseClock.State.ON_TIME,
                clock(Temperature.HOT, false, arrived.plus(Duration.ofHours(24)), arrived.plus(Duration.ofDays(3))).state());
    }
}
