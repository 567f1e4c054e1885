package app.ember.ui.common;

import app.ember.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** Dates as a person says them: "today", "in 3 days", "2 days overdue", in the user's zone and locale. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private Formats() {
    }

    public static String date(LocalDate date) {
        if (app.ember.domain.YearlessDates.isYearless(date)) {
            // A birthday known without its year: "3 July".
            return DateTimeFormatter.ofPattern(Messages.get("date.yearlessPattern")).format(date);
        }
        return date == null ? "" : DATE.format(date);
    }

    /** A short day for table cells: "27 Nov" within the coming months, "3 Jun 2024" otherwise; empty for none. */
    public static String shortDate(LocalDate date, Clock clock) {
        if (date == null) {
            return "";
        }
        LocalDate today = LocalDate.now(clock);
        boolean near = !date.isBefore(today.minusMonths(2)) && date.isBefore(today.plusMonths(10));
        return (near ? DAY_MONTH : SHORT).format(date);
    }

    /** "Sat 21 Nov, 17:00": a moment in the coming or past weeks. */
    public static String dayAndTime(Instant instant, Clock clock) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(clock.getZone()));
    }

    public static String dateTime(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** For a due date: "today", "tomorrow", "in 4 days", "3 days overdue". */
    public static String due(Instant due, Clock clock) {
        if (due == null) {
            return Messages.get("due.nothingPlanned");
        }
        long days = daysFromToday(due, clock);
        if (days == 0) {
            return due.isBefore(clock.instant()) ? Messages.get("due.todayOverdue") : Messages.get("due.today");
        }
        if (days == 1) {
            return Messages.get("due.tomorrow");
        }
        return days > 0 ? Messages.format("due.inDays", days) : Messages.format("due.overdueDays", -days);
    }

    /** For a past moment: "today", "yesterday", "12 days ago". */
    public static String ago(Instant past, Clock clock) {
        if (past == null) {
            return Messages.get("ago.never");
        }
        long days = -daysFromToday(past, clock);
        if (days <= 0) {
            return Messages.get("ago.today");
        }
        return days == 1 ? Messages.get("ago.yesterday") : Messages.format("ago.days", days);
    }

    /** For a day such as an event, inside a sentence: "in 12 days", "today", "5 days ago". */
    public static String dayFromNow(LocalDate day, Clock clock) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), day);
        if (days >= -1 && days <= 1) {
            return Messages.get(days == -1 ? "distance.yesterday" : days == 0 ? "distance.today" : "distance.tomorrow");
        }
        return days > 0 ? Messages.format("distance.in", days) : Messages.format("distance.ago", -days);
    }

    private static long daysFromToday(Instant instant, Clock clock) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), instant.atZone(clock.getZone()).toLocalDate());
    }

    public static boolean isOverdue(Instant due, Clock clock) {
        return due != null && due.isBefore(clock.instant());
    }
}
