package app.ember.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.WeekFields;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How quickly and how often each temperature is followed up, by which channels in turn, what each
 * channel costs in minutes, and how long the weekly session is. The defaults come from the design
 * notes; the settings screen changes them. Immutable: every change makes a new policy.
 */
public final class FollowUpPolicy {
    /** The three-prong habit: call, then a postcard, then an e-mail, then round again. */
    public static final List<Channel> SEQUENCE = List.of(Channel.CALL, Channel.POSTCARD, Channel.EMAIL);
    public static final int DEFAULT_SESSION_MINUTES = 120;
    public static final int MAX_SESSION_MINUTES = 24 * 60;
    public static final int MAX_CHANNEL_MINUTES = 8 * 60;
    public static final int MAX_NURTURE_DAYS = 10 * 365;

    private final Map<Temperature, TemperatureRule> rules;
    private final Map<Channel, Integer> minutes;
    private final int sessionMinutes;
    private final DayOfWeek weekStart;
    private final int nurtureDays;
    private final Channel greetingChannel;
    private final boolean overdueFirst;
    private final LocalTime workingHour;

    /** When a follow-up counted from a touch falls due: at the start of a working day, not the minute of the touch. */
    public static final LocalTime DEFAULT_WORKING_HOUR = LocalTime.of(9, 0);

    private FollowUpPolicy(Map<Temperature, TemperatureRule> rules, Map<Channel, Integer> minutes,
                           int sessionMinutes, DayOfWeek weekStart, int nurtureDays, Channel greetingChannel,
                           boolean overdueFirst, LocalTime workingHour) {
        for (Temperature temperature : Temperature.values()) {
            if (!rules.containsKey(temperature)) {
                throw new IllegalArgumentException("no rule for " + temperature.code() + " leads");
            }
        }
        for (Channel channel : Channel.values()) {
            int value = minutes.getOrDefault(channel, -1);
            if (value < 0 || value > MAX_CHANNEL_MINUTES) {
                throw new IllegalArgumentException("minutes for " + channel.code() + " must be 0 to "
                        + MAX_CHANNEL_MINUTES + " (was " + value + ")");
            }
        }
        if (sessionMinutes < 5 || sessionMinutes > MAX_SESSION_MINUTES) {
            throw new IllegalArgumentException("session must be 5 to " + MAX_SESSION_MINUTES + " minutes (was "
                    + sessionMinutes + ")");
        }
        if (nurtureDays < 1 || nurtureDays > MAX_NURTURE_DAYS) {
            throw new IllegalArgumentException("nurture must be 1 to " + MAX_NURTURE_DAYS + " days (was "
                    + nurtureDays + ")");
        }
        this.rules = new EnumMap<>(rules);
        this.minutes = new EnumMap<>(minutes);
        this.sessionMinutes = sessionMinutes;
        this.weekStart = weekStart == null ? DayOfWeek.MONDAY : weekStart;
        this.nurtureDays = nurtureDays;
        this.greetingChannel = greetingChannel == null ? Channel.POSTCARD : greetingChannel;
        this.overdueFirst = overdueFirst;
        this.workingHour = workingHour == null ? DEFAULT_WORKING_HOUR : workingHour.withSecond(0).withNano(0);
    }

    /**
     * Hot 24 h then every 3 days; warm 48 h then weekly; cool 72 h then fortnightly; cold 72 h then
     * monthly and only when time is left. Every temperature follows call, postcard, e-mail; warm
     * leads get a birthday greeting. A two-hour session starting on Monday; nurture 90 days.
     */
    public static FollowUpPolicy defaults() {
        return defaults(DayOfWeek.MONDAY);
    }

    /** The defaults with the week starting where the user's locale starts it (Sunday in the US). */
    public static FollowUpPolicy defaults(Locale locale) {
        return defaults(WeekFields.of(locale).getFirstDayOfWeek());
    }

