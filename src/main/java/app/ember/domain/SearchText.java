package app.ember.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way text is folded for search, used both when a lead's text is stored and when a query
 * is typed: lower case, accents dropped ("Lefèvre" is found by "lefevre"), "ß" as "ss".
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("æ", "ae").replace("œ", "oe");
    }

    /** The words of a typed query, folded; each must appear somewhere in a lead's text. */
    public static List<String> words(String query) {
        String folded = fold(query).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }

    /** A phone number's digits alone, so "555 0142" finds "(503) 555-0142". */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
