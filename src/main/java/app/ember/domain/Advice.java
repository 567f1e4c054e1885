package app.ember.domain;

import java.util.List;
import java.util.Objects;

/**
 * A suggested temperature and why. The reason is a resource-bundle key with its message arguments,
 * not a sentence, so the window and the command line can word it in the user's language.
 *
 * @param reasonKey a key such as {@code advice.eventSoon}
 * @param arguments the values for that message (Integers, Strings, LocalDates), never null
 */
public record Advice(Temperature suggested, String reasonKey, List<Object> arguments) {

    public Advice {
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(reasonKey, "reasonKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** Whether the user should be shown the advice at all: advice that agrees with them is noise. */
    public boolean differsFrom(Temperature current) {
        return suggested != current;
    }
}
