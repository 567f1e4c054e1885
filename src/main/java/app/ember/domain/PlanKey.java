package app.ember.domain;

import java.time.Instant;

/**
 * What the planner needs to place a due lead in the week's order and to cost it, and nothing more:
 * read for every due lead of a big book, so it stays small. The lead itself is read only for the
 * actions the plan keeps.
 */
public record PlanKey(long id, Temperature temperature, boolean sameDay, LeadStatus status, Priority priority,
                      Instant created, Instant nextFollowUp, boolean neverContacted, Channel lastOutgoing,
                      Reach reach) {
}
