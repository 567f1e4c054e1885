package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {
    private final FollowUpPolicy policy = FollowUpPolicy.defaults();
    private final Instant arrived = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void firstResponseWindowsFollowTheTemperature() {
        assertEquals(Duration.ofHours(24), policy.firstResponseWindow(Temperature.HOT, false));
        assertEquals(Duration.ofHours(48), policy.firstResponseWindow(Temperature.WARM, false));
        assertEquals(Duration.ofHours(72), policy.firstResponseWindow(Temperature.COOL, false));
        assertEquals(Duration.ofHours(72), policy.firstResponseWindow(Temperature.COLD, false));
    }

    @Test
    void aSameDayHotLeadMustBeAnsweredBeforeTheDayEnds() {
        assertEquals(Duration.ofHours(8), policy.firstResponseWindow(Temperature.HOT, true));
        assertEquals(Duration.ofHours(48), policy.firstResponseWindow(Temperature.WARM, true));
    }

    @Test
    void untouchedLeadsAreDueAtTheEndOfTheirWindow() {
        assertEquals(arrived.plus(Duration.ofHours(24)), policy.nextFollowUp(Temperature.HOT, false, arrived, null));
        assertEquals(arrived.plus(Duration.ofHours(72)), policy.nextFollowUp(Temperature.COLD, false, arrived, null));
    }

    @Test
    void touchedLeadsAreDueOneCadenceAfterTheLastContact() {
        Instant last = arrived.plus(Duration.ofDays(2));
        assertEquals(last.plus(Duration.ofDays(3)), policy.nextFollowUp(Temperature.HOT, false, arrived, last));
        assertEquals(last.plus(Duration.ofDays(7)), policy.nextFollowUp(Temperature.WARM, false, arrived, last));
        assertEquals(last.plus(Duration.ofDays(14)), policy.nextFollowUp(Temperature.COOL, false, arrived, last));
        assertEquals(last.plus(Duration.ofDays(30)), policy.nextFollowUp(Temperature.COLD, false, arrived, last));
    }
}
