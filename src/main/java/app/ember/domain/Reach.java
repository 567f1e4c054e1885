package app.ember.domain;

/**
 * Which details a lead has to be reached by: a phone number, a complete postal address (that the
 * lead lets us use: not marked "do not mail"), an e-mail.
 */
public record Reach(boolean phone, boolean address, boolean email) {
    public static final Reach ALL = new Reach(true, true, true);

    /** The detail a channel needs. */
    public enum Need { PHONE, ADDRESS, EMAIL, NOTHING }

    public static Need needs(Channel channel) {
        return switch (channel) {
            case CALL, VOICEMAIL, TEXT -> Need.PHONE;
            case POSTCARD, LETTER -> Need.ADDRESS;
            case EMAIL -> Need.EMAIL;
            case MEETING, VISIT, SOCIAL -> Need.NOTHING;
        };
    }

    public static Reach of(Lead lead) {
        return new Reach(!lead.phone().isEmpty(), lead.address().isComplete() && !lead.doNotMail(),
                !lead.email().isEmpty());
    }

    public boolean allows(Channel channel) {
        return switch (needs(channel)) {
            case PHONE -> phone;
            case ADDRESS -> address;
            case EMAIL -> email;
            case NOTHING -> true;
        };
    }
}
