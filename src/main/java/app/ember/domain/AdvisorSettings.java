package app.ember.domain;

/**
 * The thresholds behind {@link TemperatureAdvisor}. They are settings rather than constants because
 * "near" and "silent" depend on the trade: a wedding florist plans months ahead, a gift shop days.
 *
 * @param hotEventWindowDays  an event this many days away or fewer makes a lead hot
 * @param warmEventWindowDays an event this many days away or fewer makes a lead at least warm
 * @param silentTouchesToCool this many unanswered outgoing touches in a row cool a lead by one step
 * @param quietDaysToCool     more than this many days without contact cool a lead by one step
 */
public record AdvisorSettings(int hotEventWindowDays, int warmEventWindowDays, int silentTouchesToCool,
                              int quietDaysToCool) {

    public AdvisorSettings {
        positive("hotEventWindowDays", hotEventWindowDays);
        positive("warmEventWindowDays", warmEventWindowDays);
        positive("silentTouchesToCool", silentTouchesToCool);
        positive("quietDaysToCool", quietDaysToCool);
        if (warmEventWindowDays < hotEventWindowDays) {
            // Otherwise an event could be "hot" yet too far away to be "warm", which reads as nonsense.
            throw new IllegalArgumentException("warmEventWindowDays (" + warmEventWindowDays
                    + ") must not be less than hotEventWindowDays (" + hotEventWindowDays + ")");
        }
    }

    /** The design notes' "event in the next 2-4 weeks" is hot; twice that warms; three unanswered touches cool. */
    public static AdvisorSettings defaults() {
        return new AdvisorSettings(28, 56, 3, 60);
    }

    private static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be greater than 0 (was " + value + ")");
        }
    }
}
