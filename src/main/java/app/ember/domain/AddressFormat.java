package app.ember.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays an address out as its country's post expects, from libaddressinput's layouts
 * ({@link AddressRules}): "00186 Roma RM" in Italy, "Leeston 8704" in New Zealand, the Eircode on
 * its own last line in Ireland, "〒154-0023" first in Japan. This is the everyday, readable form
 * (the detail pane, the return address); the post's capitals and abbreviations are added by the
 * mailing code on top of the same layout ({@link #render}).
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
        AddressRules.Region region = AddressRules.of(address.countryCode());
        String format = format(region, address, true, address.line1(), address.line2(), address.city());
        List<String> lines = render(format, Map.of('A', street(address), 'C', address.city(), 'S', address.region(),
                'Z', postcode(address.postcode(), address.countryCode())));
        String country = address.countryCode();
        if (!country.isEmpty() && !country.equalsIgnoreCase(homeCountry == null ? "" : homeCountry.strip())) {
            lines.add(countryName(country));
        }
        return lines;
    }

    /** "Germany" for DE; the code itself when Java does not know it. */
    public static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /** The street lines as one value of the layout's %A, a line break between them. */
    public static String street(PostalAddress address) {
        return Text.join("\n", address.line1(), address.line2());
    }

    /**
     * The region's layout for this address: the Latin one for an address written in Latin letters
     * (Japan's, China's, Korea's posts lay those out the other way round), and never without a place
     * for a town or postcode the address has, so nothing typed is lost on the way to the envelope.
     * A state or province the layout has no place for is left out where the post asks for that
     * (Britain, Germany, France), unless {@code keepRegion}.
     *
     * @param texts the texts that will be printed, to tell their script
     */
    public static String format(AddressRules.Region region, PostalAddress address, boolean keepRegion,
                                String... texts) {
        String format = !region.latinFormat().isEmpty() && latin(texts) ? region.latinFormat() : region.format();
        if (!address.city().isEmpty() && !format.contains("%C")) {
            int state = format.indexOf("%S");
            int street = format.indexOf("%A");
            if (state >= 0 && street >= 0 && state < street) {
                // Largest place first (Japan): the town follows the prefecture on its line.
                format = format.replace("%S", "%S%C");
            } else if (street >= 0) {
                format = format.replace("%A", "%A%n%C");
            } else {
                format = format + "%n%C";
            }
        }
        if (!address.postcode().isEmpty() && !format.contains("%Z")) {
            format = format.replace("%C", "%C %Z");
        }
        if (keepRegion && !address.region().isEmpty() && !format.contains("%S")) {
            format = format + "%n%S";
        }
        return format;
    }

    /**
     * The layout filled in: %n starts a line, %N %O %A %C %S %Z take the values given (%A may hold
     * several lines), fields without a value (%D, %X, ...) are empty. A separator or prefix
     * (", ", "-", "〒") is printed only beside the part it introduces, so an empty part leaves no
     * stray comma; a word of the post's own (SINGAPORE, JERSEY) is always printed. Blank lines go.
     */
    public static List<String> render(String format, Map<Character, String> values) {
        List<String> lines = new ArrayList<>();
        for (String formatLine : format.split("%n", -1)) {
            StringBuilder line = new StringBuilder();
            List<Object> tokens = tokens(formatLine);
            boolean filledBefore = false;
            for (int index = 0; index < tokens.size(); index++) {
                Object token = tokens.get(index);
                if (token instanceof Character field) {
                    String value = values.getOrDefault(field, "");
                    line.append(value);
                    filledBefore |= !value.isEmpty();
                    continue;
                }
                String literal = (String) token;
                String next = index + 1 < tokens.size() && tokens.get(index + 1) instanceof Character field
                        ? values.getOrDefault(field, "") : null;
                boolean word = literal.codePoints().filter(Character::isLetter).count() >= 4;
                boolean firstOnLine = tokens.subList(0, index).stream().noneMatch(Character.class::isInstance);
                if (word || (next != null && !next.isEmpty() && (filledBefore || firstOnLine))) {
                    line.append(literal);
                }
            }
            for (String piece : line.toString().split("\n")) {
                if (!piece.isBlank()) {
                    lines.add(piece.strip());
                }
            }
        }
        return lines;
    }

    private static List<Object> tokens(String formatLine) {
        List<Object> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int index = 0; index < formatLine.length(); index++) {
            char c = formatLine.charAt(index);
            if (c == '%' && index + 1 < formatLine.length()) {
                if (literal.length() > 0) {
                    tokens.add(literal.toString());
                    literal.setLength(0);
                }
                tokens.add(formatLine.charAt(++index));
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            tokens.add(literal.toString());
        }
        return tokens;
    }

    /** Whether every letter of the texts is a Latin one (accents included). */
    static boolean latin(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            boolean other = text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                    .anyMatch(script -> script != Character.UnicodeScript.LATIN
                            && script != Character.UnicodeScript.COMMON
                            && script != Character.UnicodeScript.INHERITED);
            if (other) {
                return false;
            }
        }
        return true;
    }

    /**
     * The postcode as the country's post writes it, from its examples: "sw1a2aa" is "SW1A 2AA",
     * "h3z-2y7" is "H3Z 2Y7", "1540023" is "154-0023", "CH-8001" is "8001" where the layout prints
     * the "CH-" itself. Letters in capitals; left as typed (in capitals) when no form of it fits the
     * country's postcodes.
     */
    public static String postcode(String postcode, String countryCode) {
        String text = Text.clean(postcode).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return text;
        }
        AddressRules.Region region = AddressRules.of(countryCode);
        String prefix = region.postcodePrefix().strip().toUpperCase(Locale.ROOT);
        if (!prefix.isEmpty() && text.startsWith(prefix) && text.length() > prefix.length()) {
            text = text.substring(prefix.length()).strip();
        }
        if (region.postcode() == null || region.examples().isEmpty()) {
            return text;
        }
        boolean hyphens = region.examples().stream().anyMatch(example -> example.contains("-"));
        for (char separator : new char[] {' ', '-'}) {
            int fromEnd = commonPosition(region.examples(), separator);
            if (fromEnd <= 0) {
                continue;
            }
            String compact = text.replace(" ", "");
            if (!hyphens) {
                compact = compact.replace("-", "");
            } else if (separator == '-') {
                compact = compact.replace("-", "");
            }
            if (compact.length() > fromEnd) {
                int at = compact.length() - fromEnd;
                String candidate = compact.substring(0, at) + separator + compact.substring(at);
                if (region.postcode().matcher(candidate).matches()) {
                    return candidate;
                }
            }
        }
        return text;
    }

    /**
     * Where every example has {@code separator} once, its most common place counted from the end
     * (3 in "SW1A 2AA"); 0 when not every example has it.
     */
    private static int commonPosition(List<String> examples, char separator) {
        int[] counts = new int[16];
        for (String example : examples) {
            int at = example.indexOf(separator);
            if (at < 0 || at != example.lastIndexOf(separator)) {
                return 0;
            }
            int fromEnd = example.length() - at - 1;
            if (fromEnd < counts.length) {
                counts[fromEnd]++;
            }
        }
        int best = 0;
        for (int fromEnd = 1; fromEnd < counts.length; fromEnd++) {
            if (counts[fromEnd] > counts[best]) {
                best = fromEnd;
            }
        }
        return best;
    }
}
