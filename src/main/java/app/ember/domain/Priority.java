package app.ember.domain;

/** The priority a qualified lead gets in triage. */
public enum Priority implements Coded {
    LOW, MEDIUM, HIGH;

    public static Priority fromCode(String text) {
        return Codes.parse(Priority.class, text, "priority");
    }
}
