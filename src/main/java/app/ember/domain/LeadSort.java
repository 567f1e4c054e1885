package app.ember.domain;

/** The orders a lead list can take. */
public enum LeadSort implements Coded {
    /** Same-day hot first, then hot, warm, cool, cold; within each, the soonest follow-up first. */
    HEAT,
    NAME,
    NEXT_FOLLOW_UP,
    LAST_CONTACT,
    CREATED;

    public static LeadSort fromCode(String text) {
        return Codes.parse(LeadSort.class, text, "sort");
    }
}
