package app.ember.domain.report;

import app.ember.domain.Temperature;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead as a report lists it: enough to name it, colour it and open it.
 *
 * @param at what the list is about: the first touch (late first responses, null while none), the
 *           follow-up that was due (neglected), or null
 */
public record ReportLead(long id, String name, Temperature temperature, boolean sameDay, Instant created,
                         Instant at) {
    public ReportLead {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(created, "created");
    }
}
