package app.ember.domain.report;

import app.ember.domain.Temperature;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead that arrived in the period, as the first-response figures need it.
 *
 * @param arrivedAs  the temperature it arrived with (its window was set then), from the history
 * @param firstTouch its first touch, or null while it has none
 */
public record Arrival(ReportLead lead, Temperature arrivedAs, Instant firstTouch) {
    public Arrival {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(arrivedAs, "arrivedAs");
    }
}
