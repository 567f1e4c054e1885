package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggests a temperature from a lead's facts, following the design notes: the buyer's stage and a
 * referral set the base, silence cools a lead, and an event coming near warms it up. It only
 * suggests; the user decides, so the result carries a reason they can read.
 */
public final class TemperatureAdvisor {
    private static final List<Object> NO_ARGS = List.of();

    private final AdvisorSettings settings;

    public TemperatureAdvisor(AdvisorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param interactions the lead's touches, in any order
     * @param today        the user's calendar day; event dates are counted in whole days from it, and
     *                     days without contact from the last contact (or creation) taken as a UTC date
     */
    public Advice advise(Lead lead, List<Interaction> interactions, LocalDate today) {
        if (lead.status() == LeadStatus.WON || lead.status() == LeadStatus.LOST) {
            // A closed lead is not worked, so a suggestion would only invite a pointless change.
            return new Advice(lead.temperature(), "advice.closed", NO_ARGS);
        }
        Optional<Integer> daysToEvent = daysToEvent(lead, today);
        if (daysToEvent.isPresent() && daysToEvent.get() <= settings.hotEventWindowDays()) {
            // A near event outweighs silence: the date will not move even if the lead is busy.
            return new Advice(Temperature.HOT, "advice.eventSoon", List.of(daysToEvent.get()));
        }
        Advice advice = cooled(base(lead), lead, interactions, today);
        if (daysToEvent.isPresent() && daysToEvent.get() <= settings.warmEventWindowDays()
                && advice.suggested().compareTo(Temperature.WARM) > 0) {
            return new Advice(Temperature.WARM, "advice.eventComing", List.of(daysToEvent.get()));
        }
        return advice;
    }

    private static Advice base(Lead lead) {
        if (lead.stage() == Stage.QUOTE_REQUESTED) {
            return new Advice(Temperature.HOT, "advice.quoteRequested", NO_ARGS);
        }
        if (lead.stage() == Stage.BUDGETING) {
            return new Advice(Temperature.HOT, "advice.budgeting", NO_ARGS);
        }
        if (lead.referralKind() == ReferralKind.CHAMPION || lead.referralKind() == ReferralKind.FAN) {
            return new Advice(Temperature.WARM, "advice.referral",
                    List.of(lead.referredBy(), lead.referralKind().code()));
        }
        return switch (lead.stage()) {
            case INTERESTED -> new Advice(Temperature.WARM, "advice.interested", NO_ARGS);
            case HEARD_OF -> new Advice(Temperature.COOL, "advice.heardOf", NO_ARGS);
            case COLD_LIST -> new Advice(Temperature.COLD, "advice.coldList", NO_ARGS);
            default -> new Advice(lead.temperature(), "advice.noBasis", NO_ARGS);
        };
    }

    /** One step cooler at most: silence and quiet are two signs of the same thing, not two things. */
    private Advice cooled(Advice base, Lead lead, List<Interaction> interactions, LocalDate today) {
        if (unansweredStreak(interactions)) {
            return new Advice(cooler(base.suggested()), "advice.noReply", List.of(settings.silentTouchesToCool()));
        }
        // The instant is turned into a day at UTC, not the machine's zone, so the same data gives the same
        // advice everywhere (and in tests); near midnight that may be a day off, which 60 days can bear.
        Instant since = lead.lastContact() != null ? lead.lastContact() : lead.created();
        if (since != null) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(since, ZoneOffset.UTC), today);
            if (days > settings.quietDaysToCool()) {
                return new Advice(cooler(base.suggested()), "advice.quiet", List.of(Math.toIntExact(days)));
            }
        }
        return base;
    }

    /** True when the newest touches are all ours and none was answered: the lead is not talking to us. */
    private boolean unansweredStreak(List<Interaction> interactions) {
        int needed = settings.silentTouchesToCool();
        if (interactions.size() < needed) {
            return false;
        }
        List<Interaction> newestFirst = interactions.stream()
                .sorted(Comparator.comparing(Interaction::at).thenComparingLong(Interaction::id).reversed())
                .limit(needed)
                .toList();
        return newestFirst.stream().allMatch(i -> i.direction() == Direction.OUT && !i.outcome().isResponse());
    }

    /**
     * Whole days from today to the lead's event, empty when there is none or it has passed. A yearly
     * event counts from its next occurrence (Feb 29 falls on Feb 28 in other years); a yearly event
     * whose first date is still ahead counts from that date, since it has not started repeating yet.
     */
    private static Optional<Integer> daysToEvent(Lead lead, LocalDate today) {
        LocalDate event = lead.needBy();
        if (event == null) {
            return Optional.empty();
        }
        if (lead.needByYearly() && event.isBefore(today)) {
            MonthDay monthDay = MonthDay.from(event);
            event = monthDay.atYear(today.getYear());
            if (event.isBefore(today)) {
                event = monthDay.atYear(today.getYear() + 1);
            }
        }
        if (event.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(Math.toIntExact(ChronoUnit.DAYS.between(today, event)));
    }

    private static Temperature cooler(Temperature temperature) {
        return temperature == Temperature.COLD ? Temperature.COLD : Temperature.values()[temperature.ordinal() + 1];
    }
}
