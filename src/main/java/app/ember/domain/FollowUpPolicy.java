package app.ember.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How quickly and how often each temperature is followed up, and by which channels in turn. The
 * defaults come from the design notes; the settings screen (the planner issue) will let the user
 * change them.
 */
public final class FollowUpPolicy {
    /** The three-prong habit: call, then a postcard, then an e-mail, then round again. */
    public static final List<Channel> SEQUENCE = List.of(Channel.CALL, Channel.POSTCARD, Channel.EMAIL);

    private final Map<Temperature, Duration> firstResponse;
    private final Map<Temperature, Integer> cadenceDays;
    private final int nurtureDays;

    private FollowUpPolicy(Map<Temperature, Duration> firstResponse, Map<Temperature, Integer> cadenceDays,
                           int nurtureDays) {
        this.firstResponse = new EnumMap<>(firstResponse);
        this.cadenceDays = new EnumMap<>(cadenceDays);
        this.nurtureDays = nurtureDays;
    }

    /** Hot 24 h then every 3 days; warm 48 h then weekly; cool 72 h then fortnightly; cold 72 h then monthly. */
    public static FollowUpPolicy defaults() {
        Map<Temperature, Duration> first = new EnumMap<>(Temperature.class);
        first.put(Temperature.HOT, Duration.ofHours(24));
        first.put(Temperature.WARM, Duration.ofHours(48));
        first.put(Temperature.COOL, Duration.ofHours(72));
        first.put(Temperature.COLD, Duration.ofHours(72));
        Map<Temperature, Integer> every = new EnumMap<>(Temperature.class);
        every.put(Temperature.HOT, 3);
        every.put(Temperature.WARM, 7);
        every.put(Temperature.COOL, 14);
        every.put(Temperature.COLD, 30);
        return new FollowUpPolicy(first, every, 90);
    }

    /** The time allowed from a lead's arrival to its first touch (same-day leads: see {@link #firstResponseDeadline}). */
    public Duration firstResponseWindow(Temperature temperature) {
        return firstResponse.get(temperature);
    }

    /**
     * When the first touch is due. A same-day hot lead must be contacted before its arrival day ends
     * in the user's zone (or within the hot window, if that comes sooner); others within their window.
     */
    public Instant firstResponseDeadline(Temperature temperature, boolean sameDay, Instant arrived, ZoneId zone) {
        Instant window = arrived.plus(firstResponseWindow(temperature));
        if (temperature == Temperature.HOT && sameDay) {
            Instant endOfDay = arrived.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            return endOfDay.isBefore(window) ? endOfDay : window;
        }
        return window;
    }

    /** Days between touches; calendar days, so a weekly call stays at the same local hour across DST. */
    public int cadenceDays(Temperature temperature) {
        return cadenceDays.get(temperature);
    }

    public Duration cadence(Temperature temperature) {
        return Duration.ofDays(cadenceDays(temperature));
    }

    /** Days a lost lead rests in nurture before it comes back for a touch. */
    public int nurtureDays() {
        return nurtureDays;
    }

    /**
     * When the next touch is due: the first-response deadline while nobody has been in touch, else
     * one cadence after the last contact (the same local time, that many calendar days later).
     */
    public Instant nextFollowUp(Temperature temperature, boolean sameDay, Instant arrived, Instant lastContact,
                                ZoneId zone) {
        if (lastContact == null) {
            return firstResponseDeadline(temperature, sameDay, arrived, zone);
        }
        return plusDays(lastContact, cadenceDays(temperature), zone);
    }

    /** When a lead that said "not interested" comes back from nurture. */
    public Instant nurtureReturn(Instant at, ZoneId zone) {
        return plusDays(at, nurtureDays, zone);
    }

    private static Instant plusDays(Instant from, int days, ZoneId zone) {
        ZonedDateTime local = from.atZone(zone);
        return local.plusDays(days).toInstant();
    }

    /**
     * The next prong for a lead: after a call (or voicemail) a postcard, after a postcard (or letter)
     * an e-mail, after an e-mail a call again; channels the lead has no details for are skipped.
     *
     * @param lastOutgoing the channel of our last touch, or null when we never reached out
     */
    public static Channel nextProng(Channel lastOutgoing, boolean hasPhone, boolean hasAddress, boolean hasEmail) {
        int start = switch (lastOutgoing == null ? Channel.EMAIL : lastOutgoing) {
            case CALL, VOICEMAIL, TEXT -> 1;
            case POSTCARD, LETTER -> 2;
            default -> 0;
        };
        for (int step = 0; step < SEQUENCE.size(); step++) {
            Channel candidate = SEQUENCE.get((start + step) % SEQUENCE.size());
            boolean possible = switch (candidate) {
                case CALL -> hasPhone;
                case POSTCARD -> hasAddress;
                default -> hasEmail;
            };
            if (possible) {
                return candidate;
            }
        }
        return Channel.CALL; // no details at all: a call is still the most likely first step once found
    }
}
