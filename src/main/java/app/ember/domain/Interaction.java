package app.ember.domain;

import java.time.Instant;
import java.util.Objects;

/** One touch: a call, a postcard, an e-mail... when, how, who started it, what came of it. */
public record Interaction(long id, long leadId, Instant at, Channel channel, Direction direction,
                          Outcome outcome, int minutes, String note) {

    public Interaction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        direction = direction == null ? Direction.OUT : direction;
        Objects.requireNonNull(outcome, "outcome");
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes is negative (" + minutes + ")");
        }
        note = Text.clean(note);
    }
}
