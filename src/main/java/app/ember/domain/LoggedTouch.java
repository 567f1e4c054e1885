package app.ember.domain;

import java.time.Instant;

/** What logging a touch did to its lead: the new status and when the lead is next due (null: nothing planned). */
public record LoggedTouch(long interactionId, LeadStatus status, Instant nextFollowUp) {
}
