package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Temperature;
import app.ember.domain.report.Activity;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.FirstResponse;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed report, read back page by page: a section's title stays with what it heads. */
class ReportSheetTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 6, 29);

    /** A quarter's report whose "what works" table has {@code effects} rows, so the sections below move down. */
    private static Report report(int effects) {
        return report(0, effects);
    }

    /** Also with {@code lates} leads listed as answered late, moving every section from "Never contacted" on. */
    private static Report report(int lates, int effects) {
        return report(lates, effects, List.of(new Conversion("Referral", 4, 1, 0),
                new Conversion("Wedding fair", 3, 0, 1), new Conversion("Instagram", 2, 0, 0)));
    }

    private static Report report(int lates, int effects, List<Conversion> bySource) {
        List<ReportLead> late = new ArrayList<>();
        for (int i = 0; i < lates; i++) {
            late.add(new ReportLead(i + 1, "Lead " + (i + 1), Temperature.WARM, false,
                    Instant.parse("2026-07-02T09:00:00Z"), null));
        }
        List<ChannelEffect> rows = new ArrayList<>();
        for (int i = 0; i < effects; i++) {
            rows.add(new ChannelEffect(Channel.values()[i % Channel.values().length],
                    Temperature.values()[i % 4], 1 + i % ChannelEffect.LAST_ATTEMPT, 3, 2, 1));
        }
        List<Movement.WeekCounts> weeks = new ArrayList<>();
        for (int week = 0; week < 14; week++) {
            Map<Temperature, Integer> counts = new EnumMap<>(Temperature.class);
            for (Temperature temperature : Temperature.values()) {
                counts.put(temperature, 5 + week + temperature.rank());
            }
            weeks.add(new Movement.WeekCounts(FIRST_WEEK.plusWeeks(week), counts));
        }
        Activity activity = new Activity(12, 80, Map.of(Channel.CALL, 12), Map.of());
        return new Report(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                Instant.parse("2026-10-01T09:00:00Z"), 1560, activity, activity,
                new FirstResponse(Map.of(), late), late, late.size(), 20, List.of(), 0, rows, bySource,
                List.of(new Conversion("hot", 3, 1, 0), new Conversion("warm", 6, 0, 1)),
                new Movement(3, 2, weeks));
    }

    private static List<String> pages(Report report) throws IOException {
        try (PDDocument document = ReportSheet.render(report, DayOfWeek.MONDAY, ZONE, Locale.UK)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void theMovementTitleIsNeverLeftAtTheFootOfAPageWithoutItsChart() throws IOException {
        // The first and last weeks' labels under the chart ("29/6", "28/9") mark where the chart is drawn.
        String firstWeek = FIRST_WEEK.getDayOfMonth() + "/" + FIRST_WEEK.getMonthValue();
        LocalDate last = FIRST_WEEK.plusWeeks(13);
        String lastWeek = last.getDayOfMonth() + "/" + last.getMonthValue();
        int pagesSeen = 0;
        for (int effects = 0; effects <= 36; effects++) {
            List<String> pages = pages(report(effects));
            pagesSeen = Math.max(pagesSeen, pages.size());
            List<Integer> withTitle = new ArrayList<>();
            for (int page = 0; page < pages.size(); page++) {
                if (pages.get(page).contains("Movement\n") || pages.get(page).contains("Movement\r\n")) {
                    withTitle.add(page);
                }
            }
            assertEquals(1, withTitle.size(), "one Movement title with " + effects + " rows: " + withTitle);
            String page = pages.get(withTitle.get(0));
            assertTrue(page.contains("leads warmed") && page.contains(firstWeek) && page.contains(lastWeek),
                    "with " + effects + " rows of what works, the Movement title's page has its sentence and chart:\n"
                            + page);
        }
        assertTrue(pagesSeen >= 2, "the sweep moved the section onto a second page");
    }

    @Test
    void noTitleCaptionOrTableHeaderIsTheLastLineOfItsPage() throws IOException {
        List<String> titles = List.of("Activity", "First response", "Never contacted", "What works", "Movement",
                "Channel Temperature Attempt Touches Reached Replied or booked", "Source Arrived Won Lost",
                "Temperature Arrived Won Lost", "Leads that arrived in the period, by source: won and lost so far",
                "… by the temperature they arrived with");
        for (int lates = 0; lates <= 15; lates++) {
            for (int effects = 1; effects <= 36; effects += 4) { // with none, the table is its header alone
                List<String> pages = pages(report(lates, effects));
                for (int page = 0; page < pages.size(); page++) {
                    String[] lines = pages.get(page).strip().split("\\R");
                    String last = lines[lines.length - 1].strip();
                    assertTrue(!titles.contains(last), "page " + (page + 1) + " ends on the title \"" + last
                            + "\" (" + lates + " late leads, " + effects + " rows of what works)");
                }
            }
        }
    }

    @Test
    void aTableGoingOnOverAPageSaysItsColumnsAgain() throws IOException {
        List<Conversion> fairs = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            fairs.add(new Conversion("Fair " + i, i, 0, 0));
        }
        int split = 0;
        for (int effects = 0; effects <= 36; effects += 3) {
            List<String> pages = pages(report(0, effects, fairs));
            int withRows = 0;
            for (String page : pages) {
                if (page.lines().anyMatch(line -> line.startsWith("Fair "))) {
                    withRows++;
                    assertTrue(page.contains("Source Arrived Won Lost"), "a page of the source table without its "
                            + "header (" + effects + " rows of what works):\n" + page);
                }
            }
            split += withRows > 1 ? 1 : 0;
        }
        assertTrue(split > 0, "some report split the table over two pages");
    }
}
