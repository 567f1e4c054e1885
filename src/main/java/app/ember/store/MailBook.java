package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** @param policy read at each use: the postcard's minutes and the week's budget come from it */
    public MailBook(Database database, TouchLog touchLog, PlanBook planBook, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.touchLog = touchLog;
        this.planBook = planBook;
        this.policy = policy;
    }

    /**
     * Every lead the list filter matches, of any status (deleted leads never), read a page at a
     * time by id. The query's sort does not matter: the mailing has its own.
     */
    public MailingSelection select(LeadQuery query, boolean mergeHouseholds, MailSort sort) {
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
        return MailingSelection.of(found, mergeHouseholds, sort);
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

    /**
     * Logs a postcard sent at {@code at} on each lead, in one transaction: an outgoing postcard,
     * outcome {@link Outcome#SENT}, the note "Postcard sent: campaign", each lead moved on exactly
     * as a touch logged by hand. A lead id that does not exist logs nothing on any lead.
     *
     * @return how many leads were logged (each id once)
     * @throws IllegalArgumentException when a lead does not exist, or the campaign name is too long
     */
    public int logSent(Collection<Long> leadIds, String campaign, Instant at) {
        String name = campaign == null ? "" : campaign.strip();
        if (name.length() > MAX_CAMPAIGN_LENGTH) {
            throw new IllegalArgumentException("the campaign name is longer than " + MAX_CAMPAIGN_LENGTH
                    + " characters");
        }
        String note = name.isEmpty() ? Messages.get("mailsel.sentNoteNoCampaign")
                : Messages.format("mailsel.sentNote", name);
        int minutes = policy.get().minutes(Channel.POSTCARD);
        Set<Long> distinct = new LinkedHashSet<>(leadIds);
        return database.write(c -> {
            for (long leadId : distinct) {
                touchLog.logTouch(c, leadId, Channel.POSTCARD, Direction.OUT, Outcome.SENT, minutes, note, at, null);
            }
            return distinct.size();
        });
    }
}
