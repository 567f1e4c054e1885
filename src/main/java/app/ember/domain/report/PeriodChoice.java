package app.ember.domain.report;

import app.ember.domain.Coded;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** The periods the Reports screen offers in one click; {@link #CUSTOM} takes its days from the user. */
public enum PeriodChoice implements Coded {
    THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, LAST_QUARTER, CUSTOM;

    /** The period this choice names on {@code today}; {@link #CUSTOM} has none of its own and gives this week. */
    public ReportPeriod period(LocalDate today, DayOfWeek weekStart) {
        return switch (this) {
            case THIS_WEEK, CUSTOM -> ReportPeriod.week(today, weekStart);
            case LAST_WEEK -> ReportPeriod.week(today.minusWeeks(1), weekStart);
            case THIS_MONTH -> ReportPeriod.month(today);
            case LAST_MONTH -> ReportPeriod.month(today.withDayOfMonth(1).minusDays(1));
            case LAST_QUARTER -> ReportPeriod.lastQuarter(today);
        };
    }
}
