package app.ember.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The first-response clock: from a lead's arrival to its first touch, against its temperature's
 * window. Either the touch came (on time, or late by how much) or the clock still runs (time left,
 * or already late by how much).
 *
 * @param margin time left (running), time to spare (on time), or how late (late): never negative
 */
public record ResponseClock(State state, Duration margin, Instant deadline) {

    public enum State {
        /** Touched within the window. */
        ON_TIME,
        /** Touched, but after the window. */
        LATE,
        /** Not touched yet; the window is still open. */
        RUNNING,
        /** Not touched yet and the window has closed. */
        OVERDUE
    }

    public static ResponseClock of(FollowUpPolicy policy, Temperature temperature, boolean sameDay, Instant arrived,
                                   Instant firstTouch, Instant now, ZoneId zone) {
        Instant deadline = policy.firstResponseDeadline(temperature, sameDay, arrived, zone);
        if (firstTouch != null) {
            return firstTouch.isAfter(deadline)
                    ? new ResponseClock(State.LATE, Duration.between(deadline, firstTouch), deadline)
                    : new ResponseClock(State.ON_TIME, Duration.between(firstTouch, deadline), deadline);
        }
        return now.isAfter(deadline)
                ? new ResponseClock(State.OVERDUE, Duration.between(deadline, now), deadline)
                : new ResponseClock(State.RUNNING, Duration.between(now, deadline), deadline);
    }

    public boolean isLate() {
        return state == State.LATE || state == State.OVERDUE;
    }
}
