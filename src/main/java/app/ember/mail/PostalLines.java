package app.ember.mail;

import app.ember.domain.AddressFormat;
import app.ember.domain.AddressRules;
import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An address as the destination's post wants it printed on a piece of mail: the layout of
 * {@link AddressFormat} (libaddressinput's, for every country) with the parts the post reads in
 * capitals in capitals, a state or province by the post's abbreviation ("RM" for Roma, "IL" for
 * Illinois), and the postcode as the post writes it ("SW1A 2AA"). On top of that, a few posts' own
 * wishes that the data does not say:
 * <ul>
 *   <li>US (USPS Publication 28): everything in capitals, no punctuation, "CHICAGO IL 60611";</li>
 *   <li>CA (Canada Post): everything in capitals, no punctuation, two spaces before the postal code,
 *       "MONTREAL QC  H3Z 2Y7";</li>
 *   <li>FR (La Poste): the town in capitals without accents, "75008 PARIS".</li>
 * </ul>
 * The country's name as the posts write it (libaddressinput's, in capitals) closes the address
 * whenever it is not the sender's home country. With no home country (no return address set) it is
 * always added: a country line on a domestic piece is still delivered, a missing one on a foreign
 * piece is not.
 */
public final class PostalLines {
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private PostalLines() {
    }

    /** The whole block: the addressee, the company (if any) and the address lines, in the post's order. */
    public static List<String> block(Recipient recipient, String homeCountry) {
        return lines(recipient.address(), recipient.addressee(), recipient.company(), homeCountry);
    }

    /**
     * The address lines without a name.
     *
     * @param homeCountry the sender's country code; null or empty always adds the country line
     */
    public static List<String> address(PostalAddress address, String homeCountry) {
        return lines(address, "", "", homeCountry);
    }

    private static List<String> lines(PostalAddress address, String name, String company, String homeCountry) {
        String country = address.countryCode();
        AddressRules.Region region = AddressRules.of(country);
        String format = AddressFormat.format(region, address, false, name, company, address.line1(),
                address.line2(), address.city(), address.region());
        boolean usps = country.equals("US");
        if (usps) {
            format = format.replace(",", "");
        } else if (country.equals("CA")) {
            // Canada Post asks for two spaces between the province and the postal code.
            format = format.replace(" %Z", "  %Z");
        }
        String upper = allCapitals(country) ? "NOACSZ" : region.upper();
        Map<Character, String> values = new HashMap<>();
        values.put('N', capitals(name, upper, 'N'));
        values.put('O', capitals(company, upper, 'O'));
        values.put('A', capitals(AddressFormat.street(address), upper, 'A'));
        String town = capitals(address.city(), upper, 'C');
        values.put('C', country.equals("FR") ? withoutAccents(town) : town);
        values.put('S', capitals(region.regionCode(address.region()), upper, 'S'));
        values.put('Z', AddressFormat.postcode(address.postcode(), country));
        if (allCapitals(country)) {
            for (char part : new char[] {'A', 'C', 'S'}) {
                values.put(part, unpunctuated(values.get(part)));
            }
        }
        List<String> lines = AddressFormat.render(format, values);
        if (!country.isEmpty() && !country.equalsIgnoreCase(homeCountry == null ? "" : homeCountry.strip())) {
            lines.add(countryLine(country));
        }
        return lines;
    }

    /** The country as the posts write it: "GERMANY", "FINLAND" for the Åland Islands. */
    static String countryLine(String countryCode) {
        String name = AddressRules.knows(countryCode) ? AddressRules.of(countryCode).name() : "";
        return upper(name.isEmpty() ? AddressFormat.countryName(countryCode) : name);
    }

    private static String capitals(String text, String upper, char part) {
        return upper.indexOf(part) >= 0 ? upper(text) : text;
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
     * "#", "-" or "/" stays, as in "APT #4" or "1/2". Line breaks between street lines stay.
     */
    private static String unpunctuated(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(SPACES.matcher(PUNCTUATION.matcher(line).replaceAll(" ")).replaceAll(" ").strip());
        }
        return String.join("\n", lines);
    }

    private static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
