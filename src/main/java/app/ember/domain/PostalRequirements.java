package app.ember.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an address needs before a piece of mail can go to it, by its country's rules
 * ({@link AddressRules}, libaddressinput's "require"): a street and a country always; the town,
 * the state or province and the postcode where the country's post needs them. Jamaica and Panama
 * have no postcodes, Ireland's Eircode is optional, Jamaica needs the parish. The shapes of postcode
 * and country code are those {@link LeadValidation} checks on the form, so a mailing refuses what
 * the form would refuse.
 */
public final class PostalRequirements {

    /** The parts of an address a mailing may find missing. */
    public enum Part { STREET, CITY, REGION, POSTCODE, COUNTRY }

    private PostalRequirements() {
    }

    public static boolean needsPostcode(String countryCode) {
        return !countryCode.isEmpty() && AddressRules.of(countryCode).requires('Z');
    }

    public static boolean needsRegion(String countryCode) {
        return !countryCode.isEmpty() && AddressRules.of(countryCode).requires('S');
    }

    /** A town is needed unless the country's post finds the address by its other parts (Singapore, Macao). */
    public static boolean needsCity(String countryCode) {
        return countryCode.isEmpty() || AddressRules.of(countryCode).requires('C');
    }

    /** The parts the address lacks for its country, in the order they are written; empty when none. */
    public static Set<Part> missing(PostalAddress address) {
        Set<Part> missing = EnumSet.noneOf(Part.class);
        String country = address.countryCode();
        if (address.line1().isEmpty()) {
            missing.add(Part.STREET);
        }
        if (address.city().isEmpty() && needsCity(country)) {
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
