package app.ember.domain;

/** The ways a touch reaches a lead, with the minutes each usually takes in a session. */
public enum Channel implements Coded {
    CALL(10), VOICEMAIL(3), EMAIL(5), POSTCARD(3), LETTER(10), TEXT(2), MEETING(45), VISIT(60), SOCIAL(3);

    private final int defaultMinutes;

    Channel(int defaultMinutes) {
        this.defaultMinutes = defaultMinutes;
    }

    /** The estimate from the design notes; the settings may override it. */
    public int defaultMinutes() {
        return defaultMinutes;
    }

    public static Channel fromCode(String text) {
        return Codes.parse(Channel.class, text, "channel");
    }
}
