package app.ember.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How quickly and how often each temperature is followed up. The defaults come from the design
 * notes; the settings screen will let the user change them.
 */
public final class FollowUpPolicy {
    private final Map<Temperature, Duration> firstResponse;
    private final Map<Temperature, Duration> cadence;
    private final Duration sameDayWindow;

    private FollowUpPolicy(Map<Temperature, Duration> firstResponse, Map<Temperature, Duration> cadence,
                           Duration sameDayWindow) {
        this.firstResponse = new EnumMap<>(firstResponse);
        this.cadence = new EnumMap<>(cadence);
        this.sameDayWindow = sameDayWindow;
    }

    /** Hot 24 h then every 3 days; warm 48 h then weekly; cool 72 h then fortnightly; cold 72 h then monthly. */
    public static FollowUpPolicy defaults() {
        Map<Temperature, Duration> first = new EnumMap<>(Temperature.class);
        first.put(Temperature.HOT, Duration.ofHours(24));
        first.put(Temperature.WARM, Duration.ofHours(48));
        first.put(Temperature.COOL, Duration.ofHours(72));
        first.put(Temperature.COLD, Duration.ofHours(72));
        Map<Temperature, Duration> every = new EnumMap<>(Temperature.class);
        every.put(Temperature.HOT, Duration.ofDays(3));
        every.put(Temperature.WARM, Duration.ofDays(7));
        every.put(Temperature.COOL, Duration.ofDays(14));
        every.put(Temperature.COLD, Duration.ofDays(30));
        return new FollowUpPolicy(first, every, Duration.ofHours(8));
    }

    /** The time allowed from a lead's arrival to its first touch. */
    public Duration firstResponseWindow(Temperature temperature, boolean sameDay) {
        return temperature == Temperature.HOT && sameDay ? sameDayWindow : firstResponse.get(temperature);
    }

    public Duration cadence(Temperature temperature) {
        return cadence.get(temperature);
    }

    /**
     * When the next touch is due: the first response window after arrival while nobody has been in
     * touch, else one cadence after the last contact.
     */
    public Instant nextFollowUp(Temperature temperature, boolean sameDay, Instant arrived, Instant lastContact) {
        if (lastContact == null) {
            return arrived.plus(firstResponseWindow(temperature, sameDay));
        }
        return lastContact.plus(cadence(temperature));
    }
}
