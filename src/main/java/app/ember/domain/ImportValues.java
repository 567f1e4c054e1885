package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people type in spreadsheets and contact exports: temperatures and their synonyms, dates
 * in the usual shapes, yes/no, country names. Every method returns empty for what it cannot read, so the
 * caller can say which cell is wrong.
 */
public final class ImportValues {
    /**
     * The words read as a temperature. A, B, C, D (a common lead grading) and high/medium/low count only in a
     * column already known to be the temperature; the words below also find the column by its values.
     * "Lukewarm" is cool: lukewarm interest is not yet warm.
     */
    private static final Map<String, Temperature> WORDS = new HashMap<>();
    private static final Map<String, Temperature> GRADES = Map.of(
            "a", Temperature.HOT, "b", Temperature.WARM, "c", Temperature.COOL, "d", Temperature.COLD,
            "high", Temperature.HOT, "medium", Temperature.WARM, "low", Temperature.COOL,
            "1", Temperature.HOT, "2", Temperature.WARM, "3", Temperature.COOL);

    static {
        words(Temperature.HOT, "hot", "very hot", "sizzling", "on fire", "hot lead", "burning", "red hot",
                "très chaud", "heiß", "heiss");
        words(Temperature.WARM, "warm", "warm lead", "interested", "warming", "quite warm", "chaud");
        words(Temperature.COOL, "cool", "lukewarm", "tepid", "cool lead", "cooling", "mild", "tiède", "lau");
        words(Temperature.COLD, "cold", "very cold", "frozen", "ice cold", "cold lead", "dead", "froid", "kalt");
    }

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern YEARLESS = Pattern.compile("(?:--|1604-?)(\\d{2})-?(\\d{2})");
    private static final Pattern ISO_SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private ImportValues() {
    }

    private static void words(Temperature temperature, String... words) {
        for (String word : words) {
            WORDS.put(word, temperature);
        }
    }

    /** Compiled once: a coded cell of every row is keyed (String.replaceAll compiled it at each). */
    private static final Pattern KEY_SPACES = Pattern.compile("[\\s_-]+");

