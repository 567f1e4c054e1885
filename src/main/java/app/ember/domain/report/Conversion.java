package app.ember.domain.report;

import java.util.Objects;

/**
 * Of the leads that arrived in the period from one source (or with one temperature): how many,
 * how many are won now, how many lost.
 */
public record Conversion(String group, int arrived, int won, int lost) {
    public Conversion {
        Objects.requireNonNull(group, "group");
        if (won + lost > arrived || won < 0 || lost < 0) {
            throw new IllegalArgumentException("won + lost must be within the leads that arrived");
        }
    }

    public double wonRate() {
        return arrived == 0 ? 0 : (double) won / arrived;
    }

    public double lostRate() {
        return arrived == 0 ? 0 : (double) lost / arrived;
    }
}
