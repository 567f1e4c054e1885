package app.ember.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Yearly dates (birthdays, anniversaries, a yearly event) as the week's plan finds them. */
final class YearlyDates {
    private YearlyDates() {
    }

    /** Adds the date's occurrence in the week, when it has one on or after the date itself. */
    static void add(List<PlanReason> dates, PlanReason.Kind kind, LocalDate original, PlanWeek week) {
        if (original == null) {
            return;
        }
        LocalDate day = occurrenceIn(MonthDay.from(original), week);
        if (day != null && !day.isBefore(original)) {
            dates.add(PlanReason.on(kind, day));
        }
    }

    /**
     * The day a yearly date falls on within the week, or null. A week may span New Year, so both
     * years are tried; 29 February is kept on the 28th in other years.
     */
    static LocalDate occurrenceIn(MonthDay monthDay, PlanWeek week) {
        for (int year = week.start().getYear(); year <= week.last().getYear(); year++) {
            LocalDate day = monthDay.isValidYear(year) ? monthDay.atYear(year) : LocalDate.of(year, 2, 28);
            if (week.contains(day)) {
                return day;
            }
        }
        return null;
    }

    /** The event's next day on or after today (a yearly one comes round again), or null. */
    static LocalDate nextEvent(Lead lead, LocalDate today) {
        LocalDate event = lead.needBy();
        if (event == null) {
            return null;
        }
        if (lead.needByYearly()) {
            MonthDay monthDay = MonthDay.from(event);
            LocalDate next = monthDay.isValidYear(today.getYear()) ? monthDay.atYear(today.getYear())
                    : LocalDate.of(today.getYear(), 2, 28);
            return next.isBefore(today) ? next.plusYears(1) : next;
        }
        return event.isBefore(today) ? null : event;
    }
}