    private static String key(String text) {
        return KEY_SPACES.matcher(Text.clean(text).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** A temperature word or synonym ("very hot", "lukewarm"), not a grade letter. */
    public static Optional<Temperature> temperatureWord(String text) {
        return Optional.ofNullable(WORDS.get(key(text)));
    }

    /** A temperature in a column known to hold them: the words, and the grades A-D, high/medium/low, 1-3. */
    public static Optional<Temperature> temperature(String text) {
        return temperatureWord(text).or(() -> Optional.ofNullable(GRADES.get(key(text))));
    }

    /** An enum's code ("no_answer", "No answer") or empty. */
    public static <E extends Enum<E>> Optional<E> code(Class<E> type, String text) {
        try {
            return Optional.of(Codes.parse(type, text, "value"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Yes/no, true/false, x, 1/0; empty text is no. */
    public static Optional<Boolean> yesNo(String text) {
        return switch (key(text)) {
            case "", "no", "n", "false", "0", "non", "nein" -> Optional.of(false);
            case "yes", "y", "true", "1", "x", "oui", "ja" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    /** A two-letter ISO code, or a country as people write it ({@link CountryNames}). */
    public static Optional<String> country(String text) {
        return CountryNames.code(text);
    }

    /**
     * A birthday or anniversary written without its year: {@code --07-03} (Google, vCard 3), {@code --0703}
     * (vCard 4), or Apple's stand-in year 1604 ({@code 1604-07-03}); empty for anything else.
     */
    public static Optional<java.time.MonthDay> monthDay(String text) {
        String clean = Text.clean(text);
        Matcher m = YEARLESS.matcher(clean);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A value of a column that means nothing to Ember, so leaving it out loses nothing: Outlook's Priority
     * "Normal", Sensitivity, Private and Gender "Unspecified", an e-mail's type "SMTP" and display name,
     * the kind of each phone, e-mail or address (until Ember keeps several), Outlook's "0/0/00" for no date.
     */
    public static boolean meaningless(String header, String value) {
        String column = ImportField.normal(header);
        String text = key(value);
        return column.equals("priority") && text.equals("normal")
                || column.equals("sensitivity") || column.equals("private") || column.equals("initials")
                || column.equals("fileas") || column.equals("photo")
                || column.equals("gender") && (text.equals("unspecified") || text.isEmpty())
                || MEANINGLESS_COLUMN.matcher(column).matches()
                || value.strip().equals("0/0/00")
                // A vCard's VERSION, PRODID, REV, UID...: the vCard reader names them so (see the README).
                || column.startsWith("vcard");
    }

    private static final Pattern MEANINGLESS_COLUMN = Pattern.compile(
            "email\\d*(type|displayname)|(email|phone|address|event|website|relation|im)\\d*(type|label)"
                    + "|address\\d*formatted|[a-z]*yomi|phonetic[a-z]*|e?mailtype");

    /**
     * A date: ISO {@code 2026-06-20} (also with a time after it, or with slashes), {@code 20.06.2026} (day
     * first, as in Europe) or {@code 6/20/2026} (month first, as Outlook and Google write in English, unless
     * the first number is above 12; a two-digit year is this century's unless that is after {@code today}'s
     * year, so 3/4/27 is 1927 in 2026 and 2027 from 2027 on). Outlook's "0/0/00" and Google's year-less "--06-20" are no date (a
     * {@link DateValue} with no value that is ok; an unreadable date is not ok).
     */
    public static DateValue date(String text, LocalDate today) {
        String clean = Text.clean(text);
        if (clean.isEmpty() || clean.equals("0/0/00") || clean.equals("00.00.0000") || clean.startsWith("--")) {
            return DateValue.NONE;
        }
        try {
            if (clean.length() >= 10 && clean.charAt(4) == '-' && clean.charAt(7) == '-') {
                return new DateValue(LocalDate.parse(clean.substring(0, 10)), true);
            }
            Matcher m = ISO_SLASHED.matcher(clean);
            if (m.matches()) {
                return of(m.group(1), m.group(2), m.group(3));
            }
            m = DOTTED.matcher(clean);
            if (m.matches()) {
                return of(m.group(3), m.group(2), m.group(1));
            }
            m = SLASHED.matcher(clean);
            if (m.matches()) {
                String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
                if (m.group(3).length() == 2 && Integer.parseInt("20" + m.group(3)) > today.getYear()) {
                    year = "19" + m.group(3);
                }
                return Integer.parseInt(m.group(1)) > 12 ? of(year, m.group(2), m.group(1))
                        : of(year, m.group(1), m.group(2));
            }
        } catch (RuntimeException e) {
            // a day that does not exist: unreadable
        }
        return DateValue.BAD;
    }

    private static DateValue of(String year, String month, String day) {
        return new DateValue(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
                true);
    }

    /** A date read from a cell: {@code ok} false when the text was not a date; {@code value} null when empty. */
    public record DateValue(LocalDate value, boolean ok) {
        static final DateValue NONE = new DateValue(null, true);
        static final DateValue BAD = new DateValue(null, false);
    }

    /**
     * A moment: an ISO instant ({@code 2026-11-20T09:30:00Z}), a local date and time
     * ({@code 2026-11-20T09:30}, {@code 2026-11-20 09:30}) in the zone, or a date alone (noon in the zone).
     */
    public static Optional<Instant> instant(String text, ZoneId zone, LocalDate today) {
        String clean = Text.clean(text);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        String iso = clean.length() > 10 && clean.charAt(10) == ' ' ? clean.substring(0, 10) + "T"
                + clean.substring(11) : clean;
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Optional.of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        DateValue date = date(clean, today);
        return date.ok() && date.value() != null ? Optional.of(date.value().atTime(12, 0).atZone(zone).toInstant())
                : Optional.empty();
    }

    /**
     * A value written by a spreadsheet export so it stays text: Ember's CSV export puts a single quote before
     * a value starting with = + - or @ (so no spreadsheet runs it as a formula); the import takes it off.
     */
    public static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text == null ? "" : text;
    }
}
