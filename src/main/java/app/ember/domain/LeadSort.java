package app.ember.domain;

/** The orders a lead list can take. */
public enum LeadSort implements Coded {
    /** Same-day hot first, then hot, warm, cool, cold; within each, the soonest follow-up first. */
    HEAT,
    /** The soonest (or most overdue) follow-up first; leads with nothing planned last. */
    NEXT_FOLLOW_UP,
    /** The most recently contacted first; never contacted last. */
    LAST_CONTACT,
    /** The nearest event (need-by) date first; leads without one last. */
    NEED_BY,
    /** By last name, then first name. */
    NAME,
    /** The newest lead first. */
    CREATED;

    public static LeadSort fromCode(String text) {
        return Codes.parse(LeadSort.class, text.replace("next-follow-up", "next_follow_up"), "sort");
    }
}
