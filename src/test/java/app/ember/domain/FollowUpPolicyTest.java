package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
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
    void aTouchLoggedAfterMidnightMakesTheNextOneDueAtTheWorkingHourNotAtThatMinute() {
        // Thursday 00:34 in London: the hot lead's next call is Sunday at 09:00, not at 00:34.
        Instant late = ZonedDateTime.of(LocalDateTime.of(2026, 11, 26, 0, 34), LONDON).toInstant();
        assertEquals(LocalDateTime.of(2026, 11, 29, 9, 0),
                policy.nextFollowUp(Temperature.HOT, false, arrived, late, LONDON).atZone(LONDON).toLocalDateTime());
        assertEquals(java.time.LocalTime.of(9, 0), FollowUpPolicy.defaults().workingHour());
        assertEquals(LocalDateTime.of(2026, 11, 29, 14, 0), policy.withWorkingHour(java.time.LocalTime.of(14, 0))
                .nextFollowUp(Temperature.HOT, false, arrived, late, LONDON).atZone(LONDON).toLocalDateTime());
        assertEquals(LocalDateTime.of(2027, 2, 24, 9, 0),
                policy.nurtureReturn(late, LONDON).atZone(LONDON).toLocalDateTime(), "back from nurture at nine too");
    }

    @Test
    void aWeeklyCallKeepsItsLocalHourAcrossTheClockChange() {
        // A call on Friday 23 October 2026 in London, working days starting at 10:00; clocks go back on Sunday 25 October.
        Instant call = ZonedDateTime.of(LocalDateTime.of(2026, 10, 23, 10, 0), LONDON).toInstant();
        Instant next = policy.withWorkingHour(java.time.LocalTime.of(10, 0))
                .nextFollowUp(Temperature.WARM, false, arrived, call, LONDON);
        assertEquals(LocalDateTime.of(2026, 10, 30, 10, 0), next.atZone(LONDON).toLocalDateTime());
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(call, next), "the week had 169 hours");
    }

    @Test
    void lostLeadsComeBackFromNurtureAfterNinetyDays() {
        assertEquals(arrived.plus(Duration.ofDays(90)), policy.nurtureReturn(arrived, UTC));
    }

    @Test
    void theThreeProngsComeInTurn() {
        assertEquals(Channel.CALL, prong(null, Reach.ALL));
        assertEquals(Channel.POSTCARD, prong(Channel.CALL, Reach.ALL));
        assertEquals(Channel.POSTCARD, prong(Channel.VOICEMAIL, Reach.ALL));
        assertEquals(Channel.EMAIL, prong(Channel.POSTCARD, Reach.ALL));
        assertEquals(Channel.EMAIL, prong(Channel.LETTER, Reach.ALL), "a letter stands for the postcard");
        assertEquals(Channel.CALL, prong(Channel.EMAIL, Reach.ALL));
        assertEquals(Channel.CALL, prong(Channel.MEETING, Reach.ALL));
    }

    @Test
    void aProngTheLeadHasNoDetailsForIsSkipped() {
        assertEquals(Channel.EMAIL, prong(Channel.CALL, new Reach(true, false, true)), "no address");
        assertEquals(Channel.POSTCARD, prong(Channel.EMAIL, new Reach(false, true, true)), "no phone");
        assertEquals(Channel.CALL, prong(Channel.POSTCARD, new Reach(true, true, false)), "no e-mail");
        assertEquals(Channel.CALL, prong(null, new Reach(false, false, false)), "nothing known: a call, once found");
    }

    @Test
    void eachTemperatureCanHaveItsOwnSequence() {
        FollowUpPolicy emailFirst = policy.withRule(Temperature.COOL,
                policy.rule(Temperature.COOL).withSequence(List.of(Channel.EMAIL, Channel.TEXT)));
        assertEquals(Channel.EMAIL, emailFirst.nextProng(Temperature.COOL, null, Reach.ALL));
        assertEquals(Channel.TEXT, emailFirst.nextProng(Temperature.COOL, Channel.EMAIL, Reach.ALL));
        assertEquals(Channel.EMAIL, emailFirst.nextProng(Temperature.COOL, Channel.TEXT, Reach.ALL));
        assertEquals(Channel.EMAIL, emailFirst.nextProng(Temperature.COOL, Channel.CALL, Reach.ALL),
                "a call stands where the text (the phone's channel) is");
        assertEquals(Channel.CALL, emailFirst.nextProng(Temperature.HOT, null, Reach.ALL), "hot keeps the default");
        assertEquals(Channel.POSTCARD, emailFirst.nextProng(Temperature.COOL, null, new Reach(false, true, false)),
                "no channel of the sequence is possible: the one the lead can be reached by");
    }

    @Test
    void theDefaultsAreTheDesignNotes() {
        assertEquals(120, policy.sessionMinutes());
        assertEquals(DayOfWeek.MONDAY, policy.weekStart());
        assertEquals(DayOfWeek.SUNDAY, FollowUpPolicy.defaults(Locale.US).weekStart());
        assertEquals(DayOfWeek.MONDAY, FollowUpPolicy.defaults(Locale.UK).weekStart());
        assertTrue(policy.onlyWhenTimeLeft(Temperature.COLD));
        assertFalse(policy.onlyWhenTimeLeft(Temperature.COOL));
        assertTrue(policy.rule(Temperature.WARM).greetings());
        assertEquals(10, policy.minutes(Channel.CALL));
        assertEquals(3, policy.minutes(Channel.POSTCARD));
        assertEquals(5, policy.minutes(Channel.EMAIL));
        assertEquals(60, policy.minutes(Channel.VISIT));
        assertEquals(Channel.POSTCARD, policy.greetingChannel());
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedWithTheFieldNamed() {
        IllegalArgumentException budget = assertThrows(IllegalArgumentException.class,
                () -> policy.withSessionMinutes(0));
        assertTrue(budget.getMessage().startsWith("session must be"), budget.getMessage());
        IllegalArgumentException minutes = assertThrows(IllegalArgumentException.class,
                () -> policy.withMinutes(Channel.CALL, -1));
        assertTrue(minutes.getMessage().contains("call"), minutes.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> policy.rule(Temperature.HOT).withSequence(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> policy.rule(Temperature.HOT).withCadenceDays(0));
        assertEquals(45, policy.withMinutes(Channel.CALL, 45).minutes(Channel.CALL));
        assertEquals(10, policy.minutes(Channel.CALL), "a policy never changes in place");
    }

    private Channel prong(Channel last, Reach reach) {
        return policy.nextProng(Temperature.HOT, last, reach);
    }
}
