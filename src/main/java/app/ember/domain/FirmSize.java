package app.ember.domain;

/** The size of the buyer's firm; large firms expect a swift, thorough answer. PRIVATE is a person, not a firm. */
public enum FirmSize implements Coded {
    UNKNOWN, PRIVATE, SMALL, MEDIUM, LARGE;

    public static FirmSize fromCode(String text) {
        return Codes.parse(FirmSize.class, text, "firm size");
    }
}
