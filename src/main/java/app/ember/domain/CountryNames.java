package app.ember.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries as people write them in contact files: the ISO code, the country's name in every language the
 * JDK knows ("Deutschland", "Italia", "Ελλάδα", "Россия"), and the common forms and abbreviations that are no
 * JDK name ("U.S.A.", "U.K.", "England", "Éire", "Czech Republic", "Korea, Republic of", "Viet Nam",
 * "Holland"). Case, accents, dots and commas do not matter. Built once, on first use.
 *
 * <p>The names in every language take seconds to gather from the JDK's locale data (measured 3.4-4.4 s on a
 * 2-core machine, most of a first import preview), and most files name countries by code or in English. So a
 * name is looked up first among the English names and the common forms ({@link #COMMON}, a few milliseconds
 * to build), and only a name not found there gathers every language ({@link All}); the answer is the same as
 * from the whole table, whose English names and common forms win over the other languages'.
 */
public final class CountryNames {
    /** Before {@link #COMMON}, which builds its keys with it. */
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The English names, then the common forms over them: the part of the whole table that wins over the rest. */
    private static final Map<String, String> COMMON = common();

    private CountryNames() {
    }

    /** The ISO code of a country as written, or empty when it is no country Ember knows. */
    public static Optional<String> code(String text) {
        String clean = Text.clean(text);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        if (clean.length() == 2 && LeadValidation.country(clean).isEmpty()) {
            return Optional.of(clean.toUpperCase(Locale.ROOT));
        }
        String key = key(clean);
        String code = COMMON.get(key);
        return Optional.ofNullable(code != null ? code : All.NAMES.get(key));
    }

    /** Gathers the names in every language now, so the first file naming a country in one does not wait. */
    public static void prepare() {
        All.NAMES.size();
    }

    /** The whole table, gathered on first use (the JVM's class initialisation makes it once, thread-safely). */
    private static final class All {
        static final Map<String, String> NAMES = build();
    }

    /** Letters and digits of any script, accents folded, words separated by single spaces. */
    static String key(String text) {
        return NOT_LETTERS.matcher(SearchText.fold(Text.clean(text))).replaceAll(" ").strip();
    }

    /**
     * Every name: English first, then every other language (a name two countries share keeps the first), the
     * common forms over them.
     */
    static Map<String, String> build() {
        Map<String, String> names = new HashMap<>();
        String[] codes = Locale.getISOCountries();
        english(names, codes);
        Set<String> languages = new HashSet<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty()) {
                languages.add(locale.getLanguage());
            }
        }
        for (String language : languages.stream().sorted().toList()) {
            Locale in = new Locale(language);
            for (String code : codes) {
                String name = new Locale("", code).getDisplayCountry(in);
                if (!name.equals(code)) {
                    names.putIfAbsent(key(name), code);
                }
            }
        }
        aliases(names);
        return Map.copyOf(names);
    }

    private static Map<String, String> common() {
        Map<String, String> names = new HashMap<>();
        english(names, Locale.getISOCountries());
        aliases(names);
        return Map.copyOf(names);
    }

    private static void english(Map<String, String> names, String[] codes) {
        for (String code : codes) {
            names.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
    }

    private static void aliases(Map<String, String> names) {
        String[][] aliases = {
            {"US", "usa", "u s a", "us", "u s", "united states of america", "america", "the united states"},
            {"GB", "uk", "u k", "england", "scotland", "wales", "northern ireland", "great britain", "britain",
                "united kingdom of great britain and northern ireland", "the united kingdom"},
            {"IE", "eire", "republic of ireland", "ireland republic of"},
            {"CZ", "czech republic", "czechia", "czech"},
            {"KR", "korea", "korea republic of", "republic of korea", "south korea", "korea south"},
            {"KP", "north korea", "korea democratic people s republic of"},
            {"VN", "viet nam", "vietnam"},
            {"NL", "holland", "the netherlands", "netherlands the"},
            {"RU", "russian federation", "russia"},
            {"IR", "iran islamic republic of", "iran"},
            {"SY", "syrian arab republic", "syria"},
            {"LA", "lao people s democratic republic", "laos"},
            {"BO", "bolivia plurinational state of"},
            {"VE", "venezuela bolivarian republic of"},
            {"TZ", "tanzania united republic of"},
            {"MD", "moldova republic of"},
            {"MK", "macedonia", "north macedonia", "the former yugoslav republic of macedonia"},
            {"CI", "ivory coast", "cote d ivoire"},
            {"MM", "burma"},
            {"TR", "turkiye", "turkey"},
            {"BS", "the bahamas"},
            {"GM", "the gambia"},
            {"AE", "uae", "u a e"},
            {"VA", "vatican", "holy see"},
            {"HK", "hong kong"},
            {"MO", "macau", "macao"},
            {"TW", "taiwan province of china"},
            {"PS", "palestine", "palestine state of"},
            {"SZ", "swaziland"},
            {"CV", "cape verde"},
            {"TL", "east timor"},
            {"CD", "congo democratic republic of the", "drc"},
            {"CG", "congo republic of"},
            {"DE", "deutschland", "west germany"},
            {"ES", "espana"},
            {"CH", "schweiz", "suisse", "svizzera"},
            {"AT", "osterreich"},
        };
        for (String[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                names.put(key(alias[i]), alias[0]);
            }
        }
    }
}
