package app.ember.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A person's name as a contact file writes it, taken apart: a title in front ("Dr Priya Patel", "Mrs. Jane
 * Wilson") is the title, not part of the first name; "Chen, Li" is first name Li, last name Chen; "Anna
 * Maria Smith" is "Anna Maria" and "Smith"; one word is a first name.
 */
public record PersonName(String title, String first, String last) {
    /** Titles in front of a name, lower case without their dot. */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "sir", "dame", "lady", "lord", "rev", "revd", "fr", "mme", "mlle", "m", "herr", "frau", "sr", "sra",
            "srta", "dott", "dottssa", "sig", "sigra", "ing");

    public PersonName {
        title = Text.clean(title);
        first = Text.clean(first);
        last = Text.clean(last);
    }

    /** Reads a whole name from one cell. */
    public static PersonName parse(String name) {
        String clean = Text.clean(name);
        int comma = clean.indexOf(',');
        if (comma > 0) {
            PersonName given = withTitle(clean.substring(comma + 1));
            return new PersonName(given.title, Text.join(" ", given.first, given.last),
                    Text.clean(clean.substring(0, comma)));
        }
        PersonName titled = withTitle(clean);
        String rest = titled.first;
        int space = rest.lastIndexOf(' ');
        return space < 0 ? new PersonName(titled.title, rest, "")
                : new PersonName(titled.title, rest.substring(0, space), rest.substring(space + 1));
    }

    /** A first name with its title taken off the front ("Dr Priya" is Dr and Priya). */
    public static PersonName firstWithTitle(String first, String last) {
        PersonName titled = withTitle(first);
        return new PersonName(titled.title, titled.first, last);
    }

    /** True for a word that is a title ("Dr", "Mrs.", "Prof."). */
    public static boolean isTitle(String word) {
        return TITLES.contains(Text.clean(word).toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The title in front, when more than the title is written, and the rest in {@link #first}. */
    private static PersonName withTitle(String text) {
        String clean = Text.clean(text);
        int space = clean.indexOf(' ');
        if (space > 0 && isTitle(clean.substring(0, space))) {
            return new PersonName(clean.substring(0, space), clean.substring(space + 1), "");
        }
        return new PersonName("", clean, "");
    }
}
