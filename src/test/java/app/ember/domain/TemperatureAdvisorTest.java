package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemperatureAdvisorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final TemperatureAdvisor ADVISOR = new TemperatureAdvisor(AdvisorSettings.defaults());

    private static Lead.Builder lead() {
        return Lead.builder().firstName("Ann").temperature(Temperature.COOL);
    }

    /** Noon UTC, the given number of days before TODAY. */
    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Interaction touch(int daysAgo, Direction direction, Outcome outcome) {
        return new Interaction(0, 1, daysAgo(daysAgo), Channel.CALL, direction, outcome, 10, "");
    }

    private static List<Interaction> silent(int count) {
        List<Interaction> touches = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            touches.add(touch(i, Direction.OUT, Outcome.NO_ANSWER));
        }
        return touches;
    }

    private static Advice advise(Lead lead) {
        return ADVISOR.advise(lead, List.of(), TODAY);
    }

    private static void assertAdvice(Temperature temperature, String key, List<Object> arguments, Advice advice) {
        assertEquals(new Advice(temperature, key, arguments), advice);
    }

    // --- rule a: an event soon

    @Test
    void eventWithinTheHotWindowMakesALeadHot() {
        Lead lead = lead().temperature(Temperature.COLD).stage(Stage.COLD_LIST).needBy(TODAY.plusDays(10)).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(10), advise(lead));
    }

    @Test
    void eventTodayIsHot() {
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(0), advise(lead().needBy(TODAY).build()));
    }

    @Test
    void eventExactlyTwentyEightDaysAwayIsHotAndTwentyNineIsNot() {
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(28),
                advise(lead().needBy(TODAY.plusDays(28)).build()));
        assertAdvice(Temperature.WARM, "advice.eventComing", List.of(29),
                advise(lead().needBy(TODAY.plusDays(29)).build()));
    }

    @Test
    void pastOneOffEventCountsForNothing() {
        assertAdvice(Temperature.COOL, "advice.noBasis", List.of(), advise(lead().needBy(TODAY.minusDays(1)).build()));
    }

    @Test
    void yearlyEventCountsFromItsNextOccurrenceAcrossTheYearEnd() {
        LocalDate today = LocalDate.of(2025, 12, 20);
        Lead lead = lead().needBy(LocalDate.of(2019, 1, 5)).needByYearly(true).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(16), ADVISOR.advise(lead, List.of(), today));
    }

    @Test
    void yearlyEventLaterThisYearCountsFromThisYear() {
        Lead lead = lead().needBy(LocalDate.of(2020, 6, 20)).needByYearly(true).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(10), advise(lead));
    }

    @Test
    void yearlyEventOnItsDayIsHot() {
        Lead lead = lead().needBy(LocalDate.of(2020, 6, 10)).needByYearly(true).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(0), advise(lead));
    }

    @Test
    void yearlyEventOnFebruaryTwentyNinthFallsOnTheTwentyEighthInOtherYears() {
        Lead lead = lead().needBy(LocalDate.of(2024, 2, 29)).needByYearly(true).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(18),
                ADVISOR.advise(lead, List.of(), LocalDate.of(2025, 2, 10)));
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(19),
                ADVISOR.advise(lead, List.of(), LocalDate.of(2028, 2, 10)));
        // The day after Feb 28 in a common year, the next one is a year away.
        assertAdvice(Temperature.COOL, "advice.noBasis", List.of(),
                ADVISOR.advise(lead, List.of(), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void yearlyEventWhoseFirstDateIsStillAheadCountsFromThatDate() {
        Lead lead = lead().needBy(TODAY.plusYears(1).plusDays(5)).needByYearly(true).build();
        assertAdvice(Temperature.COOL, "advice.noBasis", List.of(), advise(lead));
    }

    // --- rules b to g: the base

    @Test
    void quoteRequestedIsHot() {
        assertAdvice(Temperature.HOT, "advice.quoteRequested", List.of(),
                advise(lead().stage(Stage.QUOTE_REQUESTED).build()));
    }

    @Test
    void budgetingIsHot() {
        assertAdvice(Temperature.HOT, "advice.budgeting", List.of(), advise(lead().stage(Stage.BUDGETING).build()));
    }

    @Test
    void championReferralIsWarm() {
        Lead lead = lead().stage(Stage.HEARD_OF).referralKind(ReferralKind.CHAMPION).referredBy("Marie Dubois")
                .build();
        assertAdvice(Temperature.WARM, "advice.referral", List.of("Marie Dubois", "champion"), advise(lead));
    }

    @Test
    void fanReferralWithoutANameIsWarm() {
        Lead lead = lead().stage(Stage.COLD_LIST).referralKind(ReferralKind.FAN).build();
        assertAdvice(Temperature.WARM, "advice.referral", List.of("", "fan"), advise(lead));
    }

    @Test
    void interestedIsWarm() {
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), advise(lead().stage(Stage.INTERESTED).build()));
    }

    @Test
    void heardOfIsCool() {
        Lead lead = lead().temperature(Temperature.HOT).stage(Stage.HEARD_OF).build();
        assertAdvice(Temperature.COOL, "advice.heardOf", List.of(), advise(lead));
    }

    @Test
    void coldListIsCold() {
        assertAdvice(Temperature.COLD, "advice.coldList", List.of(), advise(lead().stage(Stage.COLD_LIST).build()));
    }

    @Test
    void withoutFactsTheCurrentTemperatureStands() {
        Advice advice = advise(lead().temperature(Temperature.HOT).build());
        assertAdvice(Temperature.HOT, "advice.noBasis", List.of(), advice);
        assertFalse(advice.differsFrom(Temperature.HOT));
    }

    // --- adjustment: silence

    @Test
    void unansweredTouchesCoolALeadByOneStep() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(1)).build();
        assertAdvice(Temperature.COOL, "advice.noReply", List.of(3), ADVISOR.advise(lead, silent(3), TODAY));
    }

    @Test
    void silenceIsJudgedOnTheNewestTouchesWhateverTheOrderGiven() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(1)).build();
        List<Interaction> answeredLast = List.of(
                touch(3, Direction.OUT, Outcome.NO_ANSWER), touch(1, Direction.OUT, Outcome.REACHED),
                touch(2, Direction.OUT, Outcome.LEFT_MESSAGE), touch(4, Direction.OUT, Outcome.NO_ANSWER));
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), ADVISOR.advise(lead, answeredLast, TODAY));
        List<Interaction> answeredLongAgo = List.of(
                touch(2, Direction.OUT, Outcome.NO_ANSWER), touch(9, Direction.OUT, Outcome.REACHED),
                touch(1, Direction.OUT, Outcome.WRONG_DETAILS), touch(3, Direction.OUT, Outcome.LEFT_MESSAGE));
        assertAdvice(Temperature.COOL, "advice.noReply", List.of(3), ADVISOR.advise(lead, answeredLongAgo, TODAY));
    }

    @Test
    void aTouchFromTheLeadIsNotSilence() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(1)).build();
        List<Interaction> touches = List.of(touch(1, Direction.OUT, Outcome.NO_ANSWER),
                touch(2, Direction.IN, Outcome.NO_ANSWER), touch(3, Direction.OUT, Outcome.NO_ANSWER));
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), ADVISOR.advise(lead, touches, TODAY));
    }

    @Test
    void fewerTouchesThanTheThresholdAreNotSilence() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(1)).build();
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), ADVISOR.advise(lead, silent(2), TODAY));
    }

    @Test
    void aColdLeadStaysCold() {
        Lead lead = lead().stage(Stage.COLD_LIST).lastContact(daysAgo(1)).build();
        assertAdvice(Temperature.COLD, "advice.noReply", List.of(3), ADVISOR.advise(lead, silent(5), TODAY));
    }

    @Test
    void silenceDoesNotCoolALeadWithAnEventSoon() {
        Lead lead = lead().needBy(TODAY.plusDays(5)).lastContact(daysAgo(200)).build();
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(5), ADVISOR.advise(lead, silent(3), TODAY));
    }

    // --- adjustment: quiet

    @Test
    void noContactForLongerThanTheQuietWindowCoolsALead() {
        Lead lead = lead().stage(Stage.QUOTE_REQUESTED).lastContact(daysAgo(61)).build();
        assertAdvice(Temperature.WARM, "advice.quiet", List.of(61), advise(lead));
    }

    @Test
    void exactlyTheQuietWindowIsNotYetQuiet() {
        Lead lead = lead().stage(Stage.QUOTE_REQUESTED).lastContact(daysAgo(60)).build();
        assertAdvice(Temperature.HOT, "advice.quoteRequested", List.of(), advise(lead));
    }

    @Test
    void aLeadNeverContactedCountsFromItsCreation() {
        Lead lead = lead().stage(Stage.INTERESTED).created(daysAgo(90)).build();
        assertAdvice(Temperature.COOL, "advice.quiet", List.of(90), advise(lead));
        Lead contacted = lead().stage(Stage.INTERESTED).created(daysAgo(90)).lastContact(daysAgo(5)).build();
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), advise(contacted));
    }

    @Test
    void daysWithoutContactAreCountedOnTheUtcDate() {
        Instant lateOnTheSixtiethDay = TODAY.minusDays(61).atTime(23, 59).toInstant(ZoneOffset.UTC);
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(lateOnTheSixtiethDay).build();
        assertAdvice(Temperature.COOL, "advice.quiet", List.of(61), advise(lead));
    }

    @Test
    void silenceAndQuietTogetherCoolByOneStepOnly() {
        Lead lead = lead().stage(Stage.QUOTE_REQUESTED).lastContact(daysAgo(100)).build();
        List<Interaction> oldSilence = List.of(touch(100, Direction.OUT, Outcome.NO_ANSWER),
                touch(101, Direction.OUT, Outcome.NO_ANSWER), touch(102, Direction.OUT, Outcome.NO_ANSWER));
        assertAdvice(Temperature.WARM, "advice.noReply", List.of(3), ADVISOR.advise(lead, oldSilence, TODAY));
    }

    // --- adjustment: an event coming near

    @Test
    void eventWithinTheWarmWindowWarmsACoolerLead() {
        Lead lead = lead().stage(Stage.COLD_LIST).needBy(TODAY.plusDays(40)).build();
        assertAdvice(Temperature.WARM, "advice.eventComing", List.of(40), advise(lead));
    }

    @Test
    void eventComingWarmsALeadThatSilenceCooled() {
        Lead lead = lead().stage(Stage.INTERESTED).needBy(TODAY.plusDays(56)).lastContact(daysAgo(1)).build();
        assertAdvice(Temperature.WARM, "advice.eventComing", List.of(56), ADVISOR.advise(lead, silent(3), TODAY));
    }

    @Test
    void eventComingDoesNotCoolAHotterLead() {
        Lead lead = lead().stage(Stage.BUDGETING).needBy(TODAY.plusDays(40)).build();
        assertAdvice(Temperature.HOT, "advice.budgeting", List.of(), advise(lead));
    }

    @Test
    void eventBeyondTheWarmWindowDoesNotWarm() {
        Lead lead = lead().stage(Stage.COLD_LIST).needBy(TODAY.plusDays(57)).build();
        assertAdvice(Temperature.COLD, "advice.coldList", List.of(), advise(lead));
    }

    // --- closed leads

    @Test
    void wonAndLostLeadsGetNoAdvice() {
        for (LeadStatus status : List.of(LeadStatus.WON, LeadStatus.LOST)) {
            Lead lead = lead().temperature(Temperature.COLD).status(status).stage(Stage.QUOTE_REQUESTED)
                    .needBy(TODAY.plusDays(3)).build();
            Advice advice = advise(lead);
            assertAdvice(Temperature.COLD, "advice.closed", List.of(), advice);
            assertFalse(advice.differsFrom(Temperature.COLD));
        }
    }

    @Test
    void leadsInNurtureStillGetAdvice() {
        Lead lead = lead().temperature(Temperature.COLD).status(LeadStatus.NURTURE).stage(Stage.INTERESTED).build();
        Advice advice = advise(lead);
        assertAdvice(Temperature.WARM, "advice.interested", List.of(), advice);
        assertTrue(advice.differsFrom(Temperature.COLD));
    }

    // --- each setting changes the outcome

    @Test
    void widerHotWindowMakesAFartherEventHot() {
        Lead lead = lead().needBy(TODAY.plusDays(30)).build();
        assertEquals(Temperature.WARM, advise(lead).suggested());
        TemperatureAdvisor advisor = new TemperatureAdvisor(new AdvisorSettings(31, 56, 3, 60));
        assertAdvice(Temperature.HOT, "advice.eventSoon", List.of(30), advisor.advise(lead, List.of(), TODAY));
    }

    @Test
    void widerWarmWindowWarmsForAFartherEvent() {
        Lead lead = lead().stage(Stage.COLD_LIST).needBy(TODAY.plusDays(80)).build();
        assertEquals(Temperature.COLD, advise(lead).suggested());
        TemperatureAdvisor advisor = new TemperatureAdvisor(new AdvisorSettings(28, 90, 3, 60));
        assertAdvice(Temperature.WARM, "advice.eventComing", List.of(80), advisor.advise(lead, List.of(), TODAY));
    }

    @Test
    void fewerSilentTouchesNeededCoolSooner() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(1)).build();
        assertEquals(Temperature.WARM, ADVISOR.advise(lead, silent(2), TODAY).suggested());
        TemperatureAdvisor advisor = new TemperatureAdvisor(new AdvisorSettings(28, 56, 2, 60));
        assertAdvice(Temperature.COOL, "advice.noReply", List.of(2), advisor.advise(lead, silent(2), TODAY));
    }

    @Test
    void shorterQuietWindowCoolsSooner() {
        Lead lead = lead().stage(Stage.INTERESTED).lastContact(daysAgo(45)).build();
        assertEquals(Temperature.WARM, advise(lead).suggested());
        TemperatureAdvisor advisor = new TemperatureAdvisor(new AdvisorSettings(28, 56, 3, 30));
        assertAdvice(Temperature.COOL, "advice.quiet", List.of(45), advisor.advise(lead, List.of(), TODAY));
    }

    // --- settings and advice values

    @Test
    void defaultsAreThoseOfTheDesignNotes() {
        assertEquals(new AdvisorSettings(28, 56, 3, 60), AdvisorSettings.defaults());
    }

    @Test
    void settingsRejectValuesThatAreNotPositive() {
        assertRejected("hotEventWindowDays", () -> new AdvisorSettings(0, 56, 3, 60));
        assertRejected("warmEventWindowDays", () -> new AdvisorSettings(28, -1, 3, 60));
        assertRejected("silentTouchesToCool", () -> new AdvisorSettings(28, 56, 0, 60));
        assertRejected("quietDaysToCool", () -> new AdvisorSettings(28, 56, 3, 0));
    }

    @Test
    void settingsRejectAWarmWindowShorterThanTheHotOne() {
        assertRejected("warmEventWindowDays", () -> new AdvisorSettings(28, 27, 3, 60));
        assertEquals(28, new AdvisorSettings(28, 28, 3, 60).warmEventWindowDays());
    }

    @Test
    void adviceKeepsItsArgumentsFixed() {
        List<Object> arguments = new ArrayList<>(List.of(5));
        Advice advice = new Advice(Temperature.HOT, "advice.eventSoon", arguments);
        arguments.add(6);
        assertEquals(List.of(5), advice.arguments());
        assertThrows(UnsupportedOperationException.class, () -> advice.arguments().add(7));
        assertEquals(List.of(), new Advice(Temperature.HOT, "advice.budgeting", null).arguments());
        assertTrue(advice.differsFrom(Temperature.WARM));
    }

    private static void assertRejected(String field, Runnable construction) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(error.getMessage().startsWith(field), error.getMessage());
    }
}
