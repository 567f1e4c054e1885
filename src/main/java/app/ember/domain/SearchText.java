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
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

    /**
     * The key the list sorts names by, as a person reads an index: last name, then first name (a
     * lead known by one name files under it), accents and case folded, so Bélanger comes before
     * Braun and "de la Cruz" sits with the other D's. Stored beside the lead and indexed, so the
     * order is the database's and the list stays paged at 100,000 leads.
     */
    public static String nameKey(String firstName, String lastName) {
        String last = lastName == null ? "" : lastName.strip();
        String first = firstName == null ? "" : firstName.strip();
        String key = last.isEmpty() ? fold(first) : fold(last) + " " + fold(first);
        return key.length() > NAME_KEY_LENGTH ? key.substring(0, NAME_KEY_LENGTH) : key;
    }

    /** The stored key's length (leads.name_key). */
    public static final int NAME_KEY_LENGTH = 410;

    /**
     * The words of a typed query, folded and cut where a lead's text is cut into words (so "O'Brien"
     * looks for "brien"); an e-mail address stays whole. Each must begin a word of the lead; single
     * letters are left out.
     */
    public static List<String> words(String query) {
        // A whole phone number, however written, is looked for as its national digits (PhoneNumbers).
        String phone = PhoneNumbers.searchKey(query);
        if (!phone.isEmpty()) {
            return List.of(phone);
        }
        String folded = fold(query).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = new java.util.ArrayList<>();
        for (String token : SPACES.split(folded)) {
            if (token.contains("@")) {
                words.add(token);
            } else {
                Arrays.stream(NOT_WORD.split(token)).filter(w -> !w.isEmpty()).forEach(words::add);
            }
        }
        // A single letter begins thousands of words in a large book; it narrows nothing, so it waits
        // for the second letter.
        words.removeIf(word -> word.length() < 2);
        return words;
    }

    /** A phone number's digits alone, so "555 0142" finds "(503) 555-0142". */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
