package app.ember.io;

import ezvcard.VCard;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.RawProperty;
import ezvcard.util.PartialDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

/**
 * A card's birthday and anniversary as the import reads dates: ISO, or {@code --MM-DD} without a year,
 * from whichever property the card's program writes them in.
 */
final class VcardDates {
    // ANNIVERSARY too: a 3.0 card's "--0229" is no 3.0 date, so the parser keeps it as it is written.
    static final List<String> ANNIVERSARIES = List.of("ANNIVERSARY", "X-ANNIVERSARY",
            "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY");
    private static final String APPLE_ANNIVERSARY = "_$!<Anniversary>!$_";

    private VcardDates() {
    }

    /** The birthday; without its year ("--08-20") when Apple marks the year as left out or vCard 4 omits it. */
    static String birthday(VCard card) {
        if (card.getBirthday() == null) {
            // A vCard 3 "--0315" is no 3.0 date, so the parser keeps it as it is written.
            RawProperty raw = card.getExtendedProperty("BDAY");
            return raw == null ? "" : nz(raw.getValue()).strip();
        }
        if (card.getBirthday().getParameter("X-APPLE-OMIT-YEAR") != null && card.getBirthday().getDate() != null) {
            LocalDate date = LocalDate.from(card.getBirthday().getDate());
            return String.format(Locale.ROOT, "--%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        }
        return date(card.getBirthday());
    }

    /** The anniversary from whichever property the card's program writes it in. */
    static String anniversary(VCard card) {
        if (card.getAnniversary() != null) {
            String date = date(card.getAnniversary());
            if (!date.isEmpty()) {
                return date;
            }
        }
        for (RawProperty property : card.getExtendedProperties()) {
            String name = property.getPropertyName().toUpperCase(Locale.ROOT);
            if (ANNIVERSARIES.contains(name)) {
                return isoDate(property.getValue());
            }
            if (name.equals("X-ABDATE") && property.getGroup() != null) {
                for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
                    if (property.getGroup().equalsIgnoreCase(label.getGroup())
                            && APPLE_ANNIVERSARY.equalsIgnoreCase(nz(label.getValue()).strip())) {
                        return isoDate(property.getValue());
                    }
                }
            }
        }
        return "";
    }

    private static String date(DateOrTimeProperty property) {
        PartialDate partial = property.getPartialDate();
        if (partial != null && partial.getYear() == null && partial.getMonth() != null && partial.getDate() != null) {
            return String.format(Locale.ROOT, "--%02d-%02d", partial.getMonth(), partial.getDate());
        }
        // RFC 6350's own example: "ANNIVERSARY:20090808T1430-0500", a time without seconds, is kept as a partial
        // date by the parser; the day is what Ember keeps.
        if (partial != null && partial.getYear() != null && partial.getMonth() != null && partial.getDate() != null) {
            return LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()).toString();
        }
        Temporal date = property.getDate();
        if (date == null) {
            return property.getText() == null ? "" : property.getText();
        }
        if (date instanceof LocalDate d) {
            return d.toString();
        }
        try {
            return LocalDate.from(date).toString();
        } catch (RuntimeException e) {
            return date instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC).toLocalDate().toString() : "";
        }
    }

    /** "20090620" as "2009-06-20"; other shapes as written (the import reads them). */
    static String isoDate(String value) {
        String clean = nz(value).strip();
        return clean.matches("\\d{8}") ? clean.substring(0, 4) + "-" + clean.substring(4, 6) + "-"
                + clean.substring(6) : clean;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
