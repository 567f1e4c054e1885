package app.ember.domain;

/**
 * How a referral came: a champion made the introduction, a fan passed the name on.
 * Both warm a lead; {@link #NONE} means nobody referred it.
 */
public enum ReferralKind implements Coded {
    NONE, CHAMPION, FAN;

    public static ReferralKind fromCode(String text) {
        return Codes.parse(ReferralKind.class, text, "referral kind");
    }
}
