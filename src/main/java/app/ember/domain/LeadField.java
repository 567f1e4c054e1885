package app.ember.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of the lead form that validation can complain about. The {@link #code()} names the field in
 * messages and on the command line ({@code --set postcode=SW1A1AA}); the {@link #maxLength()} mirrors the
 * database column, so the form can stop typing where the store would refuse the text.
 */
public enum LeadField {
    FIRST_NAME("firstName", 200),
    LAST_NAME("lastName", 200),
    COMPANY("company", 300),
    EMAIL("email", 320),
    PHONE("phone", 60),
    LINE1("line1", 300),
    LINE2("line2", 300),
    CITY("city", 200),
    REGION("region", 200),
    POSTCODE("postcode", 20),
    COUNTRY("country", 2),
    NEED_BY("needBy", 0),
    BIRTHDAY("birthday", 0),
    ANNIVERSARY("anniversary", 0),
    REFERRED_BY("referredBy", 200),
    /** Dr, Mrs, Prof.: before the name on labels. */
    TITLE("title", 40);

    /** The separators a typed field name may carry: "first_name", "first-name", "first name". */
    private static final Pattern SEPARATORS = Pattern.compile("[-_ ]");

    private final String code;
    private final int maxLength;

    LeadField(String code, int maxLength) {
        this.code = code;
        this.maxLength = maxLength;
    }

    /** The lower camel case name, such as {@code "firstName"}. */
    public String code() {
        return code;
    }

    /** The most characters the database column holds; 0 for dates, which are not stored as text. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Reads a field name as a user may type it: {@code "firstName"}, {@code "first_name"},
     * {@code "first-name"} or {@code "FIRST NAME"}.
     *
     * @throws IllegalArgumentException naming the accepted field codes
     */
    public static LeadField fromCode(String text) {
        String key = SEPARATORS.matcher(Text.clean(text)).replaceAll("").toLowerCase(Locale.ROOT);
        for (LeadField field : values()) {
            if (field.code.toLowerCase(Locale.ROOT).equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("field '" + Text.clean(text) + "' is not known; expected one of "
                + Arrays.stream(values()).map(LeadField::code).collect(Collectors.joining(", ")));
    }
}
