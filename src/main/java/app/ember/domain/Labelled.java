package app.ember.domain;

import java.util.Objects;

/** An e-mail address, a phone number (text) or a postal address, with what it is for. */
public record Labelled<T>(ContactLabel label, T value) {
    public Labelled {
        label = label == null ? ContactLabel.OTHER : label;
        Objects.requireNonNull(value, "value");
        if (value instanceof String text) {
            @SuppressWarnings("unchecked")
            T clean = (T) Text.clean(text);
            value = clean;
        }
    }
}
