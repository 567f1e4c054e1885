package app.ember.ui.planner;

import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the planner writes days and due times: "Thu 09:00", "3 days overdue", "23 – 29 Nov 2026". */
final class PlanFormats {
    private static final Locale LOCALE = Locale.getDefault(Locale.Category.FORMAT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    private PlanFormats() {
    }

    /** The due column: when within the week ahead, or how long it has been overdue. */
    static String due(PlanAction action, Instant now, ZoneId zone) {
        if (action.overdue()) {
            return Messages.format("planner.overdueBy", Messages.amount(Duration.between(action.due(), now)));
        }
        return DAY_TIME.format(action.due().atZone(zone));
    }

    /** The day and time a touch was logged, as the plan shows due times. */
    static String day(Instant at, ZoneId zone) {
        return DAY_TIME.format(at.atZone(zone));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "23 – 29 Nov 2026", or "28 Dec 2026 – 3 Jan 2027" across a year. */
    static String week(PlanWeek week) {
        LocalDate last = week.last();
        String from = week.start().getYear() == last.getYear() ? DAY_MONTH.format(week.start())
                : DAY_MONTH_YEAR.format(week.start());
        return Messages.format("planner.weekDates", week.isoName().substring(6), from, DAY_MONTH_YEAR.format(last));
    }
}
