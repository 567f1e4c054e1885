package app.ember.io;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.scribe.VCardPropertyScribe;
import ezvcard.io.text.WriteContext;
import ezvcard.parameter.RelatedType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.BinaryProperty;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Geo;
import ezvcard.property.Impp;
import ezvcard.property.Key;
import ezvcard.property.Label;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a card holds beyond the columns {@link VcardTable} fills, as further columns ("Website", "Messenger",
 * "Middle name", "Picture"...): the import keeps each as a preference ({@code Website=https://...}), so no
 * property is silently dropped. The one exception is {@link #MEANINGLESS}, properties that say something about
 * the file or the program that wrote it and nothing about the person; they come as "vCard ..." columns which the
 * import leaves out and its report names.
 */
final class VcardLeftovers {
    /** The header of a property that means nothing to Ember starts so (ImportValues knows it). */
    static final String MEANINGLESS_PREFIX = "vCard ";
    /**
     * The file's version, the writing program, the card's revision and ids, sort and phonetic helpers, layout
     * hints, a formatted copy of an address the card holds anyway, KMail's encryption settings.
     */
    static final Set<String> MEANINGLESS = Set.of("VERSION", "PRODID", "REV", "UID", "X-ABUID", "KIND",
            "CLIENTPIDMAP", "SORT-STRING", "X-ABADR", "X-MS-OL-DESIGN", "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
            "X-EVOLUTION-FILE-AS", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME", "X-PHONETIC-MIDDLE-NAME",
            "X-MOZILLA-HTML", "X-MOZILLA-PROPERTY", "SOURCE", "NAME", "MAILER", "X-KADDRESSBOOK-CRYPTOENCRYPTPREF",
            "X-KADDRESSBOOK-CRYPTOPROTOPREF", "X-KADDRESSBOOK-CRYPTOSIGNPREF", "X-ABLABEL", "X-ABSHOWAS");
    /** Readable column names for the properties people have (upper-case property name to header). */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("URL", "Website"),
            Map.entry("ROLE", "Role"), Map.entry("LANG", "Language"), Map.entry("GENDER", "Gender"),
            Map.entry("GEO", "Location"), Map.entry("TZ", "Time zone"), Map.entry("PHOTO", "Picture"),
            Map.entry("LOGO", "Logo"), Map.entry("SOUND", "Sound"), Map.entry("KEY", "Public key"),
            Map.entry("CALURI", "Calendar"), Map.entry("CALADRURI", "Calendar requests"),
            Map.entry("FBURL", "Free or busy"), Map.entry("MEMBER", "Member"), Map.entry("EXPERTISE", "Expertise"),
            Map.entry("HOBBY", "Hobby"), Map.entry("INTEREST", "Interest"), Map.entry("ORG-DIRECTORY", "Directory"),
            Map.entry("X-KADDRESSBOOK-X-OFFICE", "Office"), Map.entry("X-KADDRESSBOOK-X-PROFESSION", "Profession"),
            Map.entry("X-KADDRESSBOOK-X-MANAGERSNAME", "Manager"),
            Map.entry("X-KADDRESSBOOK-X-ASSISTANTSNAME", "Assistant"), Map.entry("X-KADDRESSBOOK-BLOGFEED", "Blog"),
            Map.entry("X-MS-MANAGER", "Manager"), Map.entry("X-MS-ASSISTANT", "Assistant"),
            Map.entry("X-EVOLUTION-MANAGER", "Manager"), Map.entry("X-EVOLUTION-ASSISTANT", "Assistant"),
            Map.entry("X-EVOLUTION-BLOG-URL", "Blog"), Map.entry("X-EVOLUTION-VIDEO-URL", "Video chat"),
            Map.entry("X-ABRELATEDNAMES", "Related name"), Map.entry("X-ABDATE", "Date"),
            Map.entry("RELATED", "Related"), Map.entry("X-MS-CARDPICTURE", "Picture"));
    /** Messenger properties before IMPP (vCard 3 programs): the service each names. */
    private static final Map<String, String> MESSENGERS = Map.ofEntries(Map.entry("X-JABBER", "Jabber"),
            Map.entry("X-SKYPE", "Skype"), Map.entry("X-SKYPE-USERNAME", "Skype"), Map.entry("X-AIM", "AIM"),
            Map.entry("X-ICQ", "ICQ"), Map.entry("X-MSN", "MSN"), Map.entry("X-YAHOO", "Yahoo"),
            Map.entry("X-GOOGLE-TALK", "Google Talk"), Map.entry("X-GTALK", "Google Talk"),
            Map.entry("X-QQ", "QQ"), Map.entry("X-GADUGADU", "Gadu-Gadu"), Map.entry("X-GROUPWISE", "GroupWise"),
            Map.entry("X-MS-IMADDRESS", "Messenger"), Map.entry("X-TWITTER", "Twitter"),
            Map.entry("X-KADDRESSBOOK-X-IMADDRESS", "Messenger"));
    private static final ScribeIndex SCRIBES = new ScribeIndex();

    private VcardLeftovers() {
    }

    /**
     * The card's properties that no column of {@link VcardTable#HEADER} holds, header to value, in the card's
     * order; a header met twice in a card is numbered ("Website 2").
     *
     * @param placed the raw properties VcardTable read (an anniversary, a spouse), left out here
     */
    static Map<String, String> of(VCard card, boolean companyCard, Set<VCardProperty> placed) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, MEANINGLESS_PREFIX + "VERSION", card.getVersion() == null ? "" : card.getVersion().getVersion());
        boolean firstTitle = true;
        for (VCardProperty property : card.getProperties()) {
            if (placed.contains(property) || property instanceof Email || property instanceof Telephone
                    || property instanceof Address || property instanceof Birthday || property instanceof Note
                    || property instanceof Categories || property instanceof Nickname
                    || property instanceof Anniversary) {
                continue;
            }
            if (property instanceof StructuredName n) {
                put(out, "Middle name", String.join(" ", n.getAdditionalNames()));
                put(out, "Name suffix", String.join(" ", n.getSuffixes()));
                if (companyCard) {
                    put(out, "Person", String.join(" ", n.getPrefixes()) + " " + n.getGiven() + " " + n.getFamily());
                }
            } else if (property instanceof FormattedName fn) {
                if (!companyCard && saysMore(card, nz(fn.getValue()))) {
                    put(out, "Name as written", fn.getValue());
                }
            } else if (property instanceof Organization org) {
                if (org.getValues().size() > 1) {
                    put(out, "Department", String.join(", ", org.getValues().subList(1, org.getValues().size())));
                }
            } else if (property instanceof Title title) {
                if (!firstTitle) {
                    put(out, "Job Title", title.getValue());
                }
                firstTitle = false;
            } else if (property instanceof Label label) {
                // A formatted copy of an ADR; kept only when the card has no address of its own.
                if (card.getAddresses().isEmpty()) {
                    put(out, "Address as written", label.getValue());
                }
            } else if (property instanceof Related related) {
                if (!(related.getTypes().contains(RelatedType.SPOUSE) && related.getText() != null)) {
                    put(out, labelled(card, property, "Related" + types(related.getTypes().stream()
                            .map(RelatedType::getValue).toList())), related.getText() != null ? related.getText()
                            : related.getUri());
                }
            } else {
                other(card, property, out);
            }
        }
        return out;
    }

    private static void other(VCard card, VCardProperty property, Map<String, String> out) {
        String name = name(property);
        if (MEANINGLESS.contains(name)) {
            put(out, MEANINGLESS_PREFIX + name, text(property));
        } else if (MESSENGERS.containsKey(name)) {
            put(out, labelled(card, property, "Messenger"), MESSENGERS.get(name) + ": " + text(property));
        } else if (property instanceof Impp impp) {
            String protocol = nz(impp.getProtocol());
            put(out, labelled(card, property, "Messenger"), protocol.isEmpty() ? text(property)
                    : protocol.toUpperCase(Locale.ROOT) + ": " + nz(impp.getHandle()));
        } else if (property instanceof Geo geo && geo.getLatitude() != null && geo.getLongitude() != null) {
            put(out, labelled(card, property, "Location"), geo.getLatitude() + ", " + geo.getLongitude());
        } else if (property instanceof Timezone tz) {
            put(out, labelled(card, property, "Time zone"), tz.getText() != null ? tz.getText()
                    : tz.getOffset() == null ? "" : tz.getOffset().toString());
        } else if (property instanceof BinaryProperty<?> binary) {
            put(out, labelled(card, property, NAMES.getOrDefault(name, name)), notKept(binary));
        } else if (property instanceof Key key) {
            put(out, labelled(card, property, "Public key"), key.getUrl() != null ? key.getUrl()
                    : key.getText() != null ? key.getText()
                    : key.getData() == null ? "" : "not kept: " + size(key.getData().length));
        } else {
            String header = NAMES.getOrDefault(name, property instanceof RawProperty
                    ? ((RawProperty) property).getPropertyName() : name);
            put(out, labelled(card, property, header), text(property));
        }
    }

    /** What a picture, logo or sound was: its kind and size (the image is not stored), or its link. */
    private static String notKept(BinaryProperty<?> binary) {
        if (binary.getUrl() != null) {
            return binary.getUrl().startsWith("data:") ? "not kept: a picture in the card" : binary.getUrl();
        }
        if (binary.getData() == null || binary.getData().length == 0) {
            return "";
        }
        String type = binary.getContentType() == null ? "" : nz(binary.getContentType().getExtension());
        return "not kept: " + (type.isEmpty() ? "" : type.toUpperCase(Locale.ROOT) + ", ")
                + size(binary.getData().length);
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : Math.round(bytes / 1024.0) + " KB";
    }

    /** " (home, work)" for the types, or nothing. */
    private static String types(List<String> types) {
        List<String> clean = types.stream().filter(t -> !t.equalsIgnoreCase("pref")).toList();
        return clean.isEmpty() ? "" : " (" + String.join(", ", clean).toLowerCase(Locale.ROOT) + ")";
    }

    /** The header with Apple's label of the property's group ("Date (Graduation)", "Website (HomePage)"). */
    private static String labelled(VCard card, VCardProperty property, String header) {
        String label = VcardTable.appleLabel(card, property);
        return label.isEmpty() ? header : header + " (" + label + ")";
    }

    /** The property's value as the card writes it, unescaped. */
    private static String text(VCardProperty property) {
        if (property instanceof RawProperty raw) {
            return nz(raw.getValue());
        }
        try {
            @SuppressWarnings("unchecked")
            VCardPropertyScribe<VCardProperty> scribe =
                    (VCardPropertyScribe<VCardProperty>) SCRIBES.getPropertyScribe(property);
            String written = scribe.writeText(property, new WriteContext(VCardVersion.V4_0, null, false));
            return written.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                    .replace("\\\\", "\\");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String name(VCardProperty property) {
        if (property instanceof RawProperty raw) {
            return raw.getPropertyName().toUpperCase(Locale.ROOT);
        }
        VCardPropertyScribe<? extends VCardProperty> scribe = SCRIBES.getPropertyScribe(property);
        return scribe == null ? property.getClass().getSimpleName().toUpperCase(Locale.ROOT)
                : scribe.getPropertyName().toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the formatted name says more than the structured name, the company and the nickname together
     * ("Bob 'The Builder' Smith", "Dr Jane Smith PhD, Smith &amp; Sons"): then it is kept as written.
     */
    private static boolean saysMore(VCard card, String formatted) {
        StructuredName n = card.getStructuredName();
        if (n == null || nz(n.getGiven()).isBlank() && nz(n.getFamily()).isBlank()) {
            return false;
        }
        List<String> known = new ArrayList<>(List.of(nz(n.getGiven()), nz(n.getFamily())));
        known.addAll(n.getPrefixes());
        known.addAll(n.getAdditionalNames());
        known.addAll(n.getSuffixes());
        if (card.getOrganization() != null) {
            known.addAll(card.getOrganization().getValues());
        }
        if (card.getNickname() != null) {
            known.addAll(card.getNickname().getValues());
        }
        Set<String> words = new HashSet<>(words(String.join(" ", known)));
        return !words.containsAll(words(formatted));
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty())
                .toList();
    }

    private static void put(Map<String, String> out, String header, String value) {
        String clean = nz(value).strip();
        if (clean.isEmpty()) {
            return;
        }
        String key = header;
        for (int k = 2; out.containsKey(key); k++) {
            key = header + " " + k;
        }
        out.put(key, clean);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
