package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's rules, each pinned by a small book of leads planned on Monday 23 November 2026, 08:00 UTC. */
class WeekPlannerTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    private static final PostalAddress ADDRESS = new PostalAddress("1 Rose Lane", "", "Leeds", "", "LS1 1AA", "GB");

    private final FollowUpPolicy policy = FollowUpPolicy.defaults();
    private final List<PlanCandidate> book = new ArrayList<>();
    private long nextId = 1;

    @Test
    void sameDayHotLeadsComeFirstThenHotWarmCoolAndOverdueOrdersOnlyInsideATemperature() {
        long warmOverdueTwoDays = add(lead(Temperature.WARM).nextFollowUp(NOW.minus(Duration.ofDays(2))));
        long coolOverdueFiveDays = add(lead(Temperature.COOL).nextFollowUp(NOW.minus(Duration.ofDays(5))));
        long sameDay = add(lead(Temperature.HOT).sameDay(true).lastContact(null).nextFollowUp(NOW.plus(Duration.ofHours(10))));
        long hotTomorrow = add(lead(Temperature.HOT).nextFollowUp(NOW.plus(Duration.ofDays(1))));
        long hotOverdue = add(lead(Temperature.HOT).nextFollowUp(NOW.minus(Duration.ofHours(3))));
        long warmTomorrow = add(lead(Temperature.WARM).nextFollowUp(NOW.plus(Duration.ofDays(1))));

        assertEquals(List.of(sameDay, hotOverdue, hotTomorrow, warmOverdueTwoDays, warmTomorrow, coolOverdueFiveDays),
                ids(plan(600)));
    }

    @Test
    void aSameDayLeadAlreadyAnsweredIsHotLikeAnyOtherAndNotSaidToBeForToday() {
        long answeredSameDay = add(lead(Temperature.HOT).sameDay(true).lastContact(NOW.minus(Duration.ofDays(1)))
                .nextFollowUp(at("2026-11-25T11:00:00Z")));
        long hotOverdue = add(lead(Temperature.HOT).nextFollowUp(NOW.minus(Duration.ofDays(2))));
        long newSameDay = add(lead(Temperature.HOT).sameDay(true).lastContact(null)
                .nextFollowUp(NOW.plus(Duration.ofHours(6))));

        assertEquals(List.of(newSameDay, hotOverdue, answeredSameDay), ids(plan(600)));
        assertFalse(action(plan(600), answeredSameDay).lead().sizzling(), "no \"Hot · today\" on Wednesday's call");
        assertTrue(action(plan(600), newSameDay).lead().sizzling());
    }

    @Test
    void theOverdueFirstSettingPutsEveryOverdueLeadBeforeTheRestWhateverItsTemperature() {
        long warmOverdueTwoDays = add(lead(Temperature.WARM).nextFollowUp(NOW.minus(Duration.ofDays(2))));
        long coolOverdueFiveDays = add(lead(Temperature.COOL).nextFollowUp(NOW.minus(Duration.ofDays(5))));
        long sameDay = add(lead(Temperature.HOT).sameDay(true).lastContact(null).nextFollowUp(NOW.plus(Duration.ofHours(10))));
        long hotTomorrow = add(lead(Temperature.HOT).nextFollowUp(NOW.plus(Duration.ofDays(1))));
        long coldOverdue = add(lead(Temperature.COLD).nextFollowUp(NOW.minus(Duration.ofDays(9))));

        FollowUpPolicy overdueFirst = policy.withOverdueFirst(true);
        assertEquals(List.of(sameDay, coolOverdueFiveDays, warmOverdueTwoDays, hotTomorrow, coldOverdue),
                ids(new WeekPlanner(overdueFirst, UTC).plan(book, WEEK, NOW, 600)));
    }

    @Test
    void hotLeadsBelowTheLineAreCountedWithTheBudgetThatWouldFitThem() {
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T09:00:00Z")));   // call 10
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T10:00:00Z")));   // call 10 -> 20
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T11:00:00Z")));   // call 10 -> 30
        add(lead(Temperature.WARM).nextFollowUp(at("2026-11-23T07:00:00Z"))); // call 10 -> 40

        WeekPlan tight = plan(15);
        assertEquals(2, tight.hotBelowCut());
        assertEquals(30, tight.minutesForAllHot());
        assertEquals("2 hot leads below the line: 30 min would fit them",
                Messages.format("planner.hotBelow", tight.hotBelowCut(), tight.minutesForAllHot()));
        assertEquals(0, plan(30).hotBelowCut());
    }

    @Test
    void theRestGoHotThenWarmThenCoolEachByDueTime() {
        long coolMonday = add(lead(Temperature.COOL).nextFollowUp(at("2026-11-23T10:00:00Z")));
        long warmFriday = add(lead(Temperature.WARM).nextFollowUp(at("2026-11-27T10:00:00Z")));
        long hotFriday = add(lead(Temperature.HOT).nextFollowUp(at("2026-11-27T10:00:00Z")));
        long warmTuesday = add(lead(Temperature.WARM).nextFollowUp(at("2026-11-24T10:00:00Z")));
        long hotSunday = add(lead(Temperature.HOT).nextFollowUp(at("2026-11-29T18:00:00Z")));

        assertEquals(List.of(hotFriday, hotSunday, warmTuesday, warmFriday, coolMonday), ids(plan(600)));
    }

    @Test
    void equalDueTimesGoToTheHigherPriorityThenToTheOlderLead() {
        Instant due = at("2026-11-25T09:00:00Z");
        long lowOld = add(lead(Temperature.WARM).priority(Priority.LOW).created(at("2026-01-01T00:00:00Z"))
                .nextFollowUp(due));
        long highNew = add(lead(Temperature.WARM).priority(Priority.HIGH).created(at("2026-11-01T00:00:00Z"))
                .nextFollowUp(due));
        long highOld = add(lead(Temperature.WARM).priority(Priority.HIGH).created(at("2026-02-01T00:00:00Z"))
                .nextFollowUp(due));
        long untriaged = add(lead(Temperature.WARM).created(at("2025-01-01T00:00:00Z")).nextFollowUp(due));

        assertEquals(List.of(highOld, highNew, lowOld, untriaged), ids(plan(600)));
    }

    @Test
    void coldLeadsComeOnlyAfterEveryOtherLeadEvenWhenLongOverdue() {
        long coldLongOverdue = add(lead(Temperature.COLD).nextFollowUp(NOW.minus(Duration.ofDays(40))));
        long coolSunday = add(lead(Temperature.COOL).nextFollowUp(at("2026-11-29T20:00:00Z")));
        long coldToday = add(lead(Temperature.COLD).nextFollowUp(at("2026-11-23T12:00:00Z")));

        WeekPlan plan = plan(600);
        assertEquals(List.of(coolSunday, coldLongOverdue, coldToday), ids(plan));
        assertTrue(plan.actions().get(1).whenTimeLeft());
        assertFalse(plan.actions().get(0).whenTimeLeft());
    }

    @Test
    void anyTemperatureMarkedWhenTimeLeftWaitsLikeCold() {
        FollowUpPolicy coolWaits = policy.withRule(Temperature.COOL, policy.rule(Temperature.COOL).withOnlyWhenTimeLeft(true));
        long coolOverdue = add(lead(Temperature.COOL).nextFollowUp(NOW.minus(Duration.ofDays(3))));
        long warmSunday = add(lead(Temperature.WARM).nextFollowUp(at("2026-11-29T20:00:00Z")));

        assertEquals(List.of(warmSunday, coolOverdue), ids(new WeekPlanner(coolWaits, UTC).plan(book, WEEK, NOW, 600)));
    }

    @Test
    void theCutLineFallsWhereTheBudgetEndsAndEverythingAfterItIsIfTimeIsLeft() {
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T09:00:00Z")));   // call 10
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T10:00:00Z")));   // call 10 -> 20
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T11:00:00Z")));   // call 10 -> 30: over 25
        add(lead(Temperature.WARM).phone("").nextFollowUp(at("2026-11-24T12:00:00Z"))); // postcard 3 -> 33

        WeekPlan plan = plan(25);
        assertEquals(List.of(true, true, false, false), plan.actions().stream().map(PlanAction::fits).toList(),
                "one cut line: the postcard would fit in the 5 minutes left but stays below it");
        assertEquals(2, plan.cutIndex());
        assertEquals(20, plan.plannedMinutes());
        assertEquals(33, plan.totalMinutes());
        assertEquals(List.of(10, 20, 30, 33), plan.actions().stream().map(PlanAction::runningMinutes).toList());
    }

    @Test
    void anActionThatExactlyFillsTheBudgetStillFits() {
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T09:00:00Z")));
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T10:00:00Z")));
        assertEquals(List.of(true, true), plan(20).actions().stream().map(PlanAction::fits).toList());
        assertEquals(List.of(true, false), plan(19).actions().stream().map(PlanAction::fits).toList());
    }

    @Test
    void channelsTheLeadHasNoDetailsForAreSkippedAndTheMinutesFollowTheChannel() {
        long everything = add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T09:00:00Z")));
        long noPhone = add(lead(Temperature.HOT).phone("").nextFollowUp(at("2026-11-24T10:00:00Z")));
        long emailOnly = add(lead(Temperature.HOT).phone("").address(PostalAddress.EMPTY)
                .nextFollowUp(at("2026-11-24T11:00:00Z")));
        long calledLast = add(lead(Temperature.HOT).nextFollowUp(at("2026-11-24T12:00:00Z")), Channel.CALL);

        WeekPlan plan = plan(600);
        assertEquals(Channel.CALL, action(plan, everything).channel());
        assertEquals(10, action(plan, everything).minutes());
        assertEquals(Channel.POSTCARD, action(plan, noPhone).channel());
        assertEquals(3, action(plan, noPhone).minutes());
        assertEquals(Channel.EMAIL, action(plan, emailOnly).channel());
        assertEquals(5, action(plan, emailOnly).minutes());
        assertEquals(Channel.POSTCARD, action(plan, calledLast).channel(), "after a call comes the postcard");
    }

    @Test
    void wonAndLostLeadsAreNotPlannedAndNurtureOnlyWhenItsRestIsOver() {
        add(lead(Temperature.HOT).status(LeadStatus.WON).nextFollowUp(NOW.minus(Duration.ofDays(1))));
        add(lead(Temperature.HOT).status(LeadStatus.LOST).nextFollowUp(NOW.minus(Duration.ofDays(1))));
        add(lead(Temperature.WARM).status(LeadStatus.NURTURE).nextFollowUp(at("2027-01-10T09:00:00Z"))
                .birthday(LocalDate.of(1980, 11, 26)));
        long comingBack = add(lead(Temperature.COOL).status(LeadStatus.NURTURE).lastContact(at("2026-08-25T09:00:00Z"))
                .nextFollowUp(at("2026-11-25T09:00:00Z")));

        WeekPlan plan = plan(600);
        assertEquals(List.of(comingBack), ids(plan));
        assertEquals(PlanAction.Kind.NURTURE_RETURN, plan.actions().get(0).kind());
        assertEquals(PlanReason.Kind.BACK_FROM_NURTURE, plan.actions().get(0).reason().kind());
        assertEquals("back from nurture", Messages.planReasons(plan.actions().get(0).reasons()));
    }

    @Test
    void aWarmLeadsBirthdayThisWeekIsAGreetingByPostcard() {
        long warm = add(lead(Temperature.WARM).lastContact(at("2026-11-10T09:00:00Z"))
                .nextFollowUp(at("2026-12-20T09:00:00Z")).birthday(LocalDate.of(1984, 11, 26)));
        add(lead(Temperature.COOL).nextFollowUp(at("2026-12-20T09:00:00Z")).birthday(LocalDate.of(1990, 11, 26)));
        add(lead(Temperature.WARM).lastContact(at("2026-11-23T07:00:00Z")).nextFollowUp(at("2026-11-30T07:00:00Z"))
                .birthday(LocalDate.of(1975, 11, 27))); // already touched this week

        WeekPlan plan = plan(600);
        assertEquals(List.of(warm), ids(plan));
        PlanAction greeting = plan.actions().get(0);
        assertEquals(PlanAction.Kind.GREETING, greeting.kind());
        assertEquals(Channel.POSTCARD, greeting.channel());
        assertEquals(at("2026-11-26T00:00:00Z"), greeting.due());
        assertEquals(new PlanReason(PlanReason.Kind.BIRTHDAY, null, LocalDate.of(2026, 11, 26), 0, "",
                ReferralKind.NONE), greeting.reason());
        assertEquals("birthday on Thursday", Messages.planReasons(greeting.reasons()));
    }

    @Test
    void aBirthdayKnownWithoutItsYearIsGreetedAsAnyOther() {
        long warm = add(lead(Temperature.WARM).lastContact(at("2026-11-10T09:00:00Z"))
                .nextFollowUp(at("2026-12-20T09:00:00Z")).birthday(YearlessDates.of(java.time.MonthDay.of(11, 26))));

        WeekPlan plan = plan(600);
        assertEquals(List.of(warm), ids(plan));
        assertEquals(PlanAction.Kind.GREETING, plan.actions().get(0).kind());
        assertEquals(new PlanReason(PlanReason.Kind.BIRTHDAY, null, LocalDate.of(2026, 11, 26), 0, "",
                ReferralKind.NONE), plan.actions().get(0).reason());
    }

    @Test
    void aGreetingGoesByEmailWhenThereIsNoAddressAndADateRidesAlongADueFollowUp() {
        long noAddress = add(lead(Temperature.WARM).address(PostalAddress.EMPTY).lastContact(at("2026-11-10T09:00:00Z"))
                .nextFollowUp(at("2026-12-20T09:00:00Z")).anniversary(LocalDate.of(2010, 11, 28)));
        long dueAnyway = add(lead(Temperature.WARM).lastContact(at("2026-11-17T09:00:00Z"))
                .nextFollowUp(at("2026-11-24T09:00:00Z")).birthday(LocalDate.of(1984, 11, 29)));

        WeekPlan plan = plan(600);
        assertEquals(Channel.CALL, action(plan, noAddress).channel(), "no address: the next prong instead");
        assertEquals("anniversary on Saturday", Messages.planReasons(action(plan, noAddress).reasons()));
        PlanAction followUp = action(plan, dueAnyway);
        assertEquals(PlanAction.Kind.FOLLOW_UP, followUp.kind());
        assertEquals("follow-up, every 7 days · birthday on Sunday", Messages.planReasons(followUp.reasons()));
    }

    @Test
    void yearlyDatesAcrossNewYearAndOnTheTwentyNinthOfFebruary() {
        PlanWeek newYear = new PlanWeek(LocalDate.of(2026, 12, 28));
        assertEquals(LocalDate.of(2027, 1, 2), YearlyDates.occurrenceIn(MonthDay.of(1, 2), newYear));
        assertEquals(LocalDate.of(2026, 12, 31), YearlyDates.occurrenceIn(MonthDay.of(12, 31), newYear));
        assertEquals(null, YearlyDates.occurrenceIn(MonthDay.of(1, 4), newYear));
        PlanWeek lateFebruary = new PlanWeek(LocalDate.of(2027, 2, 22));
        assertEquals(LocalDate.of(2027, 2, 28), YearlyDates.occurrenceIn(MonthDay.of(2, 29), lateFebruary),
                "born on 29 February: greeted on the 28th in other years");
    }

    @Test
    void anEventThisWeekIsAnActionAndAnEventSoonIsTheReasonOfAFollowUp() {
        long eventThisWeek = add(lead(Temperature.WARM).lastContact(at("2026-11-20T09:00:00Z"))
                .nextFollowUp(at("2026-11-30T09:00:00Z")).needBy(LocalDate.of(2026, 11, 28)));
        long eventSoon = add(lead(Temperature.HOT).lastContact(at("2026-11-20T09:00:00Z"))
                .nextFollowUp(at("2026-11-24T09:00:00Z")).needBy(LocalDate.of(2026, 12, 5)));

        WeekPlan plan = plan(600);
        assertEquals(PlanAction.Kind.EVENT, action(plan, eventThisWeek).kind());
        assertEquals("event on Saturday", Messages.planReasons(action(plan, eventThisWeek).reasons()));
        assertEquals("event in 12 days", Messages.planReasons(action(plan, eventSoon).reasons()));
    }

    @Test
    void newLeadsSayWhenTheirFirstResponseIsDueAndWhoReferredThem() {
        long fresh = add(lead(Temperature.WARM).lastContact(null).nextFollowUp(NOW.plus(Duration.ofHours(5))));
        long late = add(lead(Temperature.WARM).lastContact(null).nextFollowUp(NOW.minus(Duration.ofHours(3))));
        long referred = add(lead(Temperature.WARM).lastContact(null).referralKind(ReferralKind.CHAMPION)
                .referredBy("Anna").nextFollowUp(NOW.plus(Duration.ofHours(30))));
        long sizzling = add(lead(Temperature.HOT).lastContact(null).sameDay(true)
                .nextFollowUp(at("2026-11-24T00:00:00Z")));

        WeekPlan plan = plan(600);
        assertEquals("first response due in 5 h", Messages.planReasons(action(plan, fresh).reasons()));
        assertEquals(PlanAction.Kind.FIRST_RESPONSE, action(plan, fresh).kind());
        assertEquals("first response overdue by 3 h", Messages.planReasons(action(plan, late).reasons()));
        assertEquals("new referral from Anna, champion", Messages.planReasons(action(plan, referred).reasons()));
        assertEquals("same-day lead: answer within 16 h", Messages.planReasons(action(plan, sizzling).reasons()));
    }

    @Test
    void overdueAndAskedForAQuoteSayWhy() {
        long overdue = add(lead(Temperature.COOL).lastContact(at("2026-11-01T09:00:00Z"))
                .nextFollowUp(NOW.minus(Duration.ofDays(4))));
        long quote = add(lead(Temperature.HOT).stage(Stage.QUOTE_REQUESTED).lastContact(at("2026-11-20T09:00:00Z"))
                .nextFollowUp(at("2026-11-23T09:00:00Z")));

        WeekPlan plan = plan(600);
        assertEquals("overdue by 4 days", Messages.planReasons(action(plan, overdue).reasons()));
        assertTrue(action(plan, overdue).overdue());
        assertEquals("asked for a quote", Messages.planReasons(action(plan, quote).reasons()));
    }

    @Test
    void aGreetingSnoozedPastTheWeekLeavesItAndOneSnoozedWithinMovesToThatDay() {
        long pastWeek = add(new PlanCandidate(lead(Temperature.WARM).nextFollowUp(at("2026-12-20T09:00:00Z"))
                .lastContact(at("2026-11-01T09:00:00Z")).birthday(LocalDate.of(1984, 11, 24)).id(nextId).build(),
                null, LocalDate.of(2026, 12, 1)));
        long withinWeek = add(new PlanCandidate(lead(Temperature.WARM).nextFollowUp(at("2026-12-20T09:00:00Z"))
                .lastContact(at("2026-11-01T09:00:00Z")).birthday(LocalDate.of(1984, 11, 24)).id(nextId).build(),
                null, LocalDate.of(2026, 11, 27)));

        WeekPlan plan = plan(600);
        assertEquals(List.of(withinWeek), ids(plan));
        assertFalse(ids(plan).contains(pastWeek));
        assertEquals(at("2026-11-27T00:00:00Z"), plan.actions().get(0).due());
    }

    @Test
    void leadsDueAfterTheWeekAreNotInIt() {
        add(lead(Temperature.HOT).nextFollowUp(at("2026-11-30T00:00:00Z")));
        long lastMinute = add(lead(Temperature.HOT).nextFollowUp(at("2026-11-29T23:59:00Z")));
        assertEquals(List.of(lastMinute), ids(plan(600)));
    }

    @Test
    void aBigBookIsPlacedFromKeysAndOnlyTheKeptActionsAreReadInFull() {
        for (int i = 0; i < 12; i++) {
            add(lead(i % 2 == 0 ? Temperature.HOT : Temperature.COOL)
                    .nextFollowUp(NOW.minus(Duration.ofHours(30 - i))).priority(i % 3 == 0 ? Priority.HIGH : null));
        }
        long greeting = add(lead(Temperature.WARM).lastContact(at("2026-11-01T09:00:00Z"))
                .nextFollowUp(at("2027-01-10T09:00:00Z")).birthday(LocalDate.of(1990, 11, 25)));
        WeekPlan whole = plan(35);
        List<PlanKey> keys = new ArrayList<>();
        List<PlanCandidate> dated = new ArrayList<>();
        for (PlanCandidate candidate : book) {
            Lead lead = candidate.lead();
            if (lead.id() == greeting) {
                dated.add(candidate);
            } else {
                keys.add(new PlanKey(lead.id(), lead.temperature(), lead.sameDay(), lead.status(), lead.priority(),
                        lead.created(), lead.nextFollowUp(), lead.lastContact() == null, candidate.lastOutgoing(),
                        Reach.of(lead)));
            }
        }
        List<Long> asked = new ArrayList<>();
        WeekPlan kept = new WeekPlanner(policy, UTC).plan(keys, dated, WEEK, NOW, 35, 2, ids -> {
            asked.addAll(ids);
            return book.stream().filter(c -> ids.contains(c.lead().id()))
                    .collect(java.util.stream.Collectors.toMap(c -> c.lead().id(), c -> c));
        });

        int cut = whole.cutIndex();
        assertEquals(ids(whole).subList(0, cut + 2), ids(kept), "the same order, cut off two after the line");
        assertEquals(cut, kept.cutIndex());
        assertEquals(whole.plannedMinutes(), kept.plannedMinutes());
        assertEquals(whole.actions().size() - cut - 2, kept.moreActions());
        assertEquals(whole.totalMinutes(), kept.totalMinutes());
        assertEquals(whole.allActions(), kept.allActions());
        assertEquals(cut + 2, asked.size() + (ids(kept).contains(greeting) ? 1 : 0), "only kept leads are read");
    }

    private WeekPlan plan(int budget) {
        return new WeekPlanner(policy, UTC).plan(book, WEEK, NOW, budget);
    }

    private Lead.Builder lead(Temperature temperature) {
        long id = nextId;
        return Lead.builder().id(id).firstName("Lead").lastName("No " + id).temperature(temperature)
                .phone("+44 113 496 0000").email("lead" + id + "@example.com").address(ADDRESS)
                .created(at("2026-10-01T09:00:00Z").plusSeconds(id)).lastContact(at("2026-11-16T09:00:00Z"));
    }

    /** Adds a lead as built; one never contacted is written with no last contact. */
    private long add(Lead.Builder builder) {
        return add(builder, null);
    }

    private long add(Lead.Builder builder, Channel lastOutgoing) {
        Lead lead = builder.id(nextId).build();
        return add(new PlanCandidate(lead, lastOutgoing, null));
    }

    private long add(PlanCandidate candidate) {
        book.add(candidate);
        nextId++;
        return candidate.lead().id();
    }

    private static List<Long> ids(WeekPlan plan) {
        return plan.actions().stream().map(PlanAction::leadId).toList();
    }

    private static PlanAction action(WeekPlan plan, long leadId) {
        return plan.actions().stream().filter(a -> a.leadId() == leadId).findFirst().orElseThrow();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
