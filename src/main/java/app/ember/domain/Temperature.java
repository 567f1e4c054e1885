package app.ember.domain;

/**
 * How close a lead is to buying. The order of the constants is the order of attention:
 * hot leads are worked first, cold leads only when the session has time left.
 */
public enum Temperature implements Coded {
    HOT, WARM, COOL, COLD;

    /** 0 for hot up to 3 for cold; stored beside the word so lists sort on an index, not a CASE. */
    public int rank() {
        return ordinal();
    }

    public static Temperature fromCode(String text) {
        return Codes.parse(Temperature.class, text, "temperature");
    }

    /**
     * The rank a list sorts on: a hot lead marked same day ("sizzling") stands before every other
     * hot lead, so it gets a rank of its own in front of all four temperatures.
     */
    public static int heatRank(Temperature temperature, boolean sameDay) {
        return temperature == HOT && sameDay ? 0 : temperature.rank() + 1;
    }
}
