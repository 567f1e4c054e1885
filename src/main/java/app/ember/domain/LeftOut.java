package app.ember.domain;

/** A lead a mailing could not include, and why, so the user can open it and fix it. */
public record LeftOut(long leadId, String name, Reason reason, String detail) {
    public enum Reason implements Coded {
        /** The address lacks what its country's post needs (street, city, postcode, state...). */
        INCOMPLETE_ADDRESS,
        /** The lead asked not to be sent mail. */
        DO_NOT_MAIL,
        /**
         * The lead said "not interested" (lost, or resting in nurture): mailed only when chosen by its
         * status or selected, and listed here otherwise, so no lead leaves a mailing unsaid.
         */
        NOT_INTERESTED
    }
}
