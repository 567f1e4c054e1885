package app.ember.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one place that reads the wall clock (an ArchUnit rule holds every other class to it): the window
 * and the command line take this run's clock from here and hand it down, so a test can run any of them
 * on a day of its choosing. It lives in the domain, the lowest layer, because the store needs a clock too
 * (a backup taken before a migration, the name a damaged book is kept under).
 *
 * <p>For tests and screenshots, {@code -Dember.clock} (or the {@code EMBER_TODAY} variable) fixes the day:
 * a date ({@code 2026-03-04}, noon in the default zone, clear of daylight-saving edges) or an instant
 * ({@code 2026-03-04T09:15:00Z}). Documented in ARCHITECTURE.md only: it is not meant for users.
 */
public final class Clocks {
    public static final String PROPERTY = "ember.clock";
    public static final String VARIABLE = "EMBER_TODAY";

    private Clocks() {
    }

    /** This run's clock: the wall clock in the default zone, or the fixed one the property or variable names. */
    public static Clock system() {
        return fixed(System.getProperty(PROPERTY), ZoneId.systemDefault())
                .or(() -> fixed(System.getenv(VARIABLE), ZoneId.systemDefault()))
                .orElseGet(Clock::systemDefaultZone);
    }

    /**
     * A clock fixed at the given text in the zone: a date (at noon) or an ISO instant; empty for none.
     *
     * @throws IllegalArgumentException when the text is neither, so a mistyped override is never silently ignored
     */
    public static Optional<Clock> fixed(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = text.strip();
        try {
            if (clean.length() == 10) {
                Instant noon = LocalDate.parse(clean).atTime(LocalTime.NOON).atZone(zone).toInstant();
                return Optional.of(Clock.fixed(noon, zone));
            }
            return Optional.of(Clock.fixed(Instant.parse(clean), zone));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " / " + VARIABLE + ": '" + clean
                    + "' is neither a date (yyyy-mm-dd) nor an instant (yyyy-mm-ddThh:mm:ssZ)", e);
        }
    }
}