    private static FollowUpPolicy defaults(DayOfWeek weekStart) {
        Map<Temperature, TemperatureRule> rules = new EnumMap<>(Temperature.class);
        rules.put(Temperature.HOT, new TemperatureRule(Duration.ofHours(24), 3, SEQUENCE, false, false));
        rules.put(Temperature.WARM, new TemperatureRule(Duration.ofHours(48), 7, SEQUENCE, false, true));
        rules.put(Temperature.COOL, new TemperatureRule(Duration.ofHours(72), 14, SEQUENCE, false, false));
        rules.put(Temperature.COLD, new TemperatureRule(Duration.ofHours(72), 30, SEQUENCE, true, false));
        Map<Channel, Integer> minutes = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            minutes.put(channel, channel.defaultMinutes());
        }
        return new FollowUpPolicy(rules, minutes, DEFAULT_SESSION_MINUTES, weekStart, 90, Channel.POSTCARD, false,
                DEFAULT_WORKING_HOUR);
    }

    public TemperatureRule rule(Temperature temperature) {
        return rules.get(temperature);
    }

    /** The time allowed from a lead's arrival to its first touch (same-day leads: see {@link #firstResponseDeadline}). */
    public Duration firstResponseWindow(Temperature temperature) {
        return rules.get(temperature).firstResponse();
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
        return rules.get(temperature).cadenceDays();
    }

    public Duration cadence(Temperature temperature) {
        return Duration.ofDays(cadenceDays(temperature));
    }

    /** True when leads of this temperature join the plan only after every other action (cold, by default). */
    public boolean onlyWhenTimeLeft(Temperature temperature) {
        return rules.get(temperature).onlyWhenTimeLeft();
    }

    /** The estimated minutes of one touch by this channel. */
    public int minutes(Channel channel) {
        return minutes.get(channel);
    }

    /** The weekly session's budget in minutes. */
    public int sessionMinutes() {
        return sessionMinutes;
    }

    public DayOfWeek weekStart() {
        return weekStart;
    }

    /** Days a lost lead rests in nurture before it comes back for a touch. */
    public int nurtureDays() {
        return nurtureDays;
    }

    /** How a birthday or anniversary greeting is sent, when the lead has the details for it. */
    public Channel greetingChannel() {
        return greetingChannel;
    }

    public FollowUpPolicy withRule(Temperature temperature, TemperatureRule rule) {
        Map<Temperature, TemperatureRule> changed = new EnumMap<>(rules);
        changed.put(temperature, rule);
        return new FollowUpPolicy(changed, minutes, sessionMinutes, weekStart, nurtureDays, greetingChannel, overdueFirst, workingHour);
    }

    public FollowUpPolicy withMinutes(Channel channel, int value) {
        Map<Channel, Integer> changed = new EnumMap<>(minutes);
        changed.put(channel, value);
        return new FollowUpPolicy(rules, changed, sessionMinutes, weekStart, nurtureDays, greetingChannel, overdueFirst, workingHour);
    }

    public FollowUpPolicy withSessionMinutes(int value) {
        return new FollowUpPolicy(rules, minutes, value, weekStart, nurtureDays, greetingChannel, overdueFirst, workingHour);
    }

    public FollowUpPolicy withWeekStart(DayOfWeek value) {
        return new FollowUpPolicy(rules, minutes, sessionMinutes, value, nurtureDays, greetingChannel, overdueFirst, workingHour);
    }

    public FollowUpPolicy withNurtureDays(int value) {
        return new FollowUpPolicy(rules, minutes, sessionMinutes, weekStart, value, greetingChannel, overdueFirst, workingHour);
    }

    public FollowUpPolicy withGreetingChannel(Channel value) {
        return new FollowUpPolicy(rules, minutes, sessionMinutes, weekStart, nurtureDays, value, overdueFirst, workingHour);
    }

    /**
     * True when overdue leads come first whatever their temperature (after same-day hot leads); off
     * by default, when the week goes hot, warm, cool and overdue-ness orders leads only inside one.
     */
    public boolean overdueFirst() {
        return overdueFirst;
    }

    public FollowUpPolicy withOverdueFirst(boolean value) {
        return new FollowUpPolicy(rules, minutes, sessionMinutes, weekStart, nurtureDays, greetingChannel, value, workingHour);
    }

    /** The hour a follow-up counted from a touch falls due (09:00 by default). */
    public LocalTime workingHour() {
        return workingHour;
    }

    public FollowUpPolicy withWorkingHour(LocalTime value) {
        return new FollowUpPolicy(rules, minutes, sessionMinutes, weekStart, nurtureDays, greetingChannel, overdueFirst,
                value);
    }

    /**
     * When the next touch is due: the first-response deadline while nobody has been in touch, else
     * one cadence after the last contact (that many calendar days later, at the working hour).
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

    /**
     * That many calendar days later, at the working hour: a call logged at 00:34 on Thursday makes
     * the next one due at 09:00, not at 00:34.
     */
    private Instant plusDays(Instant from, int days, ZoneId zone) {
        ZonedDateTime local = from.atZone(zone);
        return local.toLocalDate().plusDays(days).atTime(workingHour).atZone(zone).toInstant();
    }

    /**
     * The next prong of the temperature's sequence: the channel after the one we last used (a
     * voicemail or text stands for a call, a letter for a postcard), skipping channels the lead has
     * no details for: no phone, no call; no complete postal address, no postcard; no e-mail, no e-mail.
     *
     * @param lastOutgoing the channel of our last touch, or null when we never reached out
     */
    public Channel nextProng(Temperature temperature, Channel lastOutgoing, Reach reach) {
        List<Channel> sequence = rules.get(temperature).sequence();
        int start = lastOutgoing == null ? 0 : (positionOf(sequence, lastOutgoing) + 1) % sequence.size();
        for (int step = 0; step < sequence.size(); step++) {
            Channel candidate = sequence.get((start + step) % sequence.size());
            if (reach.allows(candidate)) {
                return candidate;
            }
        }
        // No channel of the sequence is possible: any channel the lead can be reached by, else a call
        // (finding the number is still the likeliest first step).
        for (Channel fallback : SEQUENCE) {
            if (reach.allows(fallback)) {
                return fallback;
            }
        }
        return Channel.CALL;
    }

    /** Where a channel stands in a sequence; a channel not in it counts as its family's member, else as the last. */
    private static int positionOf(List<Channel> sequence, Channel channel) {
        int exact = sequence.indexOf(channel);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < sequence.size(); i++) {
            if (Reach.needs(sequence.get(i)) == Reach.needs(channel) && Reach.needs(channel) != Reach.Need.NOTHING) {
                return i;
            }
        }
        return sequence.size() - 1;
    }
}
