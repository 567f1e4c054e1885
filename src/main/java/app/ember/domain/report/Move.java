package app.ember.domain.report;

import app.ember.domain.Temperature;
import java.util.Objects;

/**
 * One kind of change in the temperature history: from one temperature to another, or (from null)
 * the temperature a lead arrived with.
 */
public record Move(Temperature from, Temperature to) {
    public Move {
        Objects.requireNonNull(to, "to");
    }

    /** Closer to buying: cold to cool, warm to hot. */
    public boolean warmed() {
        return from != null && to.rank() < from.rank();
    }

    public boolean cooled() {
        return from != null && to.rank() > from.rank();
    }
}
