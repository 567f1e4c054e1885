package app.ember.cli;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Reads option values into domain codes, turning a wrong one into bad input that names the option. */
final class Options {
    private Options() {
    }

    static <T> T code(String text, Function<String, T> parse, String option) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    /** Checks a --format value against the ones a command writes. */
    static String format(String value, String... accepted) {
        for (String format : accepted) {
            if (format.equals(value)) {
                return value;
            }
        }
        throw new BadInputException("--format '" + value + "' is not known; expected " + String.join(" or ", accepted));
    }

    /** Refuses a text longer than the book keeps, naming the option and the limit (the database would refuse it later). */
    static void limit(String text, int max, String option) {
        if (app.ember.domain.TextLimits.tooLong(text, max)) {
            throw new BadInputException(String.format(java.util.Locale.ROOT,
                    "%s holds at most %,d characters; this one has %,d", option, max, text.length()));
        }
    }

    static <T> Set<T> codes(Collection<String> texts, Function<String, T> parse, String option) {
        Set<T> result = new HashSet<>();
        for (String text : texts) {
            result.add(code(text, parse, option));
        }
        return result;
    }
}
