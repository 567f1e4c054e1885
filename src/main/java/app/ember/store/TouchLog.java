package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.LoggedTouch;
import app.ember.domain.Outcome;
import app.ember.domain.Reach;
import app.ember.domain.TimelineEntry;
import app.ember.domain.TouchPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The touches of each lead: logging one (which moves the lead on), changing or removing one, and
 * reading a lead's timeline a page at a time. Shared by the window and the command line.
 */
public final class TouchLog {
    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final LeadStore leads = new LeadStore();
    private final InteractionStore interactions = new InteractionStore();
    private final TimelineStore timeline = new TimelineStore();

    public TouchLog(Database database, Clock clock, FollowUpPolicy policy) {
        this(database, clock, () -> policy);
    }

    /** @param policy read at each touch, so a change in the settings applies from the next one */
    public TouchLog(Database database, Clock clock, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /** One page of a lead's timeline, newest first; {@code channels} empty for every kind of entry. */
    public List<TimelineEntry> timeline(long leadId, Set<Channel> channels, int offset, int limit) {
        return database.read(c -> timeline.page(c, leadId, channels, offset, limit));
    }

    public int timelineCount(long leadId, Set<Channel> channels) {
        return database.read(c -> timeline.count(c, leadId, channels));
    }

    /**
     * Records a touch and moves the lead on: last (and first) contact, status by the outcome, and
     * the next follow-up from the cadence, or {@code nextOverride} when the user chose a date.
     *
     * @throws IllegalArgumentException when the lead does not exist
     */
    public LoggedTouch logTouch(long leadId, Channel channel, Direction direction, Outcome outcome, int minutes,
                                String note, Instant at, Instant nextOverride) {
        return database.write(c -> logTouch(c, leadId, channel, direction, outcome, minutes, note, at, nextOverride));
    }

    /**
     * {@link #logTouch(long, Channel, Direction, Outcome, int, String, Instant, Instant)} inside the
     * caller's transaction, so a service that logs many touches (a mailing) keeps all or none.
     */
    LoggedTouch logTouch(Connection c, long leadId, Channel channel, Direction direction, Outcome outcome,
                         int minutes, String note, Instant at, Instant nextOverride) throws SQLException {
        return logTouch(c, leadId, channel, direction, outcome, minutes, note, at, nextOverride, null);
    }

    /** @param campaign the mailing the touch came from, or null */
    LoggedTouch logTouch(Connection c, long leadId, Channel channel, Direction direction, Outcome outcome,
                         int minutes, String note, Instant at, Instant nextOverride, String campaign)
            throws SQLException {
        LeadSchedule.lock(c, leadId);
        Lead lead = leads.find(c, leadId)
                .orElseThrow(() -> new IllegalArgumentException("lead " + leadId + " does not exist"));
        TouchEffect.Schedule before = LeadSchedule.schedule(c, leadId);
        long id = interactions.insert(c, new Interaction(0, leadId, at, channel, direction, outcome, minutes, note),
                new TouchEffect(campaign, true, before), database.author());
        LeadSchedule.refreshContacts(c, leadId);
        LeadStatus status = TouchPlan.statusAfter(lead.status(), outcome);
        Instant next = TouchPlan.nextAfter(policy.get(), lead, outcome, at, clock.getZone());
        if (nextOverride != null && status != LeadStatus.WON) {
            next = nextOverride;
        }
        LeadSchedule.setFollowUp(c, leadId, status, next, clock.instant());
        return new LoggedTouch(id, status, next);
    }

    /**
     * A campaign piece on a lead whose plan is something else: a touch in its timeline, marked with
     * the campaign, that changes neither its next follow-up, nor its prong, nor its status.
     */
    long logCampaignPiece(Connection c, long leadId, Channel channel, int minutes, String note, Instant at,
                          String campaign) throws SQLException {
        LeadSchedule.lock(c, leadId);
        leads.find(c, leadId).orElseThrow(() -> new IllegalArgumentException("lead " + leadId + " does not exist"));
        return interactions.insert(c, new Interaction(0, leadId, at, channel, Direction.OUT, Outcome.SENT, minutes,
                note), new TouchEffect(campaign, false, null), database.author());
    }

    /** The channel the next prong of the lead's sequence would use: what the quick-log offers first. */
    public Channel nextProng(long leadId) {
        return database.read(c -> {
            Lead lead = leads.find(c, leadId)
                    .orElseThrow(() -> new IllegalArgumentException("lead " + leadId + " does not exist"));
            return policy.get().nextProng(lead.temperature(),
                    interactions.lastOutgoingChannel(c, leadId).orElse(null), Reach.of(lead));
        });
    }

    public Optional<Interaction> touch(long interactionId) {
        return database.read(c -> interactions.find(c, interactionId));
    }

    /** Changes a logged touch; the lead's first and last contact follow. */
    public void updateTouch(Interaction changed) {
        database.write(c -> {
            LeadSchedule.lock(c, changed.leadId());
            interactions.update(c, changed);
            LeadSchedule.refreshContacts(c, changed.leadId());
            return null;
        });
    }

    /**
     * A deleted touch with what it did, so it can be put back ({@link #restoreTouch}).
     *
     * @param after the lead's schedule just before the deletion, when the deletion rolled it back
     *              (null when it was left alone)
     */
    public record Removed(Interaction touch, TouchEffect effect, TouchEffect.Schedule after) {
    }

    /**
     * Removes a touch and undoes what it did: the lead's first and last contact and prong follow its
     * other touches, and when this touch was the last to move the lead on, its status, next
     * follow-up and snooze go back to what they were before it.
     */
    public Optional<Removed> deleteTouch(long interactionId) {
        return database.write(c -> {
            Optional<Interaction> touch = interactions.find(c, interactionId);
            if (touch.isEmpty()) {
                return Optional.<Removed>empty();
            }
            return Optional.of(delete(c, touch.get()));
        });
    }

    Removed delete(Connection c, Interaction touch) throws SQLException {
        long leadId = touch.leadId();
        LeadSchedule.lock(c, leadId);
        TouchEffect effect = interactions.effect(c, touch.id()).orElseThrow();
        TouchEffect.Schedule after = null;
        if (effect.movedOn() && effect.before() != null && !interactions.movedOnLater(c, leadId, touch.id())) {
            after = LeadSchedule.schedule(c, leadId);
            LeadSchedule.setSchedule(c, leadId, effect.before(), clock.instant());
        }
        interactions.delete(c, touch.id());
        LeadSchedule.refreshContacts(c, leadId);
        return new Removed(touch, effect, after);
    }

    /** Puts a deleted touch back (with a new id), and the lead's schedule as the touch had left it. */
    public long restoreTouch(Removed removed) {
        return database.write(c -> restore(c, removed));
    }

    long restore(Connection c, Removed removed) throws SQLException {
        LeadSchedule.lock(c, removed.touch().leadId());
        long id = interactions.insert(c, removed.touch(), removed.effect(), database.author());
        if (removed.after() != null) {
            LeadSchedule.setSchedule(c, removed.touch().leadId(), removed.after(), clock.instant());
        }
        LeadSchedule.refreshContacts(c, removed.touch().leadId());
        return id;
    }
}
