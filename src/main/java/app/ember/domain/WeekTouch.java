package app.ember.domain;

import java.time.Instant;

/**
 * A touch logged in the week that moved its lead on: what the week's tally and its ticks are made
 * of, so they hold however often the plan is made again.
 */
public record WeekTouch(Lead lead, Channel channel, Outcome outcome, int minutes, Instant at) {
}
