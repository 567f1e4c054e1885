package app.ember.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case codes that the enums use in files and on the command line. */
public final class Codes {
    private Codes() {
    }

    /**
     * Parses a code such as {@code "no_answer"}, {@code "No answer"} or {@code "no-answer"}.
     *
     * @throws IllegalArgumentException naming the field and the accepted values
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is empty; expected one of " + accepted(type));
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                field + " '" + text.trim() + "' is not known; expected one of " + accepted(type));
    }

    public static <E extends Enum<E>> String accepted(Class<E> type) {
        return ACCEPTED.get(type);
    }

    /** Made once a type: an import asks for it at every coded cell of every row, to word a doubt it rarely has. */
    private static final ClassValue<String> ACCEPTED = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    };
}
