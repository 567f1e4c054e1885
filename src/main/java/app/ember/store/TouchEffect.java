package app.ember.store;

import app.ember.domain.LeadStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a touch did to its lead, kept with the touch so that deleting it (or undoing the mailing it
 * came from) puts the lead back as it was.
 *
 * @param campaign   the mailing the touch came from, or null
 * @param movedOn    false for a campaign piece that only went into the timeline: it changed neither
 *                   the lead's next follow-up, nor its prong, nor its status
 * @param before     the lead's schedule from just before the touch; null when unknown (touches
 *                   logged before this was kept), and then nothing is rolled back
 */
public record TouchEffect(String campaign, boolean movedOn, Schedule before) {
    /** A touch logged by hand or from the planner: it moved the lead on from {@code before}. */
    static TouchEffect movedOn(Schedule before) {
        return new TouchEffect(null, true, before);
    }

    /** What a lead's schedule is: its status, when it is next due and the day it was snoozed to. */
    public record Schedule(LeadStatus status, Instant nextFollowUp, LocalDate snoozedUntil) {
    }
}
