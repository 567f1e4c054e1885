package app.ember.domain;

import java.util.Locale;

/**
 * What an e-mail address, a phone number or a postal address is for, as every contact app labels them. A fax
 * number keeps its kind (vCard's TYPE=FAX, Google's "Work Fax", Outlook's "Business Fax"): one does not call it.
 */
public enum ContactLabel implements Coded {
    WORK, HOME, MOBILE, FAX, OTHER;

    /** The label a code or a contact file's words name ("work", "Business Phone", "* Home", "CELL"); OTHER when none. */
    public static ContactLabel guess(String text) {
        String words = SearchText.fold(Text.clean(text)).toLowerCase(Locale.ROOT);
        if (words.contains("fax") || words.contains("telecopie")) {
            return FAX;
        }
        if (words.contains("mobile") || words.contains("cell") || words.contains("iphone")
                || words.contains("handy") || words.contains("portable")) {
            return MOBILE;
        }
        if (words.contains("home") || words.contains("private") || words.contains("personal")
                || words.contains("privat") || words.contains("domicile")) {
            return HOME;
        }
        if (words.contains("work") || words.contains("business") || words.contains("office")
                || words.contains("company") || words.contains("arbeit")
                || words.contains("travail")) {
            return WORK;
        }
        return OTHER;
    }

    /** The label of a code Ember writes ("work"); OTHER for anything else. */
    public static ContactLabel fromCode(String code) {
        for (ContactLabel label : values()) {
            if (label.code().equals(Text.clean(code).toLowerCase(Locale.ROOT))) {
                return label;
            }
        }
        return guess(code);
    }
}
