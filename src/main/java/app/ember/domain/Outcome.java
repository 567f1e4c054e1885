package app.ember.domain;

/**
 * What came of a touch. {@link #SENT} is for post (a postcard, a letter): it went out, which says
 * nothing of an answer; cards nobody answers count as silence, as unanswered calls do.
 */
public enum Outcome implements Coded {
    REACHED, NO_ANSWER, LEFT_MESSAGE, SENT, REPLIED, MEETING_BOOKED, QUOTE_SENT, ORDERED, NOT_INTERESTED, WRONG_DETAILS;

    /** Whether the lead answered: used to tell silence (which cools a lead) from conversation. */
    public boolean isResponse() {
        return switch (this) {
            case REACHED, REPLIED, MEETING_BOOKED, QUOTE_SENT, ORDERED, NOT_INTERESTED -> true;
            case NO_ANSWER, LEFT_MESSAGE, SENT, WRONG_DETAILS -> false;
        };
    }

    public static Outcome fromCode(String text) {
        return Codes.parse(Outcome.class, text, "outcome");
    }
}
