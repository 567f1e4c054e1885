package app.ember.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lead field each column of an imported sheet holds, by column index. Guessed from the headers (the
 * spellings of Ember's own export, of Google, Outlook and Apple contact exports and of plain English) and then
 * from the values (a column of e-mail addresses is the e-mail; a column of hot/warm/cool/cold is the
 * temperature, whatever its header says); then overridden by the user. Several columns may hold the same
 * field (Google's "E-mail 1 - Value" and "E-mail 2 - Value"): the first one with a value in a row wins.
 * Immutable.
 */
public final class ColumnMapping {
    /** At least this share of a column's non-empty sample values must look right for a guess by value. */
    private static final double VALUE_SHARE = 0.8;
    private static final int SAMPLE_ROWS = 200;

    /** Normalized header spellings (see {@link ImportField#normal}) for each field. */
    private static final Map<String, ImportField> HEADERS = new HashMap<>();
    /** Normalized header beginnings, tried after the exact spellings. */
    private static final Map<String, ImportField> PREFIXES = new LinkedHashMap<>();

    static {
        for (ImportField field : ImportField.values()) {
            if (field != ImportField.IGNORE) {
                HEADERS.put(ImportField.normal(field.label()), field);
                HEADERS.put(ImportField.normal(field.code()), field);
            }
        }
        header(ImportField.KEY, "id", "leadid", "contactid");
        header(ImportField.FIRST_NAME, "firstname", "givenname", "forename", "first", "prenom", "vorname");
        header(ImportField.LAST_NAME, "lastname", "surname", "familyname", "last", "nom", "nachname");
        header(ImportField.FULL_NAME, "name", "fullname", "displayname", "contact", "contactname", "customer",
                "client", "lead", "formattedname");
        header(ImportField.TITLE, "title", "nameprefix", "prefix", "salutation", "anrede", "civilite");
        header(ImportField.COMPANY, "company", "organization", "organisation", "organization1name",
                "organizationname", "business", "firm", "employer", "companyname");
        header(ImportField.EMAIL, "email", "emailaddress", "mail", "email1value", "email2value", "email3value",
                "emailaddress1", "email2address", "email3address", "primaryemail", "homeemail", "workemail");
        header(ImportField.PHONE, "phone", "telephone", "tel", "phonenumber", "mobile", "mobilephone", "cell",
                "cellphone", "phone1value", "phone2value", "phone3value", "businessphone", "homephone",
                "primaryphone", "workphone", "business phone2", "homephone2", "telefon",
                // Outlook's faxes: numbers labelled fax, never the primary phone while there is another.
                "businessfax", "homefax", "otherfax", "fax", "faxnumber");
        header(ImportField.LINE1, "street", "address", "address1", "addressline1", "line1", "streetaddress",
                "businessstreet", "homestreet", "otherstreet", "street1", "strasse");
        header(ImportField.LINE2, "address2", "addressline2", "line2", "street2", "businessstreet2",
                "homestreet2", "otherstreet2");
        header(ImportField.CITY, "city", "town", "businesscity", "homecity", "othercity", "ort", "ville");
        header(ImportField.REGION, "state", "region", "province", "county", "businessstate", "homestate",
                "otherstate", "stateprovince");
        header(ImportField.POSTCODE, "zip", "zipcode", "postcode", "postalcode", "postal", "plz", "codepostal",
                "businesspostalcode", "homepostalcode", "otherpostalcode");
        header(ImportField.COUNTRY, "country", "countryregion", "countrycode", "businesscountryregion",
                "homecountryregion", "othercountryregion", "businesscountry", "homecountry", "othercountry", "land", "pays");
        header(ImportField.TEMPERATURE, "temperature", "temp", "heat", "leadtemperature", "warmth", "rating",
                "leadrating", "hotness");
        header(ImportField.STATUS, "status", "leadstatus");
        header(ImportField.SOURCE, "source", "leadsource", "howheard", "channelsource");
        header(ImportField.BIRTHDAY, "birthday", "birthdate", "dateofbirth", "dob");
        header(ImportField.ANNIVERSARY, "anniversary", "weddinganniversary");
        header(ImportField.NEED_BY, "eventdate", "needby", "weddingdate", "event", "needed", "deliverydate");
        header(ImportField.TAGS, "tags", "labels", "categories", "groups", "group", "tag", "label",
                "groupmembership");
        header(ImportField.NOTES, "notes", "note", "comments", "comment", "remarks");
        header(ImportField.PREFERENCES, "preferences");
        header(ImportField.DO_NOT_MAIL, "donotmail", "nomail", "nopost");
        header(ImportField.REFERRED_BY, "referredby", "referrer");
        prefix("email", ImportField.EMAIL);
        prefix("phone", ImportField.PHONE);
        prefix("mobile", ImportField.PHONE);
    }

    /** Google's "Address 2 - Postal Code": the part of the k-th address. */
    private static final java.util.regex.Pattern NUMBERED_ADDRESS =
            java.util.regex.Pattern.compile("address\\d+(street|extendedaddress|city|region|postalcode|country)");
    private static final Map<String, ImportField> ADDRESS_PARTS = Map.of("street", ImportField.LINE1,
            "extendedaddress", ImportField.LINE2, "city", ImportField.CITY, "region", ImportField.REGION,
            "postalcode", ImportField.POSTCODE, "country", ImportField.COUNTRY);

    private static final Map<String, ImportField> HISTORY_HEADERS = Map.ofEntries(
            Map.entry("date", ImportField.DATE), Map.entry("when", ImportField.DATE),
            Map.entry("at", ImportField.DATE), Map.entry("contacted", ImportField.DATE),
            Map.entry("datetime", ImportField.DATE), Map.entry("contactdate", ImportField.DATE),
            Map.entry("how", ImportField.CHANNEL), Map.entry("channel", ImportField.CHANNEL),
            Map.entry("type", ImportField.CHANNEL), Map.entry("via", ImportField.CHANNEL),
            Map.entry("method", ImportField.CHANNEL),
            Map.entry("direction", ImportField.DIRECTION),
            Map.entry("outcome", ImportField.OUTCOME), Map.entry("result", ImportField.OUTCOME),
            Map.entry("minutes", ImportField.MINUTES), Map.entry("duration", ImportField.MINUTES),
            Map.entry("note", ImportField.NOTE), Map.entry("notes", ImportField.NOTE),
            Map.entry("comment", ImportField.NOTE), Map.entry("what", ImportField.NOTE),
            Map.entry("details", ImportField.NOTE));

    private static void header(ImportField field, String... spellings) {
        for (String spelling : spellings) {
            HEADERS.put(ImportField.normal(spelling), field);
        }
    }

    private static void prefix(String start, ImportField field) {
        PREFIXES.put(start, field);
    }

    private final List<String> header;
    private final List<ImportField> fields;
    private final Map<ImportField, List<Integer>> columns;

    private ColumnMapping(List<String> header, List<ImportField> fields) {
        this.header = List.copyOf(header);
        this.fields = List.copyOf(fields);
        Map<ImportField, List<Integer>> byField = new EnumMap<>(ImportField.class);
        for (int i = 0; i < this.fields.size(); i++) {
            byField.computeIfAbsent(this.fields.get(i), f -> new ArrayList<>()).add(i);
        }
        byField.replaceAll((field, list) -> List.copyOf(list));
        this.columns = byField;
    }

    /** Guesses the mapping of a leads sheet from its header and its first rows. */
    public static ColumnMapping guess(Table table) {
        return guess(table, false);
    }

    /**
     * How many of a row's cells are column names Ember knows (as a leads or a history sheet's header): the
     * file readers take the row with most of them as the header, above which title rows are left out.
     */
    public static int knownHeaders(List<String> cells) {
        int leads = 0;
        int history = 0;
        for (String cell : cells) {
            leads += byHeader(cell, false) != ImportField.IGNORE ? 1 : 0;
            history += byHeader(cell, true) != ImportField.IGNORE ? 1 : 0;
        }
        return Math.max(leads, history);
    }

    /** Guesses the mapping of a history sheet (one row per past contact) from its header and first rows. */
    public static ColumnMapping guessHistory(Table table) {
        return guess(table, true);
    }

    private static ColumnMapping guess(Table table, boolean history) {
        List<ImportField> fields = new ArrayList<>();
        for (String name : table.header()) {
            fields.add(byHeader(name, history));
        }
        List<List<String>> sample = table.rows().subList(0, Math.min(SAMPLE_ROWS, table.size()));
        // By value: a column of temperatures is the temperature whatever its header, unless one already is.
        for (int column = 0; column < fields.size(); column++) {
            ImportField field = fields.get(column);
            // A "Lead" column of Hot/Warm/Cool/Cold is the lead's temperature, not its name.
            if (!fields.contains(ImportField.TEMPERATURE) && field != ImportField.TEMPERATURE
                    && (field == ImportField.IGNORE || field == ImportField.STATUS || field == ImportField.FULL_NAME)
                    && looksLike(sample, column, v -> ImportValues.temperatureWord(v).isPresent())) {
                fields.set(column, ImportField.TEMPERATURE);
            } else if ((field == ImportField.IGNORE || field == ImportField.FULL_NAME) && !history
                    // A colon makes it a link (a vCard's "mailto:", "xmpp:", "sip:"), kept as written, not an e-mail.
                    && looksLike(sample, column, v -> LeadValidation.email(v).isEmpty() && v.contains("@")
                    && !v.contains(":"))) {
                fields.set(column, ImportField.EMAIL);
            }
        }
        // Lead statuses under "Status" stay the status; a "Status" column of anything else is left alone.
        for (int column = 0; column < fields.size(); column++) {
            if (fields.get(column) == ImportField.STATUS
                    && !looksLike(sample, column, v -> ImportValues.code(LeadStatus.class, v).isPresent())) {
                fields.set(column, ImportField.IGNORE);
            }
        }
        return new ColumnMapping(table.header(), fields);
    }

    private static ImportField byHeader(String name, boolean history) {
        String key = ImportField.normal(name);
        if (key.isEmpty()) {
            return ImportField.IGNORE;
        }
        if (history) {
            ImportField field = HISTORY_HEADERS.get(key);
            if (field != null) {
                return field;
            }
            ImportField lead = HEADERS.get(key);
            return lead != null && ImportField.LINKS.contains(lead) ? lead : ImportField.IGNORE;
        }
        ImportField field = HEADERS.get(key);
        if (field != null && !field.historyOnly()) {
            return field;
        }
        java.util.regex.Matcher part = NUMBERED_ADDRESS.matcher(key);
        if (part.matches()) {
            return ADDRESS_PARTS.get(part.group(1));
        }
        if (key.endsWith("label") || key.endsWith("type")) {
            // "E-mail 2 label", Google's "Phone 1 - Type", Outlook's "E-mail 2 Type": what the one beside is for.
            if (key.startsWith("email")) {
                return ImportField.EMAIL_LABEL;
            } else if (key.startsWith("phone")) {
                return ImportField.PHONE_LABEL;
            } else if (key.startsWith("address")) {
                return ImportField.ADDRESS_LABEL;
            }
        }
        for (var prefix : PREFIXES.entrySet()) {
            // "E-mail 2 - Label" and "Phone 1 - Type" name the kind of address, not the address; a
            // "Phonetic First Name" is no phone.
            if (key.startsWith(prefix.getKey()) && !key.endsWith("label") && !key.endsWith("type")
                    && !key.endsWith("displayname") && !key.startsWith("phonetic")) {
                return prefix.getValue();
            }
        }
        return ImportField.IGNORE;
    }

    private static boolean looksLike(List<List<String>> sample, int column, java.util.function.Predicate<String> test) {
        int values = 0;
        int good = 0;
        for (List<String> row : sample) {
            String value = Text.clean(row.get(column));
            if (!value.isEmpty()) {
                values++;
                if (test.test(value)) {
                    good++;
                }
            }
        }
        return values > 0 && good >= VALUE_SHARE * values;
    }

    /**
     * Reads a mapping file: one {@code header=field} a line ({@code E-mail 1 - Value=email},
     * {@code Grade=temperature}, {@code Fax=ignore}); blank lines and lines starting with # are skipped.
     * The headers are matched ignoring case, spaces and punctuation.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static Map<String, ImportField> parseOverrides(List<String> lines) {
        Map<String, ImportField> overrides = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected header=field, got '" + line + "'");
            }
            try {
                overrides.put(line.substring(0, equals).strip(), ImportField.fromCode(line.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return overrides;
    }

    /**
     * This mapping with the user's choices for some headers.
     *
     * @throws IllegalArgumentException when a header is not in the sheet
     */
    public ColumnMapping with(Map<String, ImportField> overrides) {
        List<ImportField> changed = new ArrayList<>(fields);
        for (var entry : overrides.entrySet()) {
            int column = column(entry.getKey());
            if (column < 0) {
                throw new IllegalArgumentException("the mapping names the column \"" + entry.getKey()
                        + "\", which is not in the file; its columns are " + header);
            }
            changed.set(column, entry.getValue());
        }
        return new ColumnMapping(header, changed);
    }

    /** This mapping with one column's field chosen by the user (the wizard's drop-down). */
    public ColumnMapping with(int column, ImportField field) {
        List<ImportField> changed = new ArrayList<>(fields);
        changed.set(column, field);
        return new ColumnMapping(header, changed);
    }

    private int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        String key = ImportField.normal(name);
        for (int i = 0; i < header.size(); i++) {
            if (ImportField.normal(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> header() {
        return header;
    }

    /** The field of each column, in column order. */
    public List<ImportField> fields() {
        return fields;
    }

    public ImportField field(int column) {
        return fields.get(column);
    }

    /** The columns that hold the field, in order (read for every field of every row: worked out once). */
    public List<Integer> columns(ImportField field) {
        return columns.getOrDefault(field, List.of());
    }

    public boolean has(ImportField field) {
        return fields.contains(field);
    }
}
