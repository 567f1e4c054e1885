package app.ember.domain;

import java.time.Duration;
import java.util.List;

/**
 * How one temperature is followed up: how soon the first touch is due, how often after that, by
 * which channels in turn, whether it waits until the session has time left, and whether its
 * birthdays and anniversaries get a greeting.
 */
public record TemperatureRule(Duration firstResponse, int cadenceDays, List<Channel> sequence,
                              boolean onlyWhenTimeLeft, boolean greetings) {
    public static final int MAX_WINDOW_HOURS = 24 * 30;
    public static final int MAX_CADENCE_DAYS = 365;

    public TemperatureRule {
        long hours = firstResponse == null ? 0 : firstResponse.toHours();
        if (hours < 1 || hours > MAX_WINDOW_HOURS) {
            throw new IllegalArgumentException("first response window must be 1 to " + MAX_WINDOW_HOURS
                    + " hours (was " + hours + ")");
        }
        if (cadenceDays < 1 || cadenceDays > MAX_CADENCE_DAYS) {
            throw new IllegalArgumentException("cadence must be 1 to " + MAX_CADENCE_DAYS + " days (was "
                    + cadenceDays + ")");
        }
        if (sequence == null || sequence.isEmpty()) {
            throw new IllegalArgumentException("channel sequence is empty; it needs at least one channel");
        }
        sequence = List.copyOf(sequence);
    }

    public TemperatureRule withFirstResponse(Duration window) {
        return new TemperatureRule(window, cadenceDays, sequence, onlyWhenTimeLeft, greetings);
    }

    public TemperatureRule withCadenceDays(int days) {
        return new TemperatureRule(firstResponse, days, sequence, onlyWhenTimeLeft, greetings);
    }

    public TemperatureRule withSequence(List<Channel> channels) {
        return new TemperatureRule(firstResponse, cadenceDays, channels, onlyWhenTimeLeft, greetings);
    }

    public TemperatureRule withOnlyWhenTimeLeft(boolean value) {
        return new TemperatureRule(firstResponse, cadenceDays, sequence, value, greetings);
    }

    public TemperatureRule withGreetings(boolean value) {
        return new TemperatureRule(firstResponse, cadenceDays, sequence, onlyWhenTimeLeft, value);
    }
}
