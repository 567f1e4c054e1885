package app.ember.domain;

import java.time.LocalDate;

/**
 * A lead the planner may put in a week: the lead, the channel of our last touch (where its sequence
 * stands) and the day it was snoozed to, if any.
 */
public record PlanCandidate(Lead lead, Channel lastOutgoing, LocalDate snoozedUntil) {
    public static PlanCandidate of(Lead lead) {
        return new PlanCandidate(lead, null, null);
    }
}
