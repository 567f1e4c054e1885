package app.ember.domain.report;

/**
 * First responses of one group of leads: touched inside their window, late (touched after it, or
 * not touched and the window has closed), or still waiting with the window open.
 */
public record Tally(int onTime, int late, int pending) {
    public static final Tally NONE = new Tally(0, 0, 0);

    public Tally {
        if (onTime < 0 || late < 0 || pending < 0) {
            throw new IllegalArgumentException("a tally counts leads: never below zero");
        }
    }

    public int total() {
        return onTime + late + pending;
    }

    /** On time out of those decided (pending ones are not decided yet); null when none is. */
    public Double rate() {
        int decided = onTime + late;
        return decided == 0 ? null : (double) onTime / decided;
    }

    Tally plus(Tally other) {
        return new Tally(onTime + other.onTime, late + other.late, pending + other.pending);
    }
}
