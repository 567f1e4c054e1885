package app.ember.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The rules of logging a touch: which status it leaves the lead in, and when the lead is next due.
 * "Ordered" wins the lead; "not interested" sends it to nurture until it comes back; any other
 * outcome keeps the cadence of the lead's temperature going from this touch.
 */
public final class TouchPlan {
    private TouchPlan() {
    }

    public static LeadStatus statusAfter(LeadStatus current, Outcome outcome) {
        return switch (outcome) {
            case ORDERED -> LeadStatus.WON;
            case NOT_INTERESTED -> LeadStatus.NURTURE;
            // A lead back from nurture that answers is open again; a won lead stays won.
            default -> current == LeadStatus.NURTURE && outcome.isResponse() ? LeadStatus.OPEN : current;
        };
    }

    /**
     * When the lead is next due after a touch at {@code at}.
     *
     * @return null for a won lead: nothing more is planned
     */
    public static Instant nextAfter(FollowUpPolicy policy, Lead lead, Outcome outcome, Instant at, ZoneId zone) {
        return switch (statusAfter(lead.status(), outcome)) {
            case WON -> null;
            case NURTURE, LOST -> policy.nurtureReturn(at, zone);
            case OPEN -> policy.nextFollowUp(lead.temperature(), lead.sameDay(), lead.created(), at, zone);
        };
    }
}
