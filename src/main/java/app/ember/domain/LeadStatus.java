package app.ember.domain;

/** Where a lead stands. Lost leads are never deleted: they rest in nurture and come back. */
public enum LeadStatus implements Coded {
    OPEN, WON, LOST, NURTURE;

    public static LeadStatus fromCode(String text) {
        return Codes.parse(LeadStatus.class, text, "status");
    }
}
