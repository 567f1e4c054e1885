package app.ember.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seven days from {@code start}, the week a plan is made for. */
public record PlanWeek(LocalDate start) {
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    public PlanWeek {
        if (start == null) {
            throw new IllegalArgumentException("week start is missing");
        }
    }

    /** The week holding {@code day}, starting on {@code firstDay}. */
    public static PlanWeek containing(LocalDate day, DayOfWeek firstDay) {
        return new PlanWeek(day.with(TemporalAdjusters.previousOrSame(firstDay)));
    }

    /**
     * The week named like "2026-W48" (ISO 8601): the one holding that ISO week's Monday, so a user
     * whose week starts on Sunday gets the Sunday before it.
     *
     * @throws IllegalArgumentException with the text named when it is not such a week
     */
    public static PlanWeek parse(String text, DayOfWeek firstDay) {
        Matcher match = ISO_WEEK.matcher(text == null ? "" : text.trim());
        if (!match.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a week like 2026-W48");
        }
        int year = Integer.parseInt(match.group(1));
        int week = Integer.parseInt(match.group(2));
        LocalDate mid = LocalDate.of(year, 7, 1);
        long weeksInYear = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException("'" + text + "': " + year + " has weeks 1 to " + weeksInYear);
        }
        try {
            LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            return containing(monday, firstDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a week like 2026-W48", e);
        }
    }

    /** The day after the last day. */
    public LocalDate end() {
        return start.plusDays(7);
    }

    public LocalDate last() {
        return start.plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    public Instant startAt(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endAt(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant();
    }

    public PlanWeek next() {
        return new PlanWeek(start.plusDays(7));
    }

    public PlanWeek previous() {
        return new PlanWeek(start.minusDays(7));
    }

    /** "2026-W48": the ISO name of the week holding this week's Thursday-or-so (its fourth day). */
    public String isoName() {
        LocalDate middle = start.plusDays(3);
        return String.format("%d-W%02d", middle.get(IsoFields.WEEK_BASED_YEAR),
                middle.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
