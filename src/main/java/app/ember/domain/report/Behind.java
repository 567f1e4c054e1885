package app.ember.domain.report;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import java.util.Objects;

/**
 * What a click on a bar or a row of the report asks for: the leads behind that figure.
 *
 * @param channel     for {@link Kind#CHANNEL} and {@link Kind#EFFECT}
 * @param outcome     for {@link Kind#OUTCOME}
 * @param temperature for the first-response kinds, {@link Kind#EFFECT} and {@link Kind#ARRIVED_AS}
 * @param attempt     for {@link Kind#EFFECT}
 * @param source      for {@link Kind#SOURCE}
 */
public record Behind(Kind kind, Channel channel, Outcome outcome, Temperature temperature, int attempt,
                     String source) {
    public enum Kind {
        /** Leads touched by a channel in the period. */
        CHANNEL,
        /** Leads with a touch of an outcome in the period. */
        OUTCOME,
        /** Leads of a temperature that arrived in the period and were answered in time. */
        ON_TIME,
        /** ... answered late, or not yet and their window closed. */
        LATE,
        /** ... not answered yet, their window still open. */
        PENDING,
        /** Leads behind one row of the channel table (channel, temperature, attempt). */
        EFFECT,
        /** Leads warmed in the period. */
        WARMED,
        /** Leads cooled in the period. */
        COOLED,
        /** Leads that arrived in the period from a source. */
        SOURCE,
        /** Leads that arrived in the period with a temperature. */
        ARRIVED_AS
    }

    public Behind {
        Objects.requireNonNull(kind, "kind");
    }

    public static Behind channel(Channel channel) {
        return new Behind(Kind.CHANNEL, Objects.requireNonNull(channel), null, null, 0, null);
    }

    public static Behind outcome(Outcome outcome) {
        return new Behind(Kind.OUTCOME, null, Objects.requireNonNull(outcome), null, 0, null);
    }

    /** ON_TIME, LATE or PENDING leads of a temperature; a null temperature means all four. */
    public static Behind response(Kind kind, Temperature temperature) {
        if (kind != Kind.ON_TIME && kind != Kind.LATE && kind != Kind.PENDING) {
            throw new IllegalArgumentException(kind + " is not a first-response kind");
        }
        return new Behind(kind, null, null, temperature, 0, null);
    }

    public static Behind effect(ChannelEffect row) {
        return new Behind(Kind.EFFECT, row.channel(), null, row.temperature(), row.attempt(), null);
    }

    public static Behind warmed() {
        return new Behind(Kind.WARMED, null, null, null, 0, null);
    }

    public static Behind cooled() {
        return new Behind(Kind.COOLED, null, null, null, 0, null);
    }

    public static Behind source(String source) {
        return new Behind(Kind.SOURCE, null, null, null, 0, Objects.requireNonNull(source));
    }

    public static Behind arrivedAs(Temperature temperature) {
        return new Behind(Kind.ARRIVED_AS, null, null, Objects.requireNonNull(temperature), 0, null);
    }
}
