package app.ember.domain;

import java.time.Instant;
import java.util.Objects;

/** A dated free-text note on a lead. */
public record Note(long id, long leadId, Instant at, String text) {
    public Note {
        Objects.requireNonNull(at, "at");
        text = Text.clean(text);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("note is empty");
        }
    }
}
