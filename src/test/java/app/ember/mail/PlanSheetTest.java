package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlan;
import app.ember.domain.WeekPlanner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed week plan, read back with PDFBox's text extraction: what a reader of the paper would see. */
class PlanSheetTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-23T08:07:30Z");
    private static final PlanWeek WEEK = new PlanWeek(LocalDate.of(2026, 11, 23));
    private static final Instant CREATED = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant LAST_CONTACT = Instant.parse("2026-11-10T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aShortPlanFitsOnOnePageWithItsHeaderNamesAndCutLine() throws IOException {
        WeekPlan plan = shortPlan();

        Sheet sheet = read(plan, Locale.UK);

        assertEquals(1, sheet.pages);
        assertTrue(sheet.text.contains("This week"), sheet.text);
        assertTrue(sheet.text.contains("23 – 29 November 2026"), sheet.text);
        assertTrue(sheet.text.contains("30 min budget · 30 min planned · 5 actions"), sheet.text);
        assertTrue(sheet.text.contains("Łukasz Żółć"), sheet.text);
        assertTrue(sheet.text.contains("Chloé Lefèvre"), sheet.text);
        assertTrue(sheet.text.contains("Kwiaciarnia Żółć"), "the company under the name: " + sheet.text);
        assertTrue(sheet.text.contains("1 / 1"), sheet.text);
        assertFalse(sheet.text.contains("more action"), "nothing is left off a short plan");
    }

    @Test
    void theCutLineStandsBetweenWhatFitsAndWhatWaits() throws IOException {
        WeekPlan plan = shortPlan();
        assertEquals(3, plan.cutIndex(), "the plan under test has two actions below the cut line");

        String text = read(plan, Locale.UK).text;

        int cutLine = text.indexOf("Budget ends here · 30 min — below: if time is left");
        assertTrue(cutLine >= 0, text);
        for (PlanAction action : plan.actions()) {
            int at = text.indexOf(action.lead().name());
            assertTrue(at >= 0, action.lead().name() + " in " + text);
            assertEquals(!action.fits(), at > cutLine, action.lead().name() + " on the wrong side of the cut line");
        }
    }

    @Test
    void aLongPlanStopsAfterTwoPagesAndCountsWhatIsLeftOff() throws IOException {
        WeekPlan plan = longPlan(300);

        Sheet sheet = read(plan, Locale.UK);

        assertEquals(2, sheet.pages);
        int shown = 0;
        for (PlanAction action : plan.actions()) {
            if (sheet.text.contains(action.lead().name())) {
                shown++;
            }
        }
        assertTrue(shown > 30 && shown < 80, "two pages of rows, was " + shown);
        Matcher more = Pattern.compile("… and (\\d+) more actions if time is left").matcher(sheet.text);
        assertTrue(more.find(), sheet.text);
        assertEquals(300 - shown, Integer.parseInt(more.group(1)));
        assertTrue(sheet.text.contains("This week, continued"), sheet.text);
        assertTrue(sheet.text.contains("2 / 2"), sheet.text);
    }

    @Test
    void aLongPlanWhoseBudgetReachesPastPageTwoSaysSomeOfTheRestStillFit() throws IOException {
        WeekPlan plan = longPlan(120, 24 * 60);

        Sheet sheet = read(plan, Locale.UK);

        assertEquals(2, sheet.pages);
        assertTrue(sheet.text.matches("(?s).*… and \\d+ more actions: see the whole plan in Ember.*"), sheet.text);
        assertFalse(sheet.text.contains("Budget ends here"), "the whole plan fits the budget: " + sheet.text);
    }

    @Test
    void paperIsA4InBritainAndLetterInTheUsAndCanada() throws IOException {
        assertSize(PDRectangle.A4, paper(Locale.UK));
        assertSize(PDRectangle.A4, paper(Locale.GERMANY));
        assertSize(PDRectangle.LETTER, paper(Locale.US));
        assertSize(PDRectangle.LETTER, paper(Locale.CANADA_FRENCH));
    }

    private static void assertSize(PDRectangle expected, PDRectangle actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), 0.01, "width");
        assertEquals(expected.getHeight(), actual.getHeight(), 0.01, "height");
    }

    @Test
    void americanSheetsPutTheMonthFirst() throws IOException {
        String text = read(shortPlan(), Locale.US).text;

        assertTrue(text.contains("November 23 – 29, 2026"), text);
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws IOException {
        List<PlanCandidate> book = List.of(
                candidate(1, "Mei", "田中", Temperature.HOT, NOW.plus(Duration.ofHours(3))));
        WeekPlan plan = new WeekPlanner(FollowUpPolicy.defaults(), LONDON).plan(book, WEEK, NOW, 120);

        String text = read(plan, Locale.UK).text;

        assertTrue(text.contains("Mei ??"), text);
    }

    @Test
    void anEmptyWeekSaysSo() throws IOException {
        WeekPlan plan = new WeekPlanner(FollowUpPolicy.defaults(), LONDON).plan(List.of(), WEEK, NOW, 120);

        Sheet sheet = read(plan, Locale.UK);

        assertEquals(1, sheet.pages);
        assertTrue(sheet.text.contains("Nothing is planned for this week."), sheet.text);
    }

    @Test
    void theUnsavedDocumentRendersAsPrintingWouldDrawIt() throws IOException {
        try (PDDocument document = PlanSheet.render(shortPlan(), LONDON, Locale.UK)) {
            BufferedImage page = new PDFRenderer(document).renderImage(0);
            int inked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFF) < 200) {
                        inked++;
                    }
                }
            }
            assertTrue(inked > 5000, "the page has text and rules on it, was " + inked + " inked pixels");
        }
    }

    @Test
    void writingReplacesTheOldFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = folder.resolve("plan.pdf");
        Files.writeString(file, "an older sheet");

        PlanSheet.write(shortPlan(), LONDON, Locale.UK, file);

        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private record Sheet(int pages, String text) {
    }

    private Sheet read(WeekPlan plan, Locale locale) throws IOException {
        Path file = folder.resolve("sheet-" + locale + ".pdf");
        PlanSheet.write(plan, LONDON, locale, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new Sheet(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        }
    }

    private PDRectangle paper(Locale locale) throws IOException {
        Path file = folder.resolve("paper-" + locale + ".pdf");
        PlanSheet.write(shortPlan(), LONDON, locale, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getPage(0).getMediaBox();
        }
    }

    /** Five leads of ten minutes each; with a 30-minute budget the cold two fall below the cut line. */
    private static WeekPlan shortPlan() {
        List<PlanCandidate> book = List.of(
                candidate(11, "Chloé", "Lefèvre", Temperature.HOT, Instant.parse("2026-11-24T09:00:00Z")),
                withCompany(candidate(12, "Łukasz", "Żółć", Temperature.WARM, NOW.minus(Duration.ofDays(3))),
                        "Kwiaciarnia Żółć sp. z o.o."),
                candidate(13, "Ingrid", "Berg", Temperature.COOL, NOW.minus(Duration.ofDays(1))),
                candidate(14, "Colin", "Frost", Temperature.COLD, NOW.minus(Duration.ofDays(9))),
                candidate(15, "Dora", "Winter", Temperature.COLD, Instant.parse("2026-11-26T14:30:00Z")));
        return new WeekPlanner(FollowUpPolicy.defaults(), LONDON).plan(book, WEEK, NOW, 30);
    }

    private static WeekPlan longPlan(int count) {
        return longPlan(count, 120);
    }

    /** {@code count} leads named Lead001 to Lead300, due through the week; none is a prefix of another. */
    private static WeekPlan longPlan(int count, int budget) {
        List<PlanCandidate> book = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            Instant due = WEEK.startAt(LONDON).plus(Duration.ofMinutes(number * 31L));
            Temperature temperature = Temperature.values()[number % Temperature.values().length];
            book.add(candidate(number, String.format("Lead%03d", number), "Test", temperature, due));
        }
        return new WeekPlanner(FollowUpPolicy.defaults(), LONDON).plan(book, WEEK, NOW, budget);
    }

    private static PlanCandidate candidate(long id, String first, String last, Temperature temperature, Instant due) {
        return PlanCandidate.of(Lead.builder().id(id).firstName(first).lastName(last).temperature(temperature)
                .phone("+44 113 496 0" + (100 + id % 900)).created(CREATED).firstContact(CREATED)
                .lastContact(LAST_CONTACT).nextFollowUp(due).build());
    }

    private static PlanCandidate withCompany(PlanCandidate candidate, String company) {
        return PlanCandidate.of(candidate.lead().toBuilder().company(company).build());
    }
}
