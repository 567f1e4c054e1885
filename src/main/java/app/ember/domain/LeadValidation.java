package app.ember.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a lead must meet before it is stored, shared by the form and the command line so both refuse the
 * same things with the same words. Each field method takes the text as typed (so the form can check while the
 * user types) and returns at most one {@link Problem}; {@link #validate(Lead, LocalDate)} checks a whole lead
 * and collects every problem at once. The checks are practical, not exhaustive: they catch typing slips, and
 * leave the rest to the post office and the mail server. Empty optional fields are always fine.
 */
public final class LeadValidation {

    /** Nobody alive was born, nor is still married, before this. */
    public static final LocalDate EARLIEST_PERSONAL_DATE = LocalDate.of(1900, 1, 1);
    /** Older events predate the shop's records; an earlier need-by date is a typo. */
    public static final LocalDate EARLIEST_NEED_BY = LocalDate.of(2000, 1, 1);
    /** Weddings are booked far ahead, but not more than this. */
    public static final int NEED_BY_YEARS_AHEAD = 10;
    public static final int MIN_PHONE_DIGITS = 5;
    /** The longest international number (15 digits) plus room for an extension. */
    public static final int MAX_PHONE_DIGITS = 20;

    /** Local part: runs of anything but '@', dots, blanks and control characters, joined by single dots. */
    private static final String EMAIL_LOCAL = "[^@.\\s\\p{Z}\\p{Cc}]+(?:\\.[^@.\\s\\p{Z}\\p{Cc}]+)*";
    /** Domain label: letters of any script (with their marks), digits and inner hyphens. */
    private static final String EMAIL_LABEL = "[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}-]*[\\p{L}\\p{M}\\p{Nd}])?";
    /** Top-level domain: two or more letters, or its ASCII (punycode) form such as "xn--p1ai". */
    private static final String EMAIL_TLD = "(?:\\p{L}[\\p{L}\\p{M}]+|xn--[a-z0-9-]*[a-z0-9])";
    /** local@label.label.tld, with exactly one '@', at least one dot in the domain and no empty labels. */
    private static final Pattern EMAIL = Pattern.compile(
            EMAIL_LOCAL + "@(?:" + EMAIL_LABEL + "\\.)+" + EMAIL_TLD, Pattern.CASE_INSENSITIVE);

    /** The punctuation people write phone numbers with; '+' is allowed too, but only first. */
    private static final String PHONE_PUNCTUATION = " ()-./";

    /** Two ASCII letters; whether they name a country is checked against the JDK's ISO list. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** Four digits, dash, two digits, dash, two digits; the JDK parser then rejects days such as 02-30. */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** A country's postcode shape (matched against the upper-cased text) and an example to show the user. */
    private record PostcodeRule(Pattern pattern, String example) {
    }

    /** Any other country: up to 12 letters, digits, spaces and hyphens, starting with a letter or digit. */
    private static final PostcodeRule OTHER_POSTCODE =
            new PostcodeRule(Pattern.compile("[\\p{L}0-9][\\p{L}0-9 -]{0,11}"), "12345");

    private LeadValidation() {
    }

    /** The outcome of reading a typed date: a value (null when the text was empty) or a problem. */
    public record ParsedDate(LocalDate value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Checks a whole lead and returns every problem, in the order of the form's fields, so the user sees
     * all that is wrong at once rather than one complaint per save.
     */
    public static List<Problem> validate(Lead lead, LocalDate today) {
        Objects.requireNonNull(today, "today");
        PostalAddress address = lead.address();
        List<Problem> problems = new ArrayList<>();
        name(lead.firstName(), lead.lastName(), lead.company()).ifPresent(problems::add);
        fits(LeadField.FIRST_NAME, lead.firstName()).ifPresent(problems::add);
        fits(LeadField.LAST_NAME, lead.lastName()).ifPresent(problems::add);
        fits(LeadField.COMPANY, lead.company()).ifPresent(problems::add);
        fits(LeadField.TITLE, lead.title()).ifPresent(problems::add);
        email(lead.email()).ifPresent(problems::add);
        phone(lead.phone()).ifPresent(problems::add);
        fits(LeadField.LINE1, address.line1()).ifPresent(problems::add);
        fits(LeadField.LINE2, address.line2()).ifPresent(problems::add);
        fits(LeadField.CITY, address.city()).ifPresent(problems::add);
        fits(LeadField.REGION, address.region()).ifPresent(problems::add);
        postcode(address.postcode(), address.countryCode()).ifPresent(problems::add);
        country(address.countryCode())
                .or(() -> postcodeWithoutCountry(address.postcode(), address.countryCode()))
                .ifPresent(problems::add);
        needBy(lead.needBy(), today).ifPresent(problems::add);
        birthday(lead.birthday(), today).ifPresent(problems::add);
        anniversary(lead.anniversary(), today).ifPresent(problems::add);
        fits(LeadField.REFERRED_BY, lead.referredBy()).ifPresent(problems::add);
        return problems;
    }

    /**
     * Checks one field's text as typed, for the form and for {@code --set field=value} on the command line.
     * The name-missing rule needs both names, so it lives in {@link #name(String, String)} instead.
     *
     * @param countryCode the address's country, used only for {@link LeadField#POSTCODE}
     * @param today       used only for the date fields
     */
    public static Optional<Problem> field(LeadField field, String text, String countryCode, LocalDate today) {
        return switch (field) {
            case EMAIL -> email(text);
            case PHONE -> phone(text);
            case POSTCODE -> postcode(text, countryCode);
            case COUNTRY -> country(text);
            case NEED_BY, BIRTHDAY, ANNIVERSARY -> date(field, text, today);
            default -> fits(field, text);
        };
    }

    /** A person is found and greeted by name, so a lead without a company needs at least one of the two. */
    public static Optional<Problem> name(String firstName, String lastName) {
        return name(firstName, lastName, "");
    }

    /** A lead needs a person's name or a company: venues and firms are leads too. */
    public static Optional<Problem> name(String firstName, String lastName, String company) {
        if (Text.clean(firstName).isEmpty() && Text.clean(lastName).isEmpty() && Text.clean(company).isEmpty()) {
            return Optional.of(Problem.of(LeadField.FIRST_NAME, "problem.nameMissing"));
        }
        return Optional.empty();
    }

    /**
     * A one-line field's text: no control characters (an escape sequence in a name would be played by
     * the terminal that lists it; a line break or a tab means nothing in a name or a street), and no longer
     * than its column.
     */
    public static Optional<Problem> fits(LeadField field, String text) {
        return controlCharacter(field, text).or(() -> length(field, text));
    }

    /** The first control character (C0, DEL or C1) in the text, as a problem naming it; none for clean text. */
    public static Optional<Problem> controlCharacter(LeadField field, String text) {
        String clean = Text.clean(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(Problem.of(field, "problem.control", String.format(Locale.ROOT, "U+%04X", (int) c)));
            }
        }
        return Optional.empty();
    }

    /**
     * Text longer than the database column would fail on save; better to say so at the field.
     * Counts Java chars, as the database does.
     */
    public static Optional<Problem> length(LeadField field, String text) {
        int max = field.maxLength();
        if (max > 0 && Text.clean(text).length() > max) {
            return Optional.of(Problem.of(field, "problem.tooLong", max));
        }
        return Optional.empty();
    }

    /** Catches the usual slips (a missing '@' or dot, a space, "..") in an address; IDN domains are fine. */
    public static Optional<Problem> email(String text) {
        String email = Text.clean(text);
        if (email.isEmpty()) {
            return Optional.empty();
        }
        return fits(LeadField.EMAIL, email).or(() -> EMAIL.matcher(email).matches()
                ? Optional.empty()
                : Optional.of(Problem.of(LeadField.EMAIL, "problem.email", email)));
    }

    /**
     * Accepts numbers as people write them ("+44 (0)20 7946 0958", "030/1234567") but not letters or
     * a stray '+', and not too few or too many digits to dial.
     */
    public static Optional<Problem> phone(String text) {
        String phone = Text.clean(text);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        Optional<Problem> tooLong = fits(LeadField.PHONE, phone);
        if (tooLong.isPresent()) {
            return tooLong;
        }
        int digits = 0;
        for (int i = 0; i < phone.length(); i += Character.charCount(phone.codePointAt(i))) {
            int c = phone.codePointAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '+' && i == 0) && PHONE_PUNCTUATION.indexOf(c) < 0) {
                return Optional.of(Problem.of(LeadField.PHONE, "problem.phoneCharacters", Character.toString(c)));
            }
        }
        if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            return Optional.of(Problem.of(LeadField.PHONE, "problem.phoneDigits", MIN_PHONE_DIGITS, MAX_PHONE_DIGITS));
        }
        return Optional.empty();
    }

    /**
     * Checks the postcode's shape by its country's rules ({@link AddressRules}, libaddressinput's
     * patterns), and a loose shape where the rules have none. Case, and a space or hyphen the post
     * writes elsewhere ("sw1a2aa", "H3Z-2Y7"), do not matter: the label prints the post's form.
     */
    public static Optional<Problem> postcode(String postcode, String countryCode) {
        String text = Text.clean(postcode);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Problem> tooLong = fits(LeadField.POSTCODE, text);
        if (tooLong.isPresent()) {
            return tooLong;
        }
        String country = Text.clean(countryCode).toUpperCase(Locale.ROOT);
        AddressRules.Region region = AddressRules.of(country);
        PostcodeRule rule = region.postcode() == null || !AddressRules.knows(country) ? OTHER_POSTCODE
                : new PostcodeRule(region.postcode(), region.examples().isEmpty() ? "" : region.examples().get(0));
        if (rule.pattern().matcher(text.toUpperCase(Locale.ROOT)).matches()
                || rule.pattern().matcher(AddressFormat.postcode(text, country)).matches()) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(LeadField.POSTCODE, "problem.postcode", text, country, rule.example()));
    }

    /** Two letters that ISO 3166 knows, so the address can be laid out and the country named. */
    public static Optional<Problem> country(String text) {
        String code = Text.clean(text);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (COUNTRY.matcher(code).matches() && ISO_COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(LeadField.COUNTRY, "problem.country", code));
    }

    /**
     * A partial address is fine, but a postcode means nothing without its country: the same digits are a
     * street in Paris and a suburb of Sydney. The problem sits on the country field, where the fix goes.
     */
    public static Optional<Problem> postcodeWithoutCountry(String postcode, String countryCode) {
        if (!Text.clean(postcode).isEmpty() && Text.clean(countryCode).isEmpty()) {
            return Optional.of(Problem.of(LeadField.COUNTRY, "problem.postcodeWithoutCountry"));
        }
        return Optional.empty();
    }

    /** A birthday cannot be in the future; one before 1900 is a typo. Null (unknown) is fine. */
    public static Optional<Problem> birthday(LocalDate date, LocalDate today) {
        if (YearlessDates.isYearless(date)) {
            return Optional.empty();
        }
        return within(LeadField.BIRTHDAY, "problem.birthday", date, EARLIEST_PERSONAL_DATE, today);
    }

    /** Like a birthday: a wedding anniversary counts from a day that has already happened. */
    public static Optional<Problem> anniversary(LocalDate date, LocalDate today) {
        if (YearlessDates.isYearless(date)) {
            return Optional.empty();
        }
        return within(LeadField.ANNIVERSARY, "problem.anniversary", date, EARLIEST_PERSONAL_DATE, today);
    }

    /** The event may be past (a yearly one, or history) but not absurdly old nor absurdly far ahead. */
    public static Optional<Problem> needBy(LocalDate date, LocalDate today) {
        return within(LeadField.NEED_BY, "problem.needBy", date, EARLIEST_NEED_BY,
                today.plusYears(NEED_BY_YEARS_AHEAD));
    }

    /**
     * Reads a date typed as ISO {@code yyyy-MM-dd}, the one shape that means the same in every locale.
     * Empty text is no date, which is fine; a day that does not exist (2026-02-30) is a format problem.
     */
    public static ParsedDate parseDate(String text, LeadField field) {
        String clean = Text.clean(text);
        if (clean.isEmpty()) {
            return new ParsedDate(null, null);
        }
        if (field == LeadField.BIRTHDAY || field == LeadField.ANNIVERSARY) {
            // A birthday known as "3 July": typed --07-03, as files write it.
            Optional<LocalDate> yearless = YearlessDates.parse(clean);
            if (yearless.isPresent()) {
                return new ParsedDate(yearless.get(), null);
            }
        }
        if (ISO_DATE.matcher(clean).matches()) {
            try {
                return new ParsedDate(LocalDate.parse(clean), null);
            } catch (DateTimeParseException e) {
                // falls through: the shape is right but the day does not exist
            }
        }
        return new ParsedDate(null, Problem.of(field, "problem.dateFormat", clean));
    }

    /** Reads and range-checks a typed date for {@link LeadField#NEED_BY}, BIRTHDAY or ANNIVERSARY. */
    public static Optional<Problem> date(LeadField field, String text, LocalDate today) {
        ParsedDate parsed = parseDate(text, field);
        Optional<Problem> range = switch (field) {
            case NEED_BY -> needBy(parsed.value(), today);
            case BIRTHDAY -> birthday(parsed.value(), today);
            case ANNIVERSARY -> anniversary(parsed.value(), today);
            default -> throw new IllegalArgumentException(field.code() + " is not a date field");
        };
        return parsed.ok() ? range : Optional.of(parsed.problem());
    }

    private static Optional<Problem> within(LeadField field, String key, LocalDate date, LocalDate first,
                                            LocalDate last) {
        if (date == null || (!date.isBefore(first) && !date.isAfter(last))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(field, key, date));
    }
}
