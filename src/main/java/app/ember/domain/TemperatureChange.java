package app.ember.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of temperature, kept for ever: when, from what, to what and why.
 *
 * @param from null for the temperature a lead was created with
 */
public record TemperatureChange(long id, long leadId, Instant at, Temperature from, Temperature to, String reason) {
    public TemperatureChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        reason = Text.clean(reason);
    }
}
