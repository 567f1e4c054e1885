package app.ember.domain.report;

import app.ember.domain.PlanWeek;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in the user's zone. The period
 * before it has the same number of days and ends the day before {@code from}: "this week beside
 * the one before" compares like with like, whatever the period.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** Longer reports say nothing a year does not, and would make the week-by-week chart unreadable. */
    public static final int MAX_DAYS = 5 * 366;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report period needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days");
        }
    }

    /** The week holding {@code day}, starting on {@code weekStart}. */
    public static ReportPeriod week(LocalDate day, DayOfWeek weekStart) {
        PlanWeek week = PlanWeek.containing(day, weekStart);
        return new ReportPeriod(week.start(), week.last());
    }

    /** An ISO week such as "2026-W49", starting on the user's first day of the week. */
    public static ReportPeriod isoWeek(String text, DayOfWeek weekStart) {
        PlanWeek week = PlanWeek.parse(text, weekStart);
        return new ReportPeriod(week.start(), week.last());
    }

    /** The calendar month holding {@code day}. */
    public static ReportPeriod month(LocalDate day) {
        return new ReportPeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The calendar quarter before the one holding {@code day}. */
    public static ReportPeriod lastQuarter(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /**
     * From and to as typed ("2026-12-01"); both days are in the period.
     *
     * @throws IllegalArgumentException naming the value that is not a date, or the order that is wrong
     */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(day(from, "--from"), day(to, "--to"));
    }

    private static LocalDate day(String text, String name) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a date like 2026-12-01", e);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days, just before. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    public Instant startAt(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period: the start of the day after {@code to}. */
    public Instant endAt(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The session budget over the period: the weekly minutes times the weeks it spans (a day is a seventh). */
    public int budgetMinutes(int weeklyMinutes) {
        return (int) Math.round(weeklyMinutes * days() / 7.0);
    }

    /**
     * The weeks of the week-by-week chart: every week that overlaps the period, and at least
     * {@code atLeast} weeks ending with the period's last one, so a one-week report still shows a trend.
     */
    public List<LocalDate> weekStarts(DayOfWeek weekStart, int atLeast) {
        LocalDate last = PlanWeek.containing(to, weekStart).start();
        LocalDate first = PlanWeek.containing(from, weekStart).start();
        LocalDate earliest = last.minusWeeks(atLeast - 1L);
        if (earliest.isBefore(first)) {
            first = earliest;
        }
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = start.plusWeeks(1)) {
            weeks.add(start);
        }
        return weeks;
    }

    /** Whether the period is exactly one week starting on {@code weekStart}. */
    public boolean isWeek(DayOfWeek weekStart) {
        return days() == 7 && from.getDayOfWeek() == weekStart;
    }

    /** "2026-W49" for a week, else "2026-12-01 to 2026-12-31": in file names and the JSON. */
    public String name(DayOfWeek weekStart) {
        return isWeek(weekStart) ? new PlanWeek(from).isoName() : from + "_" + to;
    }
}
