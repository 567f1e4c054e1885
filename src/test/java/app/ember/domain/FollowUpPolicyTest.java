package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final FollowUpPolicy policy = FollowUpPolicy.defaults();
    private final Instant arrived = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void firstResponseWindowsFollowTheTemperature() {
        assertEquals(Duration.ofHours(24), policy.firstResponseWindow(Temperature.HOT));
        assertEquals(Duration.ofHours(48), policy.firstResponseWindow(Temperature.WARM));
        assertEquals(Duration.ofHours(72), policy.firstResponseWindow(Temperature.COOL));
        assertEquals(Duration.ofHours(72), policy.firstResponseWindow(Temperature.COLD));
    }

    @Test
    void aSameDayHotLeadMustBeAnsweredBeforeItsDayEndsWhereTheUserIs() {
        // 09:00 in New York is 14:00 UTC: the day ends at midnight New York time, 05:00 UTC next day.
        Instant morning = ZonedDateTime.of(LocalDateTime.of(2026, 11, 20, 9, 0), NEW_YORK).toInstant();
        assertEquals(ZonedDateTime.of(LocalDateTime.of(2026, 11, 21, 0, 0), NEW_YORK).toInstant(),
                policy.firstResponseDeadline(Temperature.HOT, true, morning, NEW_YORK));
        assertEquals(morning.plus(Duration.ofHours(24)),
                policy.firstResponseDeadline(Temperature.HOT, false, morning, NEW_YORK));
        // "Same day" means nothing on a warm lead.
        assertEquals(morning.plus(Duration.ofHours(48)),
                policy.firstResponseDeadline(Temperature.WARM, true, morning, NEW_YORK));
    }

    @Test
    void theEndOfTheDayFollowsDaylightSavingTime() {
        // 29 March 2026: clocks in London go forward at 01:00, so that day has 23 hours.
        Instant earlyMorning = ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 0, 30), LONDON).toInstant();
        Instant deadline = policy.firstResponseDeadline(Temperature.HOT, true, earlyMorning, LONDON);
        assertEquals(Instant.parse("2026-03-29T23:00:00Z"), deadline);
        assertEquals(Duration.ofMinutes(22 * 60 + 30), Duration.between(earlyMorning, deadline));
    }

    @Test
    void untouchedLeadsAreDueAtTheEndOfTheirWindow() {
        assertEquals(arrived.plus(Duration.ofHours(24)),
                policy.nextFollowUp(Temperature.HOT, false, arrived, null, UTC));
        assertEquals(arrived.plus(Duration.ofHours(72)),
                policy.nextFollowUp(Temperature.COLD, false, arrived, null, UTC));
    }

    @Test
    void touchedLeadsAreDueOneCadenceAfterTheLastContact() {
        Instant last = arrived.plus(Duration.ofDays(2));
        assertEquals(last.plus(Duration.ofDays(3)), policy.nextFollowUp(Temperature.HOT, false, arrived, last, UTC));
        assertEquals(last.plus(Duration.ofDays(7)), policy.nextFollowUp(Temperature.WARM, false, arrived, last, UTC));
        assertEquals(last.plus(Duration.ofDays(14)), policy.nextFollowUp(Temperature.COOL, false, arrived, last, UTC));
        assertEquals(last.plus(Duration.ofDays(30)), policy.nextFollowUp(Temperature.COLD, false, arrived, last, UTC));
    }

    @Test
    void aWeeklyCallKeepsItsLocalHourAcrossTheClockChange() {
        // A call on Friday 23 October 2026 at 10:00 in London; clocks go back on Sunday 25 October.
        Instant call = ZonedDateTime.of(LocalDateTime.of(2026, 10, 23, 10, 0), LONDON).toInstant();
        Instant next = policy.nextFollowUp(Temperature.WARM, false, arrived, call, LONDON);
        assertEquals(LocalDateTime.of(2026, 10, 30, 10, 0), next.atZone(LONDON).toLocalDateTime());
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(call, next), "the week had 169 hours");
    }

    @Test
    void lostLeadsComeBackFromNurtureAfterNinetyDays() {
        assertEquals(arrived.plus(Duration.ofDays(90)), policy.nurtureReturn(arrived, UTC));
    }

    @Test
    void theThreeProngsComeInTurn() {
        assertEquals(Channel.CALL, FollowUpPolicy.nextProng(null, true, true, true));
        assertEquals(Channel.POSTCARD, FollowUpPolicy.nextProng(Channel.CALL, true, true, true));
        assertEquals(Channel.POSTCARD, FollowUpPolicy.nextProng(Channel.VOICEMAIL, true, true, true));
        assertEquals(Channel.EMAIL, FollowUpPolicy.nextProng(Channel.POSTCARD, true, true, true));
        assertEquals(Channel.CALL, FollowUpPolicy.nextProng(Channel.EMAIL, true, true, true));
        assertEquals(Channel.CALL, FollowUpPolicy.nextProng(Channel.MEETING, true, true, true));
    }

    @Test
    void aProngTheLeadHasNoDetailsForIsSkipped() {
        assertEquals(Channel.EMAIL, FollowUpPolicy.nextProng(Channel.CALL, true, false, true), "no address");
        assertEquals(Channel.POSTCARD, FollowUpPolicy.nextProng(Channel.EMAIL, false, true, true), "no phone");
        assertEquals(Channel.CALL, FollowUpPolicy.nextProng(Channel.POSTCARD, true, true, false), "no e-mail");
        assertTrue(FollowUpPolicy.SEQUENCE.contains(FollowUpPolicy.nextProng(null, false, false, false)));
    }
}
