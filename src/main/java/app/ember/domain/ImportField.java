package app.ember.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a column of an imported file holds. The lead fields come first; the history fields (a sheet with one
 * row per past contact) after them; {@link #EMAIL}, {@link #FULL_NAME}, {@link #FIRST_NAME},
 * {@link #LAST_NAME} and {@link #KEY} also link a history row to its lead. The {@link #label()} is the
 * column header Ember writes on export; {@link #code()} is what a mapping file names.
 */
public enum ImportField {
    KEY("key", "Lead ID", false),
    FIRST_NAME("firstName", "First name", false),
    LAST_NAME("lastName", "Last name", false),
    FULL_NAME("name", "Name", false),
    /** A title in front of the name (Dr, Mrs, Prof.). */
    TITLE("title", "Title", false),
    COMPANY("company", "Company", false),
    EMAIL("email", "E-mail", false),
    PHONE("phone", "Phone", false),
    LINE1("line1", "Street", false),
    LINE2("line2", "Street 2", false),
    CITY("city", "City", false),
    REGION("region", "Region", false),
    POSTCODE("postcode", "Postcode", false),
    COUNTRY("country", "Country", false),
    /** What the e-mail in the same place is for (work, home, mobile, other): "E-mail 2 label", Google's "E-mail 1 - Type". */
    EMAIL_LABEL("emailLabel", "E-mail label", false),
    PHONE_LABEL("phoneLabel", "Phone label", false),
    ADDRESS_LABEL("addressLabel", "Address label", false),
    DO_NOT_MAIL("doNotMail", "Do not mail", false),
    TEMPERATURE("temperature", "Temperature", false),
    SAME_DAY("sameDay", "Same day", false),
    STATUS("status", "Status", false),
    STAGE("stage", "Stage", false),
    QUALIFICATION("qualification", "Qualification", false),
    PRIORITY("priority", "Priority", false),
    PRODUCT_CONTEXT("productContext", "Product context", false),
    FIRM_SIZE("firmSize", "Firm size", false),
    ORIGIN("origin", "Origin", false),
    SOURCE("source", "Source", false),
    REFERRAL_KIND("referralKind", "Referral", false),
    REFERRED_BY("referredBy", "Referred by", false),
    NEED_BY("needBy", "Event date", false),
    NEED_BY_YEARLY("needByYearly", "Event yearly", false),
    BIRTHDAY("birthday", "Birthday", false),
    ANNIVERSARY("anniversary", "Anniversary", false),
    CREATED("created", "Created", false),
    NEXT_FOLLOW_UP("nextFollowUp", "Next follow-up", false),
    TAGS("tags", "Tags", false),
    PREFERENCES("preferences", "Preferences", false),
    NOTES("notes", "Notes", false),
    /** History: when the contact happened. */
    DATE("date", "Date", true),
    /** History: how (call, e-mail, visit...); "note" makes the row a note rather than a touch. */
    CHANNEL("channel", "How", true),
    DIRECTION("direction", "Direction", true),
    OUTCOME("outcome", "Outcome", true),
    MINUTES("minutes", "Minutes", true),
    /** History: the note of the touch, or the text of a note. */
    NOTE("note", "Note", true),
    /** A column the import leaves alone. */
    IGNORE("ignore", "", false);

    /** The columns of Ember's own export's leads sheet, in order: the file Ember reads most often. */
    public static final List<ImportField> EXPORT_COLUMNS = List.of(KEY, TITLE, FIRST_NAME, LAST_NAME, COMPANY, EMAIL,
            PHONE, LINE1, LINE2, CITY, REGION, POSTCODE, COUNTRY, DO_NOT_MAIL, TEMPERATURE, SAME_DAY, STATUS, STAGE,
            QUALIFICATION, PRIORITY, PRODUCT_CONTEXT, FIRM_SIZE, ORIGIN, SOURCE, REFERRAL_KIND, REFERRED_BY, NEED_BY,
            NEED_BY_YEARLY, BIRTHDAY, ANNIVERSARY, CREATED, NEXT_FOLLOW_UP, TAGS, PREFERENCES);

    private final String code;
    private final String label;
    private final boolean historyOnly;

    ImportField(String code, String label, boolean historyOnly) {
        this.code = code;
        this.label = label;
        this.historyOnly = historyOnly;
    }

    public String code() {
        return code;
    }

    /** The column header Ember writes for this field. */
    public String label() {
        return label;
    }

    /** True for the fields that only a history sheet has. */
    public boolean historyOnly() {
        return historyOnly;
    }

    /** The fields that link a history row to its lead, besides its own. */
    public static final List<ImportField> LINKS = List.of(KEY, EMAIL, FULL_NAME, FIRST_NAME, LAST_NAME);

    /** Reads a field code as a mapping file writes it: "email", "first_name", "First name", "ignore". */
    public static ImportField fromCode(String text) {
        String key = normal(text);
        for (ImportField field : values()) {
            if (normal(field.code).equals(key) || normal(field.label).equals(key) && !field.label.isEmpty()) {
                return field;
            }
        }
        throw new IllegalArgumentException("field '" + Text.clean(text) + "' is not known; expected one of "
                + Arrays.stream(values()).map(ImportField::code).collect(Collectors.joining(", ")));
    }

    /** Lower case letters and digits only, accents folded: "E-mail 1 - Value" is "email1value", "Prénom" "prenom". */
    static String normal(String text) {
        if (text == null || text.length() > 200) {
            return normalOf(text);
        }
        // Asked for every unplaced cell of every row with its column's header (a fold and a scan each time):
        // the few headers of the files read are kept. Cleared when large, so a long session holds little.
        if (NORMALS.size() > 4096) {
            NORMALS.clear();
        }
        return NORMALS.computeIfAbsent(text, ImportField::normalOf);
    }

    private static final java.util.Map<String, String> NORMALS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String normalOf(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : SearchText.fold(Text.clean(text)).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
