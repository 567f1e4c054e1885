package app.ember.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the week's plan: which leads to contact, by which channel, why, and in what order, and
 * where the session's budget runs out.
 *
 * <p>The order: same-day hot leads still waiting for their first response first (once answered,
 * a same-day lead is hot like any other), then hot, warm and cool; inside a temperature by due
 * time, so the most overdue come first; equal due times go to the higher priority and then to the
 * older lead. Temperatures marked "only when time is left" (cold, by default) come after all the
 * others, in the same order among themselves. With the policy's "overdue first" setting, every
 * overdue lead stands before the leads not yet due, whatever its temperature. Won and lost leads
 * are not planned; a lead in nurture only when its rest is over.
 */
public final class WeekPlanner {
    /** An event this close is worth saying: the design notes' "event in the next 2-4 weeks". */
    public static final int EVENT_NOTICE_DAYS = 28;

    private final FollowUpPolicy policy;
    private final ZoneId zone;

    public WeekPlanner(FollowUpPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    /**
     * The whole plan from fully read leads (small books, tests).
     *
     * @param candidates leads that may belong in the week (due before it ends, or with a date in it);
     *                   the planner decides which do
     * @param now        the moment the plan is made: what is due before it is overdue
     * @param budget     the session's minutes
     */
    public WeekPlan plan(List<PlanCandidate> candidates, PlanWeek week, Instant now, int budget) {
        return plan(List.of(), candidates, week, now, budget, Integer.MAX_VALUE, ids -> Map.of());
    }

    /**
     * The plan of a big book: every due lead is placed and costed from its {@link PlanKey}; only the
     * actions kept (all above the cut line and {@code keepBelowCut} after it) are read in full
     * through {@code details}. The others are counted in the plan's totals.
     *
     * @param due     the leads due before the week ends, as keys
     * @param dated   leads read in full: those with a birthday, anniversary or event in the week
     * @param details reads the full leads of the given ids (a missing one has gone meanwhile)
     */
    public WeekPlan plan(List<PlanKey> due, List<PlanCandidate> dated, PlanWeek week, Instant now, int budget,
                         int keepBelowCut, Function<Collection<Long>, Map<Long, PlanCandidate>> details) {
        return place(due, null, dated, week, now, budget, keepBelowCut, details);
    }

    /**
     * The same plan, from the first due leads in the plan's order (see {@link DueOrder}) and a tally of
     * them all, so a server sends a few hundred keys rather than every due lead of the book: the kept
     * actions are placed from the first ones, the rest only counted. When the first ones turn out too
     * few (short actions, or a long list kept below the cut) every due lead is asked for.
     *
     * @param firstDue the first due leads in play in the plan's order, at most the number given
     *                 ({@link Integer#MAX_VALUE}: all of them)
     * @param tally    every due lead in play, grouped by what its action costs
     */
    public WeekPlan plan(java.util.function.IntFunction<List<PlanKey>> firstDue, List<DueGroup> tally,
                         List<PlanCandidate> dated, PlanWeek week, Instant now, int budget, int keepBelowCut,
                         Function<Collection<Long>, Map<Long, PlanCandidate>> details) {
        int wanted = keysNeeded(budget, keepBelowCut);
        if (wanted < Integer.MAX_VALUE) {
            List<PlanKey> first = firstDue.apply(wanted);
            WeekPlan plan = place(first, first.size() < wanted ? null : tally, dated, week, now, budget, keepBelowCut,
                    details);
            if (plan != null) {
                return plan;
            }
        }
        return place(firstDue.apply(Integer.MAX_VALUE), null, dated, week, now, budget, keepBelowCut, details);
    }

    /**
     * How many due leads, first in the order, place every kept action: the most actions the budget can
     * hold (each at least the policy's shortest) and those kept after the cut line.
     */
    int keysNeeded(int budget, int keepBelowCut) {
        int shortest = java.util.Arrays.stream(Channel.values()).mapToInt(policy::minutes).min().orElse(0);
        long wanted = shortest <= 0 ? Long.MAX_VALUE : (long) budget / shortest + 1 + keepBelowCut;
        return (int) Math.min(Integer.MAX_VALUE, wanted);
    }

    /** The band of a due lead, as the order puts it (the store asks its server for the first ones in this order). */
    public int band(Temperature temperature, boolean sizzling, boolean overdue) {
        return tier(temperature, sizzling, overdue);
    }

    /** Whether, in the "overdue first" band of leads not yet due, temperature comes before due time. */
    public boolean bandsByTemperature(int band) {
        return policy.overdueFirst() && band % WAITING == 2;
    }

    /**
     * @param tally null when {@code due} holds every due lead; else they are the first in the order, and
     *              the tally counts them all (then null is returned when they do not reach the kept ones)
     */
    private WeekPlan place(List<PlanKey> due, List<DueGroup> tally, List<PlanCandidate> dated, PlanWeek week,
                           Instant now, int budget, int keepBelowCut,
                           Function<Collection<Long>, Map<Long, PlanCandidate>> details) {
        Instant weekStart = week.startAt(zone);
        Instant weekEnd = week.endAt(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Draft> drafts = new ArrayList<>(due.size() + dated.size());
        Set<Long> full = new HashSet<>();
        for (PlanCandidate candidate : dated) {
            Draft draft = draft(candidate, week, weekStart, weekEnd, now, today);
            if (draft != null && full.add(candidate.lead().id())) {
                drafts.add(draft);
            }
        }
        for (PlanKey key : due) {
            if (!full.contains(key.id())) {
                Draft draft = draft(key, weekEnd, now);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
        }
        Comparator<Draft> order = order(policy.overdueFirst());
        drafts.sort(order);
        int running = 0;
        int cut = drafts.size();
        int[] runningAt = new int[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            running += drafts.get(i).minutes;
            runningAt[i] = running;
            // One cut line: once an action does not fit, everything after it is "if time is left".
            if (cut == drafts.size() && running > budget) {
                cut = i;
            }
        }
        int kept = (int) Math.min(drafts.size(), (long) cut + keepBelowCut);
        int all = drafts.size();
        if (tally != null) {
            // Past the last key read, leads not read may come: what is placed must stand before it.
            Draft last = draft(due.get(due.size() - 1), weekEnd, now);
            int sure = 0;
            while (last != null && sure < drafts.size() && order.compare(drafts.get(sure), last) <= 0) {
                sure++;
            }
            if (kept > sure) {
                return null;
            }
            // Every due lead is in the tally; the dated leads not due are not.
            all = DueGroup.count(tally);
            running = DueGroup.minutes(tally, policy);
            for (PlanCandidate candidate : dated) {
                Instant followUp = candidate.lead().nextFollowUp();
                if (followUp == null || !followUp.isBefore(weekEnd)) {
                    Draft draft = draft(candidate, week, weekStart, weekEnd, now, today);
                    if (draft != null) {
                        all++;
                        running += draft.minutes;
                    }
                }
            }
        }
        Map<Long, PlanCandidate> read = details.apply(drafts.subList(0, kept).stream()
                .filter(d -> d.action == null).map(d -> d.id).toList());
        List<PlanAction> placed = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            Draft draft = drafts.get(i);
            PlanAction action = draft.action;
            if (action == null) {
                PlanCandidate candidate = read.get(draft.id);
                Draft whole = candidate == null ? null : draft(candidate, week, weekStart, weekEnd, now, today);
                if (whole == null) {
                    continue; // deleted or closed since its key was read
                }
                action = whole.action;
            }
            placed.add(action.placed(i < cut, runningAt[i]));
        }
        return new WeekPlan(week, now, budget, placed, all - kept,
                all == 0 ? 0 : running - (kept == 0 ? 0 : runningAt[kept - 1]));
    }

    /** A due lead placed and costed from its key alone; its action is made once it is kept. */
    private Draft draft(PlanKey key, Instant weekEnd, Instant now) {
        boolean inPlay = key.status() == LeadStatus.OPEN
                || key.status() == LeadStatus.NURTURE && key.nextFollowUp().isBefore(weekEnd);
        if (!inPlay) {
            return null;
        }
        Channel channel = policy.nextProng(key.temperature(), key.lastOutgoing(), key.reach());
        boolean overdue = key.nextFollowUp().isBefore(now);
        return new Draft(tier(key.temperature(), key.sameDay() && key.neverContacted(), overdue), key.temperature().rank(),
                key.nextFollowUp(), priorityRank(key.priority()), key.created(), key.id(), policy.minutes(channel),
                null);
    }

    private Draft draft(PlanCandidate candidate, PlanWeek week, Instant weekStart, Instant weekEnd, Instant now,
                        LocalDate today) {
        Lead lead = candidate.lead();
        Instant due = lead.nextFollowUp();
        boolean inPlay = lead.status() == LeadStatus.OPEN
                || lead.status() == LeadStatus.NURTURE && due != null && due.isBefore(weekEnd);
        if (!inPlay) {
            return null;
        }
        List<PlanReason> dates = datesOfTheWeek(lead, week);
        boolean followUpDue = due != null && due.isBefore(weekEnd);
        Reach reach = Reach.of(lead);
        Channel prong = policy.nextProng(lead.temperature(), candidate.lastOutgoing(), reach);
        List<PlanReason> reasons = new ArrayList<>();
        PlanAction.Kind kind;
        Channel channel;
        if (followUpDue) {
            kind = followUpKind(lead);
            PlanReason primary = primaryReason(lead, due, now, today);
            reasons.add(primary);
            for (PlanReason date : dates) {
                // "event in 6 days" already says what "event on Saturday" would.
                if (!(primary.kind() == PlanReason.Kind.EVENT_SOON && date.kind() == PlanReason.Kind.EVENT_ON)) {
                    reasons.add(date);
                }
            }
            channel = prong;
        } else {
            boolean touchedThisWeek = lead.lastContact() != null && !lead.lastContact().isBefore(weekStart);
            if (dates.isEmpty() || touchedThisWeek) {
                return null;
            }
            due = dates.get(0).date().atStartOfDay(zone).toInstant();
            LocalDate snoozed = candidate.snoozedUntil();
            if (snoozed != null && snoozed.isAfter(dates.get(0).date())) {
                due = snoozed.atStartOfDay(zone).toInstant();
                if (!due.isBefore(weekEnd)) {
                    return null;
                }
            }
            boolean greeting = dates.get(0).kind() != PlanReason.Kind.EVENT_ON;
            kind = greeting ? PlanAction.Kind.GREETING : PlanAction.Kind.EVENT;
            channel = greeting && reach.allows(policy.greetingChannel()) ? policy.greetingChannel() : prong;
            reasons.addAll(dates);
        }
        boolean overdue = due.isBefore(now);
        PlanAction action = new PlanAction(lead, kind, channel, due, overdue, policy.minutes(channel), reasons,
                policy.onlyWhenTimeLeft(lead.temperature()), false, 0);
        return new Draft(tier(lead.temperature(), lead.sameDay() && neverContacted(lead), overdue),
                lead.temperature().rank(), due,
                priorityRank(lead.priority()), lead.created(), lead.id(), action.minutes(), action);
    }

    private static PlanAction.Kind followUpKind(Lead lead) {
        if (neverContacted(lead)) {
            return PlanAction.Kind.FIRST_RESPONSE;
        }
        return lead.status() == LeadStatus.NURTURE ? PlanAction.Kind.NURTURE_RETURN : PlanAction.Kind.FOLLOW_UP;
    }

    /** Why a lead whose follow-up falls in the week is there, the most telling fact first. */
    private PlanReason primaryReason(Lead lead, Instant due, Instant now, LocalDate today) {
        if (neverContacted(lead)) {
            if (due.isBefore(now)) {
                return PlanReason.after(PlanReason.Kind.FIRST_RESPONSE_OVERDUE, Duration.between(due, now));
            }
            if (lead.sameDay()) {
                return PlanReason.after(PlanReason.Kind.SAME_DAY, Duration.between(now, due));
            }
            if (lead.referralKind() != ReferralKind.NONE) {
                return PlanReason.referral(lead.referredBy(), lead.referralKind());
            }
            return PlanReason.after(PlanReason.Kind.FIRST_RESPONSE_DUE, Duration.between(now, due));
        }
        if (lead.status() == LeadStatus.NURTURE) {
            return PlanReason.of(PlanReason.Kind.BACK_FROM_NURTURE);
        }
        LocalDate event = YearlyDates.nextEvent(lead, today);
        if (event != null && ChronoUnit.DAYS.between(today, event) <= EVENT_NOTICE_DAYS) {
            return PlanReason.days(PlanReason.Kind.EVENT_SOON, (int) ChronoUnit.DAYS.between(today, event));
        }
        if (lead.stage() == Stage.QUOTE_REQUESTED) {
            return PlanReason.of(PlanReason.Kind.QUOTE_REQUESTED);
        }
        if (due.isBefore(now)) {
            return PlanReason.after(PlanReason.Kind.OVERDUE, Duration.between(due, now));
        }
        return PlanReason.days(PlanReason.Kind.CADENCE, policy.cadenceDays(lead.temperature()));
    }

    private static boolean neverContacted(Lead lead) {
        return lead.firstContact() == null && lead.lastContact() == null;
    }

    /** Birthdays and anniversaries (for temperatures that get greetings) and the event, in the week, by date. */
    private List<PlanReason> datesOfTheWeek(Lead lead, PlanWeek week) {
        List<PlanReason> dates = new ArrayList<>(2);
        boolean greetings = policy.rule(lead.temperature()).greetings();
        if (greetings) {
            YearlyDates.add(dates, PlanReason.Kind.BIRTHDAY, lead.birthday(), week);
            YearlyDates.add(dates, PlanReason.Kind.ANNIVERSARY, lead.anniversary(), week);
        }
        if (lead.needBy() != null) {
            if (lead.needByYearly()) {
                YearlyDates.add(dates, PlanReason.Kind.EVENT_ON, lead.needBy(), week);
            } else if (week.contains(lead.needBy())) {
                dates.add(PlanReason.on(PlanReason.Kind.EVENT_ON, lead.needBy()));
            }
        }
        dates.sort(Comparator.comparing(PlanReason::date));
        return dates;
    }

    /**
     * The action's band: 0 same-day hot, then (by default) one band per temperature, so overdue-ness
     * never lifts a cool lead above a hot one. With "overdue first": 0 same-day hot, 1 overdue, 2 the
     * rest. "Only when time is left" temperatures come after every other band.
     */
    private int tier(Temperature temperature, boolean sameDay, boolean overdue) {
        boolean sizzling = temperature == Temperature.HOT && sameDay;
        int tier = policy.overdueFirst() ? (sizzling ? 0 : overdue ? 1 : 2)
                : Temperature.heatRank(temperature, sizzling);
        return policy.onlyWhenTimeLeft(temperature) ? tier + WAITING : tier;
    }

    /** Added to the band of a temperature that waits until time is left: past every other band. */
    private static final int WAITING = 10;

    /**
     * An action's place in the order, from a full lead or from its key alone.
     *
     * @param action null until the lead is read in full
     */
    private record Draft(int tier, int temperatureRank, Instant due, int priorityRank, Instant created, long id,
                         int minutes, PlanAction action) {
    }

    private static int priorityRank(Priority priority) {
        return priority == null ? 3 : switch (priority) {
            case HIGH -> 0;
            case MEDIUM -> 1;
            case LOW -> 2;
        };
    }

    /**
     * Within a band: by due time (the most overdue first), except that the "overdue first" setting's
     * band of leads not yet due goes by temperature first; equal due times by priority, then the
     * older lead, then the id so the order is total.
     */
    private static Comparator<Draft> order(boolean overdueFirst) {
        return Comparator.comparingInt(Draft::tier)
                .thenComparingInt(d -> overdueFirst && d.tier % WAITING == 2 ? d.temperatureRank : 0)
                .thenComparing(Draft::due)
                .thenComparingInt(Draft::priorityRank)
                .thenComparing(Draft::created, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Draft::id);
    }
}
