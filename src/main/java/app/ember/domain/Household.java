package app.ember.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Leads who live at the same address and get one piece of mail between them: how "the same
 * address" is told, and the name line that piece carries.
 */
final class Household {
    private Household() {
    }

    /**
     * What two addresses must share to be one household: street (and flat: "Flat 2" and "Flat 3" of
     * one house are two households), postcode and country, each without case, spaces or
     * punctuation, so "12 Oak St." and "12 oak st" match. Where there is no postcode the town
     * stands in for it, or "1 Main Street" in two Irish towns would become one household.
     */
    static String key(PostalAddress address) {
        String area = address.postcode().isEmpty() ? address.city() : address.postcode();
        return String.join("|", normal(address.line1()), normal(address.line2()), normal(area),
                address.countryCode());
    }

    /** Letters and digits only, lower case, in one Unicode form (an "é" typed two ways is one letter). */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * The name line: "Anna Smith" for one; "Anna &amp; Tom Smith" for two of one last name, "The Smith
     * family" for three or more; otherwise every full name, "Anna Smith &amp; Tom Jones".
     */
    static String addressee(List<Lead> members) {
        if (members.size() == 1) {
            return members.get(0).formalName();
        }
        String lastName = members.get(0).lastName();
        if (sharedLastName(members)) {
            boolean bothFirstNames = members.stream().noneMatch(m -> m.firstName().isEmpty());
            if (members.size() == 2 && bothFirstNames) {
                return MailingWords.couple(members.get(0).firstName(), members.get(1).firstName(), lastName);
            }
            return MailingWords.family(lastName);
        }
        return MailingWords.names(members.stream().map(Lead::formalName).toList());
    }

    /** The company on the piece: only one every member shares, or a guest's firm would address the house. */
    static String company(List<Lead> members) {
        String company = members.get(0).company();
        boolean shared = members.stream().allMatch(m -> m.company().equalsIgnoreCase(company));
        return shared ? company : "";
    }

    private static boolean sharedLastName(List<Lead> members) {
        String lastName = members.get(0).lastName();
        return !lastName.isEmpty() && members.stream().allMatch(m -> same(m.lastName(), lastName));
    }

    private static boolean same(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFC)
                .equalsIgnoreCase(Normalizer.normalize(b, Normalizer.Form.NFC));
    }
}
