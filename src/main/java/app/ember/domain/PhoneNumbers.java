package app.ember.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phone numbers read with Google's libphonenumber (the dialling plans of every country, kept up to date by
 * Google) for the lead's country or the import's default one. A spreadsheet that stored a number as a number
 * dropped its leading zero ("1225123456" for 01225 123456): the number gets its national form back.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern DIGITS_ONLY = Pattern.compile("[1-9][0-9]{5,14}");

    /** Written as a phone number: digits with spaces, dots, dashes, brackets, a leading + at most. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9(][0-9 ()./-]*");
    /** A search key shorter than this is a part of a number, searched as typed. */
    static final int KEY_DIGITS = 8;

    private PhoneNumbers() {
    }

    /**
     * The number as search knows it, the same whichever way it is written: its national digits, without the
     * country code and the trunk zero ("+44 20 7946 0958", "020 7946 0958" and "02079460958" are all
     * "2079460958"); empty when the text is no whole phone number (under {@value #KEY_DIGITS} digits).
     */
    public static String searchKey(String text) {
        String clean = Text.clean(text);
        if (!PHONE_LIKE.matcher(clean).matches()) {
            return "";
        }
        String digits = clean.replaceAll("\\D", "");
        String national;
        if (clean.startsWith("+") || digits.startsWith("00")) {
            try {
                Phonenumber.PhoneNumber number = UTIL.parse(clean.startsWith("+") ? clean : "+" + digits.substring(2),
                        "ZZ");
                national = UTIL.getNationalSignificantNumber(number);
            } catch (NumberParseException e) {
                return "";
            }
        } else {
            national = digits.replaceFirst("^0+", "");
        }
        return national.length() >= KEY_DIGITS ? national : "";
    }

    /**
     * The number as written, unless it is bare digits that are no valid number as they stand but are a valid
     * national number of the country without their trunk zero: then the national form ("01225 123456").
     */
    public static String repaired(String text, String countryCode) {
        String clean = Text.clean(text);
        String country = Text.clean(countryCode).toUpperCase(Locale.ROOT);
        if (country.isEmpty() || !DIGITS_ONLY.matcher(clean).matches()) {
            return clean;
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(clean, country);
            // Possible (of the country's full length) is enough: the metadata leaves out ranges in use, such
            // as the drama numbers 07700 900xxx.
            if (UTIL.isValidNumberForRegion(number, country) || UTIL.isPossibleNumberWithReason(number)
                    == PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                String national = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
                return national.replaceAll("[^0-9]", "").equals(clean) ? clean : national;
            }
        } catch (NumberParseException e) {
            // not a number of that country: kept as written
        }
        return clean;
    }
}
