package app.ember.domain;

import java.time.Instant;

/**
 * One line in a lead's timeline: a touch, a note or a temperature change, all on the same line of
 * time. Fields that do not apply to the kind are null (or 0).
 *
 * @param by who made it, in a shared book: their display name; "" when nobody was named
 */
public record TimelineEntry(Kind kind, long id, Instant at, Channel channel, Direction direction, Outcome outcome,
                            int minutes, String text, Temperature from, Temperature to, String by) {

    public TimelineEntry {
        by = by == null ? "" : by;
    }

    /** An entry nobody in particular made (a book kept by one person). */
    public TimelineEntry(Kind kind, long id, Instant at, Channel channel, Direction direction, Outcome outcome,
                         int minutes, String text, Temperature from, Temperature to) {
        this(kind, id, at, channel, direction, outcome, minutes, text, from, to, "");
    }

    public enum Kind implements Coded {
        INTERACTION, NOTE, TEMPERATURE
    }

    public static TimelineEntry of(Interaction i) {
        return new TimelineEntry(Kind.INTERACTION, i.id(), i.at(), i.channel(), i.direction(), i.outcome(),
                i.minutes(), i.note(), null, null);
    }

    public static TimelineEntry of(Note n) {
        return new TimelineEntry(Kind.NOTE, n.id(), n.at(), null, null, null, 0, n.text(), null, null);
    }

    public static TimelineEntry of(TemperatureChange t) {
        return new TimelineEntry(Kind.TEMPERATURE, t.id(), t.at(), null, null, null, 0, t.reason(), t.from(), t.to());
    }
}
