package app.ember.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday or anniversary known without its year ("3 July"), kept as a real date in the year
 * {@value #NO_YEAR}, as Apple's contacts keep one (X-APPLE-OMIT-YEAR=1604): a leap year long past, so
 * 29 February is kept, and the planner's yearly greetings (which read month and day) plan it as any other.
 * Written {@code --MM-DD} in files and JSON, shown "3 July".
 */
public final class YearlessDates {
    /** The year a date without one is stored in. */
    public static final int NO_YEAR = 1604;
    private static final Pattern MONTH_DAY = Pattern.compile("--(\\d{2})-?(\\d{2})");

    private YearlessDates() {
    }

    public static boolean isYearless(LocalDate date) {
        return date != null && date.getYear() == NO_YEAR;
    }

    public static LocalDate of(MonthDay monthDay) {
        return monthDay.atYear(NO_YEAR);
    }

    /** "--07-03" (or "--0703") as a year-less date; empty when the text is no such day. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = MONTH_DAY.matcher(Text.clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date as files and JSON write it: ISO, or {@code --MM-DD} without a year; empty for none. */
    public static String text(LocalDate date) {
        if (date == null) {
            return "";
        }
        return isYearless(date) ? String.format(Locale.ROOT, "--%02d-%02d", date.getMonthValue(),
                date.getDayOfMonth()) : date.toString();
    }
}
