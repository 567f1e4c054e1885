package app.ember.domain;

/** The order of a mailing's pieces: by postcode (what bulk-mail discounts ask for) or by name. */
public enum MailSort implements Coded {
    POSTCODE, NAME;

    public static MailSort fromCode(String text) {
        return Codes.parse(MailSort.class, text, "sort");
    }
}
