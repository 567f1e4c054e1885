package app.ember.store;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanWeek;
import app.ember.domain.WeekPlan;
import app.ember.domain.WeekPlanner;
import app.ember.domain.WeekTouch;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The weekly plan over the stored leads, and snoozing a lead to another day. */
public final class PlanBook {
    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final PlanStore store = new PlanStore();
    private final LeadStore leads = new LeadStore();

    public PlanBook(Database database, Clock clock, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /** The week holding today, starting on the policy's first day of the week. */
    public PlanWeek thisWeek() {
        return PlanWeek.containing(LocalDate.now(clock), policy.get().weekStart());
    }

    /** The actions kept below the cut line in the window's plan: far more than any session reaches. */
    public static final int KEEP_BELOW_CUT = 500;
    /** Keeps every action: for the command line, which may be asked for the whole week. */
    public static final int KEEP_ALL = Integer.MAX_VALUE;

    /** The plan for a week with the policy's session budget, as the window shows it. */
    public WeekPlan plan(PlanWeek week) {
        return plan(week, policy.get().sessionMinutes(), KEEP_BELOW_CUT);
    }

    public WeekPlan plan(PlanWeek week, int budgetMinutes) {
        return plan(week, budgetMinutes, KEEP_BELOW_CUT);
    }

    /**
     * Every lead due before the week ends is placed from the plan index; only the kept actions'
     * leads are read in full, in the same read transaction.
     *
     * @param keepBelowCut how many actions after the cut line to keep; the rest are counted
     */
    public WeekPlan plan(PlanWeek week, int budgetMinutes, int keepBelowCut) {
        return plan(week, budgetMinutes, keepBelowCut, null);
    }

    /**
     * As {@link #plan(PlanWeek, int, int)}, of one person's leads only ("mine" in a shared book).
     *
     * @param mine the display name the leads are assigned to, or null for everyone's
     */
    public WeekPlan plan(PlanWeek week, int budgetMinutes, int keepBelowCut, String mine) {
        ZoneId zone = clock.getZone();
        WeekPlanner planner = new WeekPlanner(policy.get(), zone);
        Instant now = clock.instant();
        Instant weekEnd = week.endAt(zone);
        return database.read(c -> {
            Function<Collection<Long>, Map<Long, PlanCandidate>> details = ids -> {
                try {
                    return store.details(c, ids);
                } catch (SQLException e) {
                    throw new StoreException("could not read the plan's leads", e);
                }
            };
            if (!database.isServer() || everyKey) {
                return planner.plan(store.dueKeys(c, weekEnd, mine), store.dated(c, week, mine), week, now,
                        budgetMinutes, keepBelowCut, details);
            }
            // A server sends the first due leads in the plan's order and a tally of the rest (DueLeads).
            return planner.plan(limit -> {
                try {
                    return DueLeads.first(c, planner, weekEnd, now, mine, limit);
                } catch (SQLException e) {
                    throw new StoreException("could not read the plan's due leads", e);
                }
            }, DueLeads.tally(c, weekEnd, mine), store.dated(c, week, mine), week, now, budgetMinutes, keepBelowCut,
                    details);
        });
    }

    /** Tests only: the server's plan made from every due lead, as H2's is, to hold the first-few-hundred one to. */
    boolean everyKey;

    /**
     * The touches logged in the week that moved a lead on, oldest first: the week's tally and its
     * ticks, from the timeline rather than from what one window remembers.
     */
    public List<WeekTouch> touchesIn(PlanWeek week) {
        return touchesIn(week, null);
    }

    /** As {@link #touchesIn(PlanWeek)}, on one person's leads only; null for everyone's. */
    public List<WeekTouch> touchesIn(PlanWeek week, String mine) {
        ZoneId zone = clock.getZone();
        return database.read(c -> store.touchesBetween(c, week.startAt(zone), week.endAt(zone), mine));
    }

    /**
     * Puts a lead off to {@code day}: a follow-up due before then moves to that day (at the hour it
     * was due), and a greeting or event action does not come back before it.
     *
     * @throws IllegalArgumentException when the lead does not exist or the day has passed
     */
    public void snooze(long leadId, LocalDate day) {
        ZoneId zone = clock.getZone();
        if (day.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("snooze day " + day + " has passed; choose today or later");
        }
        database.write(c -> {
            var lead = leads.find(c, leadId)
                    .orElseThrow(() -> new IllegalArgumentException("lead " + leadId + " does not exist"));
            Instant due = lead.nextFollowUp();
            LocalTime time = due == null ? LocalTime.of(9, 0) : due.atZone(zone).toLocalTime();
            Instant moved = day.atTime(time).atZone(zone).toInstant();
            // A follow-up already due after that day (a greeting was snoozed) stays where it is.
            Instant next = due != null && due.isBefore(moved) ? moved : null;
            store.snooze(c, leadId, day, next, clock.instant());
            return null;
        });
    }
}
