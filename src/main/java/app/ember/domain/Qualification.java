package app.ember.domain;

/** The outcome of triage; a new lead starts untriaged. */
public enum Qualification implements Coded {
    UNTRIAGED, QUALIFIED, NOT_QUALIFIED;

    public static Qualification fromCode(String text) {
        return Codes.parse(Qualification.class, text, "qualification");
    }
}
