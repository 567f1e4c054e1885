package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one clock source: -Dember.clock / EMBER_TODAY as a day (at noon there) or an instant, or nothing. */
class ClocksTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aDayIsNoonThereInTheZone() {
        assertEquals(Instant.parse("2026-03-03T23:00:00Z"), Clocks.fixed("2026-03-04", AUCKLAND).orElseThrow().instant());
        assertEquals(AUCKLAND, Clocks.fixed("2026-03-04", AUCKLAND).orElseThrow().getZone());
    }

    @Test
    void anInstantIsTakenAsItIs() {
        assertEquals(Instant.parse("2026-03-04T09:15:00Z"),
                Clocks.fixed(" 2026-03-04T09:15:00Z ", AUCKLAND).orElseThrow().instant());
    }

    @Test
    void nothingSetIsTheWallClockAndAMistypedDayIsRefused() {
        assertEquals(Optional.empty(), Clocks.fixed(null, AUCKLAND));
        assertEquals(Optional.empty(), Clocks.fixed(" ", AUCKLAND));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> Clocks.fixed("04/03/2026", AUCKLAND));
        assertEquals(true, wrong.getMessage().contains("ember.clock"), wrong.getMessage());
    }
}
