package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadStatus;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Mailings over the stored leads: who a mailing goes to (from a list filter, chosen leads, the
 * temperatures or the week's plan), and logging the postcards once they are sent.
 */
public final class MailBook {
    /** Who a mailing goes to when the user does not say: everyone but the cold leads. */
    public static final Set<Temperature> DEFAULT_TEMPERATURES =
            EnumSet.of(Temperature.HOT, Temperature.WARM, Temperature.COOL);
    /** A campaign's name goes into each lead's note; longer than this is not a name. */
    public static final int MAX_CAMPAIGN_LENGTH = 200;
    /** Leads read per query: a mailing to 100,000 leads never has them all in one result. */
    static final int PAGE = 1000;
    /** Ids per IN list when chosen leads are read. */
    private static final int IDS_PER_QUERY = 500;

    private final Database database;
    private final TouchLog touchLog;
    private final PlanBook planBook;
    private final Supplier<FollowUpPolicy> policy;
    private final LeadStore leads = new LeadStore();
    private final InteractionStore interactions = new InteractionStore();

    /** @param policy read at each use: the postcard's minutes and the week's budget come from it */
    public MailBook(Database database, TouchLog touchLog, PlanBook planBook, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.touchLog = touchLog;
        this.planBook = planBook;
        this.policy = policy;
    }

    /**
     * Who a mailing reaches when the filter does not name statuses: open and won leads. A lead that
     * said "not interested" (lost, or resting in nurture) is left out unless the user chooses it,
     * by filtering on its status or selecting it. Won leads are customers: a Christmas card to
     * them is what a florist sends, and with the campaign rule it changes nothing in their plan.
     */
    public static final Set<LeadStatus> MAILED_STATUSES = EnumSet.of(LeadStatus.OPEN, LeadStatus.WON);

    /**
     * Every lead the list filter matches (deleted leads never), read a page at a time by id; mailed
     * are those of the {@link #MAILED_STATUSES} unless the filter names statuses, and the others are
     * listed as left out, "not interested". The query's sort does not
     * matter: the mailing has its own.
     */
    public MailingSelection select(LeadQuery query, boolean mergeHouseholds, MailSort sort) {
        // Every lead the filter matches is read: the not-interested ones are listed as left out, not dropped.
        Set<LeadStatus> mailedStatuses = query.statuses().isEmpty() ? MAILED_STATUSES : query.statuses();
        List<Lead> found = database.read(c -> {
            List<Lead> all = new ArrayList<>();
            long after = 0;
            while (true) {
                List<Lead> page = leads.leadsAfter(c, query, after, PAGE);
                all.addAll(page);
                if (page.size() < PAGE) {
                    return all;
                }
                after = page.get(page.size() - 1).id();
            }
        });
        return MailingSelection.of(found, mergeHouseholds, sort, mailedStatuses);
    }

    /** The chosen leads; an id that does not exist (or was deleted meanwhile) is passed over. */
    public MailingSelection select(List<Long> ids, boolean mergeHouseholds, MailSort sort) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<Lead> found = database.read(c -> {
            List<Lead> all = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
                all.addAll(leads.findAll(c, distinct.subList(from, Math.min(from + IDS_PER_QUERY, distinct.size()))));
            }
            return all;
        });
        return MailingSelection.of(found, mergeHouseholds, sort);
    }

    /** The leads of these temperatures; null or empty means {@link #DEFAULT_TEMPERATURES}. */
    public MailingSelection selectByTemperature(Set<Temperature> temperatures, boolean mergeHouseholds,
                                                MailSort sort) {
        Set<Temperature> chosen = temperatures == null || temperatures.isEmpty() ? DEFAULT_TEMPERATURES : temperatures;
        return select(LeadQuery.all().withTemperatures(chosen), mergeHouseholds, sort);
    }

    /**
     * The leads whose action in the week's plan is a postcard or a letter: the whole week, above
     * the cut line and below it, since the cards are printed in one go.
     */
    public MailingSelection selectPlanPostcards(PlanWeek week, boolean mergeHouseholds, MailSort sort) {
        List<Long> ids = new ArrayList<>();
        for (PlanAction action : planBook.plan(week, policy.get().sessionMinutes(), PlanBook.KEEP_ALL).actions()) {
            if (action.channel() == Channel.POSTCARD || action.channel() == Channel.LETTER) {
                ids.add(action.leadId());
            }
        }
        // Read again in full rather than trust the plan's copy: the plan never needed do-not-mail.
        return select(ids, mergeHouseholds, sort);
    }

    /** The leads whose action in this week's plan is a postcard or a letter, with that channel. */
    private Map<Long, Channel> plannedMail() {
        Map<Long, Channel> planned = new HashMap<>();
        for (PlanAction action : planBook.plan(planBook.thisWeek(), policy.get().sessionMinutes(), PlanBook.KEEP_ALL)
                .actions()) {
            if (action.channel() == Channel.POSTCARD || action.channel() == Channel.LETTER) {
                planned.put(action.leadId(), action.channel());
            }
        }
        return planned;
    }

    /**
     * What recording these leads' pieces as sent would do, for the question asked first.
     *
     * @return how many leads would move on (their planned action is this week's postcard or letter)
     *         and how many keep their plan
     */
    public CampaignCounts preview(Collection<Long> leadIds) {
        Map<Long, Channel> planned = plannedMail();
        Set<Long> distinct = new LinkedHashSet<>(leadIds);
        int moving = (int) distinct.stream().filter(planned::containsKey).count();
        return new CampaignCounts(moving, distinct.size() - moving);
    }

    /** How many leads a recorded mailing moved on, and how many kept their plan. */
    public record CampaignCounts(int movedOn, int keptPlan) {
        public int leads() {
            return movedOn + keptPlan;
        }
    }

    /** A recorded mailing: its touches, so it can be undone as one step. */
    public record CampaignRun(List<Long> touchIds, CampaignCounts counts) {
        public CampaignRun {
            touchIds = List.copyOf(touchIds);
        }
    }

    /**
     * Records a mailing sent at {@code at}, in one transaction. A campaign is not a follow-up prong:
     * only the leads whose planned action this week IS the postcard or letter are moved on (a touch
     * logged by hand would do the same: their next prong follows); on every other lead the piece is
     * a touch in the timeline, marked with the campaign, that changes neither its next follow-up,
     * nor its prong, nor its status. A lead id that does not exist logs nothing on any lead.
     *
     * @return the run, for {@link #undo}
     * @throws IllegalArgumentException when a lead does not exist, or the campaign name is too long
     */
    public CampaignRun logSent(Collection<Long> leadIds, String campaign, Instant at) {
        String name = campaign == null ? "" : campaign.strip();
        if (name.length() > MAX_CAMPAIGN_LENGTH) {
            throw new IllegalArgumentException("the campaign name is longer than " + MAX_CAMPAIGN_LENGTH
                    + " characters");
        }
        String sentNote = name.isEmpty() ? Messages.get("mailsel.sentNoteNoCampaign")
                : Messages.format("mailsel.sentNote", name);
        String pieceNote = name.isEmpty() ? Messages.get("mailsel.campaignNoteNoName")
                : Messages.format("mailsel.campaignNote", name);
        String mark = name.isEmpty() ? Messages.get("mailsel.campaignNoName") : name;
        Map<Long, Channel> planned = plannedMail();
        Set<Long> distinct = new LinkedHashSet<>(leadIds);
        return database.write(c -> {
            List<Long> touches = new ArrayList<>(distinct.size());
            int moved = 0;
            for (long leadId : distinct) {
                Channel channel = planned.get(leadId);
                if (channel != null) {
                    touches.add(touchLog.logTouch(c, leadId, channel, Direction.OUT, Outcome.SENT,
                            policy.get().minutes(channel), sentNote, at, null, mark).interactionId());
                    moved++;
                } else {
                    touches.add(touchLog.logCampaignPiece(c, leadId, Channel.POSTCARD,
                            policy.get().minutes(Channel.POSTCARD), pieceNote, at, mark));
                }
            }
            return new CampaignRun(touches, new CampaignCounts(moved, distinct.size() - moved));
        });
    }

    /**
     * Takes a recorded mailing back as one step: its touches are deleted, newest first, and every
     * lead it moved on gets its schedule back. Touches already deleted meanwhile are passed over.
     */
    public void undo(CampaignRun run) {
        database.write(c -> {
            List<Long> newestFirst = new ArrayList<>(run.touchIds());
            Collections.reverse(newestFirst);
            for (long touchId : newestFirst) {
                Optional<Interaction> touch = interactions.find(c, touchId);
                if (touch.isPresent()) {
                    touchLog.delete(c, touch.get());
                }
            }
            return null;
        });
    }
}
