package app.ember.mail;

import app.ember.domain.Text;
import app.ember.domain.AddressFormat;
import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address as the destination's post wants it printed on a piece of mail. Sorting machines read
 * the last lines first, so those follow each post's own rules:
 * <ul>
 *   <li>US (USPS Publication 28): everything in capitals, no punctuation, "CHICAGO IL 60611";</li>
 *   <li>CA (Canada Post): everything in capitals, two spaces before the postal code,
 *       "MONTREAL QC  H3Z 2Y7";</li>
 *   <li>GB (Royal Mail): the post town in capitals on its own line, the postcode on its own line;</li>
 *   <li>DE (Deutsche Post): "10115 Berlin", no state;</li>
 *   <li>FR (La Poste): "75008 PARIS", the town in capitals without accents, no region;</li>
 *   <li>AU (Australia Post): "SYDNEY NSW 2000" in capitals;</li>
 *   <li>elsewhere: the everyday layout of {@link AddressFormat}.</li>
 * </ul>
 * The country's English name closes the address, in capitals, whenever it is not the sender's home
 * country. With no home country (no return address set) it is always added: a country line on a
 * domestic piece is still delivered, a missing one on a foreign piece is not.
 */
public final class PostalLines {
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private PostalLines() {
    }

    /** The whole block: the addressee, the company (if any) and the address lines. */
    public static List<String> block(Recipient recipient, String homeCountry) {
        List<String> lines = new ArrayList<>();
        String country = recipient.address().countryCode();
        add(lines, allCapitals(country) ? upper(recipient.addressee()) : recipient.addressee());
        add(lines, allCapitals(country) ? upper(recipient.company()) : recipient.company());
        lines.addAll(address(recipient.address(), homeCountry));
        return lines;
    }

    /**
     * The address lines without a name.
     *
     * @param homeCountry the sender's country code; null or empty always adds the country line
     */
    public static List<String> address(PostalAddress address, String homeCountry) {
        List<String> lines = new ArrayList<>();
        String city = address.city();
        String region = address.region();
        String postcode = address.postcode();
        switch (address.countryCode()) {
            case "US" -> {
                add(lines, unpunctuated(upper(address.line1())));
                add(lines, unpunctuated(upper(address.line2())));
                add(lines, Text.join(" ", unpunctuated(upper(city)), unpunctuated(upper(region)), upper(postcode)));
            }
            case "CA" -> {
                add(lines, unpunctuated(upper(address.line1())));
                add(lines, unpunctuated(upper(address.line2())));
                // Canada Post asks for two spaces between the province and the postal code.
                add(lines, Text.join("  ", Text.join(" ", withoutCommas(upper(city)), upper(region)),
                        canadianPostcode(postcode)));
            }
            case "GB" -> {
                add(lines, address.line1());
                add(lines, address.line2());
                add(lines, upper(city));
                // Royal Mail sorts by postcode and asks for no county: one line fewer on a small label.
                add(lines, britishPostcode(postcode));
            }
            case "DE" -> {
                add(lines, address.line1());
                add(lines, address.line2());
                add(lines, Text.join(" ", postcode, city));
            }
            case "FR" -> {
                add(lines, address.line1());
                add(lines, address.line2());
                add(lines, Text.join(" ", postcode, withoutAccents(upper(city))));
            }
            case "AU" -> {
                add(lines, address.line1());
                add(lines, address.line2());
                add(lines, Text.join(" ", upper(city), upper(region), postcode));
            }
            default -> lines.addAll(AddressFormat.lines(address, address.countryCode()));
        }
        String country = address.countryCode();
        if (!country.isEmpty() && !country.equalsIgnoreCase(homeCountry == null ? "" : homeCountry.strip())) {
            lines.add(upper(AddressFormat.countryName(country)));
        }
        return lines;
    }

    /** Where the post reads names in capitals too (USPS and Canada Post ask for the whole block). */
    private static boolean allCapitals(String country) {
        return country.equals("US") || country.equals("CA");
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * Without the periods and commas USPS asks to leave out ("ST. LOUIS" becomes "ST LOUIS"); a
     * "#", "-" or "/" stays, as in "APT #4" or "1/2".
     */
    private static String unpunctuated(String text) {
        return SPACES.matcher(PUNCTUATION.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static String withoutCommas(String text) {
        return SPACES.matcher(text.replace(",", " ")).replaceAll(" ").strip();
    }

    private static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** "h3z2y7" becomes "H3Z 2Y7": the two halves of a Canadian postal code are always apart. */
    private static String canadianPostcode(String postcode) {
        String compact = ANY_SPACE.matcher(upper(postcode)).replaceAll("");
        return compact.length() == 6 ? compact.substring(0, 3) + " " + compact.substring(3) : upper(postcode);
    }

    /** "sw1a2aa" becomes "SW1A 2AA": the inward code is always the last three characters. */
    private static String britishPostcode(String postcode) {
        String compact = ANY_SPACE.matcher(upper(postcode)).replaceAll("");
        return compact.length() >= 5 && compact.length() <= 7
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : upper(postcode);
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }
}
