package app.ember.domain.report;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What our outgoing touches by one channel did for leads of one temperature, at one attempt (the
 * lead's 1st, 2nd, 3rd touch from us; {@link #LAST_ATTEMPT} stands for the 4th and later).
 *
 * @param reached how many reached the person (any answer: see {@link #REACHED})
 * @param replied how many got a reply or more: a reply, a meeting, a quote, an order ({@link #REPLIED})
 */
public record ChannelEffect(Channel channel, Temperature temperature, int attempt, int touches, int reached,
                            int replied) {
    public static final int LAST_ATTEMPT = 4;
    /** Outcomes that mean the person was reached: every answer, a "no" included. */
    public static final Set<Outcome> REACHED = EnumSet.of(Outcome.REACHED, Outcome.REPLIED, Outcome.MEETING_BOOKED,
            Outcome.QUOTE_SENT, Outcome.ORDERED, Outcome.NOT_INTERESTED);
    /** Outcomes where the conversation moved on: they replied, booked, asked for a quote, or ordered. */
    public static final Set<Outcome> REPLIED = EnumSet.of(Outcome.REPLIED, Outcome.MEETING_BOOKED, Outcome.QUOTE_SENT,
            Outcome.ORDERED);

    public ChannelEffect {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(temperature, "temperature");
        if (attempt < 1 || attempt > LAST_ATTEMPT) {
            throw new IllegalArgumentException("attempt must be 1 to " + LAST_ATTEMPT + " (was " + attempt + ")");
        }
        if (reached > touches || replied > reached || replied < 0) {
            throw new IllegalArgumentException("replied <= reached <= touches (were " + replied + ", " + reached
                    + ", " + touches + ")");
        }
    }

    public double reachedRate() {
        return touches == 0 ? 0 : (double) reached / touches;
    }

    public double repliedRate() {
        return touches == 0 ? 0 : (double) replied / touches;
    }
}
