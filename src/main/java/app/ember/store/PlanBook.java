package app.ember.store;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanWeek;
import app.ember.domain.WeekPlan;
import app.ember.domain.WeekPlanner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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

    /** The plan for a week with the policy's session budget. */
    public WeekPlan plan(PlanWeek week) {
        return plan(week, policy.get().sessionMinutes());
    }

    public WeekPlan plan(PlanWeek week, int budgetMinutes) {
        ZoneId zone = clock.getZone();
        List<PlanCandidate> candidates = database.read(c -> store.candidates(c, week, week.endAt(zone)));
        return new WeekPlanner(policy.get(), zone).plan(candidates, week, clock.instant(), budgetMinutes);
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
