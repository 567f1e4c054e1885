package app.ember.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words a mailing prints or says: a household's name line ("Anna &amp; Tom Smith", "The Smith
 * family") and why a lead was left out ("no postcode"). They are text the selection's records carry,
 * so the domain makes them, from the same messages bundle as the rest of Ember (read directly: the
 * i18n helper builds on the domain, not the other way round).
 */
final class MailingWords {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("app.ember.i18n.messages", Locale.getDefault());

    private MailingWords() {
    }

    /** "The Smith family". */
    static String family(String lastName) {
        return format("mailsel.family", lastName);
    }

    /** "Anna &amp; Tom Smith". */
    static String couple(String firstName, String otherFirstName, String lastName) {
        return format("mailsel.couple", firstName, otherFirstName, lastName);
    }

    /** "Anna Smith &amp; Tom Jones", "Anna Smith, Tom Jones &amp; Eva Berg". */
    static String names(List<String> names) {
        return series(names, "mailsel.listAnd");
    }

    /**
     * "no town or postcode": each part named as the country's post calls it (libaddressinput's names):
     * "no parish" in Jamaica, "no post town" in Britain, "no ZIP code" in the US, "no Eircode".
     */
    static String missing(Set<PostalRequirements.Part> parts, String countryCode) {
        AddressRules.Region rules = AddressRules.of(countryCode);
        List<String> words = new ArrayList<>();
        for (PostalRequirements.Part part : parts) {
            words.add(switch (part) {
                case CITY -> named("mailsel.part.city.", rules.townName(), part);
                case REGION -> named("mailsel.part.region.", rules.regionName(), part);
                case POSTCODE -> named("mailsel.part.postcode.", rules.postcodeName(), part);
                default -> partWord(part);
            });
        }
        return format("mailsel.missing", series(words, "mailsel.listOr"));
    }

    private static String named(String prefix, String type, PostalRequirements.Part part) {
        String key = prefix + type;
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : partWord(part);
    }

    static String doNotMail() {
        return BUNDLE.getString("mailsel.doNotMailDetail");
    }

    static String notInterested() {
        return BUNDLE.getString("mailsel.notInterestedDetail");
    }

    /** A problem in the words the form would show it with. */
    static String problem(Problem problem) {
        return format(problem.messageKey(), problem.arguments().toArray());
    }

    private static String partWord(PostalRequirements.Part part) {
        return BUNDLE.getString("mailsel.part." + part.name().toLowerCase(Locale.ROOT));
    }

    /** "a", "a &amp; b", "a, b &amp; c": commas between all but the last two, which the key joins. */
    private static String series(List<String> items, String lastJoinKey) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return format(lastJoinKey, head, items.get(items.size() - 1));
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(arguments);
    }
}
