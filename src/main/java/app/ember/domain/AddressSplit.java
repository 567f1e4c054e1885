package app.ember.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits an address written in one cell ("12 High Street, Bath BA1 1AA", "Leopoldstraße 20, 80802
 * München", "1 Infinite Loop, Cupertino, CA 95014") into street, town, region and postcode, by the
 * country's postcode shape ({@link AddressRules}): the postcode is found at the end or the start of the last
 * part, the town beside it, a region code between town and postcode where the country writes one. A last
 * part naming a country is the country. Empty when the text cannot be split with confidence: the caller then
 * keeps it whole and marks the lead "needs a look".
 */
public final class AddressSplit {
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,|\\r?\\n)\\s*");

    private AddressSplit() {
    }

    /** True when a street cell holds more than a street: a comma or a new line in it. */
    public static boolean isWhole(String street) {
        return street.contains(",") || street.contains("\n");
    }

    /** The address split, with the country written in it or else the one given; empty when it cannot be. */
    public static Optional<PostalAddress> split(String text, String countryCode) {
        List<String> parts = new ArrayList<>(Arrays.stream(PARTS.split(Text.clean(text).strip()))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
        String country = Text.clean(countryCode).toUpperCase(Locale.ROOT);
        if (parts.size() > 1) {
            Optional<String> named = CountryNames.code(parts.get(parts.size() - 1));
            if (named.isPresent() && !looksLikeStreet(parts.get(parts.size() - 1))) {
                country = named.get();
                parts.remove(parts.size() - 1);
            }
        }
        if (parts.size() < 2 || country.isEmpty() || !AddressRules.knows(country)) {
            return Optional.empty();
        }
        Pattern postcode = AddressRules.of(country).postcode();
        if (postcode == null) {
            return Optional.empty();
        }
        String last = parts.remove(parts.size() - 1);
        String[] words = last.split("\\s+");
        // The postcode at the end ("Bath BA1 1AA", "CA 95014") or at the start ("80802 München").
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String end = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            String start = String.join(" ", Arrays.copyOfRange(words, 0, n));
            if (matches(postcode, end, country)) {
                String before = String.join(" ", Arrays.copyOfRange(words, 0, words.length - n));
                return Optional.of(build(parts, before, end, country));
            }
            if (matches(postcode, start, country) && n < words.length) {
                String after = String.join(" ", Arrays.copyOfRange(words, n, words.length));
                return Optional.of(build(parts, after, start, country));
            }
        }
        return Optional.empty();
    }

    /** Street parts, then what stands beside the postcode: the town, or a region code after a town part. */
    private static PostalAddress build(List<String> streets, String beside, String postcode, String country) {
        String town = beside;
        String region = "";
        AddressRules.Region rules = AddressRules.of(country);
        if (!streets.isEmpty() && streets.size() > 1 && !beside.isEmpty()
                && (rules.regionCodes().contains(beside.toUpperCase(Locale.ROOT)) || beside.isEmpty())) {
            region = beside;
            town = streets.remove(streets.size() - 1);
        } else if (beside.isEmpty() && streets.size() > 1) {
            town = streets.remove(streets.size() - 1);
        }
        String line1 = streets.size() <= 2 ? streets.get(0) : String.join(", ", streets.subList(0, streets.size() - 1));
        String line2 = streets.size() < 2 ? "" : streets.get(streets.size() - 1);
        return new PostalAddress(line1, line2, town, region, postcode, country);
    }

    private static boolean matches(Pattern postcode, String text, String country) {
        return !text.isEmpty() && (postcode.matcher(text.toUpperCase(Locale.ROOT)).matches()
                || postcode.matcher(AddressFormat.postcode(text, country)).matches());
    }

    /** "10 Downing Street" is no country even when a country is named "Downing"; a number says street. */
    private static boolean looksLikeStreet(String part) {
        return part.chars().anyMatch(Character::isDigit);
    }
}
