package app.ember.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with what the user typed, kept as a message key and its arguments rather than as
 * English text, so the form and the command line can each say it in the user's language.
 *
 * @param field      the {@link LeadField#code()} of the field at fault, such as {@code "postcode"}
 * @param messageKey the resource-bundle key, such as {@code "problem.email"}
 * @param arguments  the values for the key's {@link java.text.MessageFormat} placeholders, in order
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem on a form field; the arguments must not be null. */
    public static Problem of(LeadField field, String messageKey, Object... arguments) {
        return new Problem(field.code(), messageKey, List.of(arguments));
    }

    /** The field as the enum, so a form can find the control to mark. */
    public LeadField leadField() {
        return LeadField.fromCode(field);
    }
}
