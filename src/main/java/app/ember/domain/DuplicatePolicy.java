package app.ember.domain;

/** What an import does with a row that matches a lead already in the book (by e-mail, phone, or name and postcode). */
public enum DuplicatePolicy implements Coded {
    /** Leave the stored lead alone and drop the row. */
    SKIP,
    /** Fill the stored lead with the row's non-empty fields, and add its tags, preferences, notes and touches. */
    UPDATE,
    /** Add the row as a new lead anyway. */
    NEW;

    public static DuplicatePolicy fromCode(String text) {
        return Codes.parse(DuplicatePolicy.class, text, "on-duplicate");
    }
}
