package app.ember.domain;

import java.util.Locale;

/**
 * A postal address kept as separate fields, so each country's postal format can be laid out later.
 * Empty fields are empty strings, never null.
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case (US, GB, CA, DE, FR, AU, ...)
 */
public record PostalAddress(String line1, String line2, String city, String region, String postcode,
                            String countryCode) {

    public static final PostalAddress EMPTY = new PostalAddress("", "", "", "", "", "");

    public PostalAddress {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        city = Text.clean(city);
        region = Text.clean(region);
        postcode = Text.clean(postcode);
        countryCode = Text.clean(countryCode).toUpperCase(Locale.ROOT);
    }

    /** Street, city and country present: enough to put on an envelope. */
    public boolean isComplete() {
        return !line1.isEmpty() && !city.isEmpty() && !countryCode.isEmpty();
    }

    public boolean isEmpty() {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && region.isEmpty() && postcode.isEmpty();
    }
}
