package app.ember.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlan;
import app.ember.domain.WeekPlanner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week plan as an .ics file, read back with another library (ical4j) so the test checks what a
 * calendar would see, not what biweekly was told. The plan is made on Monday 23 November 2026 at
 * 09:07:30 in Paris, with a 25-minute budget.
 */
class PlanCalendarTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-23T08:07:30Z");
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    private static final int BUDGET = 25;

    private static WeekPlan plan;

    @TempDir
    Path folder;

    @BeforeAll
    static void makePlan() {
        List<PlanCandidate> book = List.of(
                lead(11, "Chloé", "Lefèvre", Temperature.HOT, paris("2026-11-24T10:00")).phone("+33 1 42 68 53 00")
                        .email("chloe@fleurs.example").company("Fleurs de Lys"),
                lead(12, "Łukasz", "Żółć", Temperature.WARM, NOW.minus(Duration.ofDays(3)))
                        .phone("+48 22 123 45 67"),
                lead(13, "Ingrid", "Berg", Temperature.COOL, NOW.minus(Duration.ofDays(1)))
                        .email("ingrid@example.no"),
                lead(14, "Colin", "Frost", Temperature.COLD, NOW.minus(Duration.ofDays(9))).phone("+44 113 496 0000"),
                lead(15, "Dora", "Winter", Temperature.COLD, paris("2026-11-26T14:30")).phone("+44 113 496 0001"))
                .stream().map(builder -> PlanCandidate.of(builder.build())).toList();
        plan = new WeekPlanner(FollowUpPolicy.defaults(), PARIS).plan(book, WEEK, NOW, BUDGET);
    }

    @Test
    void thePlanUnderTestHasOverdueActionsAndACutLine() {
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), plan.actions().stream().map(PlanAction::leadId).toList());
        assertEquals(3, plan.cutIndex(), "Chloé 10 + Łukasz 10 + Ingrid 5 fill the 25 minutes");
    }

    @Test
    void oneEventPerActionInPlanOrderWithStableUniqueUids() throws Exception {
        List<VEvent> events = events(export());

        assertEquals(plan.actions().size(), events.size());
        List<String> uids = events.stream().map(event -> event.getUid().getValue()).toList();
        assertEquals(List.of("11-follow_up-2026-W48@ember", "12-follow_up-2026-W48@ember",
                "13-follow_up-2026-W48@ember", "14-follow_up-2026-W48@ember", "15-follow_up-2026-W48@ember"), uids);
        assertEquals(uids.size(), new HashSet<>(uids).size());
        assertEquals(uids, events(export()).stream().map(event -> event.getUid().getValue()).toList(),
                "a second export keeps the UIDs, so calendars update instead of doubling");
    }

    @Test
    void summaryNamesTheChannelAndTheLeadWithAccents() throws Exception {
        Map<String, VEvent> byUid = byUid(events(export()));

        assertEquals("Call Chloé Lefèvre", byUid.get("11-follow_up-2026-W48@ember").getSummary().getValue());
        assertEquals("Call Łukasz Żółć", byUid.get("12-follow_up-2026-W48@ember").getSummary().getValue());
        assertEquals("E-mail Ingrid Berg", byUid.get("13-follow_up-2026-W48@ember").getSummary().getValue());
    }

    @Test
    void anActionDueLaterStartsAtItsDueTimeAndLastsItsMinutes() throws Exception {
        VEvent chloe = byUid(events(export())).get("11-follow_up-2026-W48@ember");

        assertEquals(paris("2026-11-24T10:00"), start(chloe));
        assertEquals(Duration.ofMinutes(10), chloe.getDuration().getDuration());
    }

    @Test
    void overdueActionsQueueFromTheNextQuarterHourOneAfterAnother() throws Exception {
        Map<String, VEvent> byUid = byUid(events(export()));
        Instant quarter = paris("2026-11-23T09:15");

        VEvent lukasz = byUid.get("12-follow_up-2026-W48@ember");
        VEvent ingrid = byUid.get("13-follow_up-2026-W48@ember");
        VEvent colin = byUid.get("14-follow_up-2026-W48@ember");
        assertEquals(quarter, start(lukasz));
        assertEquals(Duration.ofMinutes(10), lukasz.getDuration().getDuration());
        assertEquals(quarter.plus(Duration.ofMinutes(10)), start(ingrid));
        assertEquals(Duration.ofMinutes(5), ingrid.getDuration().getDuration());
        assertEquals(quarter.plus(Duration.ofMinutes(15)), start(colin),
                "the overdue cold lead comes after the other overdue ones, though Chloé stands between them");
    }

    @Test
    void aMomentOnTheQuarterHourStaysWhereItIs() {
        Instant onTheHour = Instant.parse("2026-11-23T08:00:00Z");
        assertEquals(onTheHour, PlanCalendar.nextQuarterHour(onTheHour, PARIS));
        assertEquals(onTheHour.plusSeconds(15 * 60), PlanCalendar.nextQuarterHour(onTheHour.plusMillis(1), PARIS));
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        Instant kathmanduTen = LocalDateTime.parse("2026-11-23T10:00").atZone(kathmandu).toInstant();
        assertEquals(kathmanduTen, PlanCalendar.nextQuarterHour(kathmanduTen.minusSeconds(60), kathmandu),
                "quarter hours of the user's clock, not of UTC (Nepal is 5:45 ahead)");
    }

    @Test
    void actionsBelowTheCutLineAreMarkedIfTimeIsLeftAndDoNotBlockTime() throws Exception {
        List<VEvent> events = events(export());

        for (int index = 0; index < events.size(); index++) {
            VEvent event = events.get(index);
            String description = event.getDescription().getValue();
            boolean fits = plan.actions().get(index).fits();
            assertEquals(!fits, description.toLowerCase().contains("if time is left"), description);
            if (fits) {
                assertNull(event.getTransparency(), "above the cut line the time is busy");
            } else {
                assertEquals("TRANSPARENT", event.getTransparency().getValue());
            }
        }
    }

    @Test
    void descriptionAndCategoryCarryWhatTheSheetWouldSay() throws Exception {
        Map<String, VEvent> byUid = byUid(events(export()));
        VEvent chloe = byUid.get("11-follow_up-2026-W48@ember");
        String description = chloe.getDescription().getValue();

        assertTrue(description.contains("+33 1 42 68 53 00"), description);
        assertTrue(description.contains("chloe@fleurs.example"), description);
        assertTrue(description.contains("Fleurs de Lys"), description);
        assertTrue(description.contains("Hot"), description);
        assertTrue(description.contains("10 min"), description);
        assertTrue(description.contains("follow-up, every 3 days"), description);
        assertEquals("Hot", chloe.getProperty(Property.CATEGORIES).getValue());
        assertEquals("Warm", byUid.get("12-follow_up-2026-W48@ember").getProperty(Property.CATEGORIES).getValue());
        assertTrue(byUid.get("12-follow_up-2026-W48@ember").getDescription().getValue().contains("overdue by 3 days"));
        assertEquals(NOW, chloe.getDateStamp().getDate().toInstant());
    }

    @Test
    void anExportReplacesTheOldFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = folder.resolve("plan.ics");
        Files.writeString(file, "an older calendar");

        PlanCalendar.write(plan, PARIS, file);

        assertTrue(Files.readString(file).startsWith("BEGIN:VCALENDAR"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws Exception {
        Path file = folder.resolve("missing-folder").resolve("plan.ics");
        try {
            PlanCalendar.write(plan, PARIS, file);
        } catch (IOException expected) {
            assertFalse(Files.exists(file));
            return;
        }
        throw new AssertionError("writing into a folder that does not exist should fail");
    }

    private Path export() throws IOException {
        Path file = folder.resolve("week.ics");
        PlanCalendar.write(plan, PARIS, file);
        return file;
    }

    private static List<VEvent> events(Path file) throws IOException, ParserException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Calendar calendar = new CalendarBuilder().build(reader);
            return calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
        }
    }

    private static Map<String, VEvent> byUid(List<VEvent> events) {
        return events.stream().collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
    }

    private static Instant start(VEvent event) {
        return event.getStartDate().getDate().toInstant();
    }

    private static Lead.Builder lead(long id, String first, String last, Temperature temperature, Instant due) {
        return Lead.builder().id(id).firstName(first).lastName(last).temperature(temperature)
                .created(Instant.parse("2026-09-01T08:00:00Z")).firstContact(Instant.parse("2026-09-02T08:00:00Z"))
                .lastContact(Instant.parse("2026-11-10T08:00:00Z")).nextFollowUp(due);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }
}
