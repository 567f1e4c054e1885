package app.ember.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays an address out in the line order each country's post expects: "Chicago, IL 60611" in the
 * US, "10115 Berlin" in Germany, the postcode on its own line in Britain. The upper-case rules of
 * printed labels belong to the mailing code; this is the everyday, readable form.
 */
public final class AddressFormat {
    private AddressFormat() {
    }

    /**
     * The address lines, with the country's name last unless it is the home country.
     *
     * @param homeCountry the sender's country code; null or empty always adds the country line
     */
    public static List<String> lines(PostalAddress address, String homeCountry) {
        List<String> lines = new ArrayList<>();
        add(lines, address.line1());
        add(lines, address.line2());
        String city = address.city();
        String region = address.region();
        String postcode = address.postcode();
        switch (address.countryCode()) {
            case "US" -> add(lines, Text.join(" ", Text.join(", ", city, region), postcode));
            case "CA", "AU" -> add(lines, Text.join(" ", city, region, postcode));
            case "GB" -> {
                add(lines, city);
                add(lines, region);
                add(lines, postcode);
            }
            default -> {
                add(lines, Text.join(" ", postcode, city));
                add(lines, region);
            }
        }
        String country = address.countryCode();
        if (!country.isEmpty() && !country.equalsIgnoreCase(homeCountry == null ? "" : homeCountry)) {
            add(lines, countryName(country));
        }
        return lines;
    }

    /** "Germany" for DE; the code itself when Java does not know it. */
    public static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }
}
