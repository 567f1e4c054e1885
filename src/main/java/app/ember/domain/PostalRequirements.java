package app.ember.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an address needs before a piece of mail can go to it, by its country: street, city and
 * country always; a postcode wherever the post uses one; the state or province where the post
 * sorts by it (US, Canada, Australia). The shapes of postcode and country code are those
 * {@link LeadValidation} checks on the form, so a mailing refuses what the form would refuse.
 */
public final class PostalRequirements {

    /** The parts of an address a mailing may find missing. */
    public enum Part { STREET, CITY, REGION, POSTCODE, COUNTRY }

    /** Where the post sorts by the state or province, which must then be on the envelope. */
    private static final Set<String> REGION_COUNTRIES = Set.of("US", "CA", "AU");

    /**
     * Countries whose post delivers without a postcode (most of them have none; Ireland has the
     * Eircode, which many addresses still go without). Everywhere else a postcode is needed.
     */
    private static final Set<String> NO_POSTCODE_COUNTRIES = Set.of(
            "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM",
            "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "IE", "KI", "KM", "KN", "KP", "LY",
            "ML", "MO", "MR", "MW", "NR", "NU", "QA", "RW", "SB", "SC", "SL", "SO", "SR", "SS", "ST", "SY", "TD",
            "TF", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU", "YE", "ZW");

    private PostalRequirements() {
    }

    public static boolean needsPostcode(String countryCode) {
        return !countryCode.isEmpty() && !NO_POSTCODE_COUNTRIES.contains(countryCode);
    }

    public static boolean needsRegion(String countryCode) {
        return REGION_COUNTRIES.contains(countryCode);
    }

    /** The parts the address lacks for its country, in the order they are written; empty when none. */
    public static Set<Part> missing(PostalAddress address) {
        Set<Part> missing = EnumSet.noneOf(Part.class);
        String country = address.countryCode();
        if (address.line1().isEmpty()) {
            missing.add(Part.STREET);
        }
        if (address.city().isEmpty()) {
            missing.add(Part.CITY);
        }
        if (address.region().isEmpty() && needsRegion(country)) {
            missing.add(Part.REGION);
        }
        if (address.postcode().isEmpty() && needsPostcode(country)) {
            missing.add(Part.POSTCODE);
        }
        if (country.isEmpty()) {
            missing.add(Part.COUNTRY);
        }
        return missing;
    }

    /**
     * A part that is there but that the post would not read: a country code ISO does not know
     * ("UK"), or a postcode not of its country's shape. Leads saved through the form never have
     * one; leads stored before a rule was added, or brought in some other way, may.
     */
    public static Optional<Problem> malformed(PostalAddress address) {
        return LeadValidation.country(address.countryCode())
                .or(() -> LeadValidation.postcode(address.postcode(), address.countryCode()));
    }
}
