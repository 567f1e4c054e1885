package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import app.ember.mail.Glyphs.Glyph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mailing's PDFs read back with PDFBox: where every glyph landed, measured against the sheet's
 * published geometry, not only that a file came out.
 */
class MailDocumentsTest {
    private static final float TOLERANCE = 0.01f;
    private static final LabelTemplates TEMPLATES = LabelTemplates.load(null);

    @TempDir
    Path folder;

    /**
     * Every sheet whose labels hold the fixtures' five-line blocks; mini labels (5167, L7651) hold
     * only short ones and leave the rest out, as LabelFitTest checks.
     */
    static Stream<LabelTemplate> everyTemplate() {
        return TEMPLATES.all().stream().filter(template -> template.labelHeight() >= 25);
    }

    static Stream<LabelTemplate> postcardTemplates() {
        return TEMPLATES.all(LabelTemplate.Kind.POSTCARDS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void everyGlyphOfEveryPieceLiesInsideItsOwnLabel(LabelTemplate template) throws IOException {
        MailJob job = job(MailFixtures.recipients(2 * template.perSheet() - 1), template, 1, 0, 0);

        try (PDDocument document = labels(job)) {
            Map<Integer, List<Glyph>> pieces = glyphsByPiece(job, document);

            for (int piece = 0; piece < job.recipients().size(); piece++) {
                Recipient recipient = job.recipients().get(piece);
                assertEquals(compact(PostalLines.block(recipient, "DE")), text(pieces.get(piece)),
                        "piece " + (piece + 1) + " on " + template.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void thePrinterOffsetMovesEveryGlyphByExactlyThatMuch(LabelTemplate template) throws IOException {
        List<Recipient> recipients = MailFixtures.recipients(template.perSheet() + 2);
        MailJob still = job(recipients, template, 1, 0, 0);
        MailJob moved = job(recipients, template, 1, 2, -1.5);

        try (PDDocument before = labels(still); PDDocument after = labels(moved)) {
            glyphsByPiece(moved, after);
            assertMovedBy(before, after, 2, -1.5);
        }
        if (template.kind() == LabelTemplate.Kind.POSTCARDS) {
            try (PDDocument before = MailDocuments.postcards(still).document();
                 PDDocument after = MailDocuments.postcards(moved).document()) {
                glyphsByPiece(moved, after);
                assertMovedBy(before, after, 2, -1.5);
            }
        }
    }

    private static void assertMovedBy(PDDocument before, PDDocument after, double right, double down)
            throws IOException {
        List<Glyph> from = Glyphs.read(before).stream().flatMap(List::stream).toList();
        List<Glyph> to = Glyphs.read(after).stream().flatMap(List::stream).toList();
        assertEquals(from.size(), to.size());
        for (int index = 0; index < from.size(); index++) {
            assertEquals(Box.pt(right), to.get(index).x() - from.get(index).x(), TOLERANCE, "moved right");
            assertEquals(Box.pt(down), to.get(index).baseline() - from.get(index).baseline(), TOLERANCE, "moved down");
            assertEquals(from.get(index).size(), to.get(index).size());
        }
    }

    @Test
    void startingAtLabelFiveLeavesTheFirstFourEmpty() throws IOException {
        LabelTemplate avery = template("avery-5160");
        MailJob job = job(MailFixtures.recipients(30), avery, 5, 0, 0);

        try (PDDocument document = labels(job)) {
            assertEquals(2, document.getNumberOfPages(), "30 pieces from label 5 run onto a second sheet");
            List<List<Glyph>> pages = Glyphs.read(document);
            for (int cell = 0; cell < 4; cell++) {
                int index = cell;
                assertTrue(pages.get(0).stream().noneMatch(glyph -> centredIn(glyph, avery.cell(index))),
                        "label " + (cell + 1) + " stays empty");
            }
            Map<Integer, List<Glyph>> pieces = glyphsByPiece(job, document);
            assertTrue(text(pieces.get(0)).startsWith(compact(List.of("Łucja Wróbel 1"))));
            assertEquals(new LabelTemplate.Slot(0, 4), avery.slot(0, 5));
            assertEquals(new LabelTemplate.Slot(1, 3), avery.slot(29, 5));
            assertTrue(pages.get(1).stream().noneMatch(glyph -> centredIn(glyph, avery.cell(4))),
                    "the second sheet ends after its fourth label");
        }
    }

    @Test
    void aLongCompanyNameShrinksTheBlockButNeverBelowEightPoints() throws IOException {
        Recipient plain = MailFixtures.person("Jana Nowak", "",
                new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"));
        Recipient longCompany = MailFixtures.person("Hanna Kowalska", "Blumenhaus Wróbel & Töchter KG",
                new PostalAddress("Hauptstraße 7", "", "Berlin", "", "10115", "DE"));
        MailJob job = job(List.of(plain, longCompany), template("avery-5160"), 1, 0, 0);

        MailDocuments.Rendered rendered = MailDocuments.labels(job);
        try (PDDocument document = rendered.document()) {
            assertEquals(List.of(), rendered.overflows());
            Map<Integer, List<Glyph>> pieces = glyphsByPiece(job, document);
            assertTrue(pieces.get(0).stream().allMatch(glyph -> glyph.size() == 11f), "a short block at 11 pt");
            List<Glyph> shrunk = pieces.get(1);
            float size = shrunk.get(0).size();
            assertTrue(size < 11f && size >= 8f, "shrunk to " + size);
            assertTrue(shrunk.stream().allMatch(glyph -> glyph.size() == size), "one size for the whole block");
            assertTrue(text(shrunk).contains(compact(List.of("Blumenhaus Wróbel & Töchter KG"))));
            long lines = shrunk.stream().map(Glyph::baseline).distinct().count();
            assertEquals(4, lines, "the company kept on one line");
        }
    }

    @Test
    void aBlockThatCannotFitIsLeftOutAndReportedWithItsLead() throws IOException {
        Recipient huge = MailFixtures.person("Łucja Wróbel", "Kwiaciarnia i Pracownia Florystyczna Łucja Wróbel "
                        + "i Wspólnicy Spółka z ograniczoną odpowiedzialnością Oddział w Krakowie",
                new PostalAddress("ul. Floriańska 12/4", "Oficyna, II piętro", "Kraków", "", "31-019", "PL"));
        List<Recipient> recipients = new ArrayList<>(MailFixtures.recipients(3));
        recipients.add(huge);
        MailJob job = job(recipients, template("avery-5160"), 1, 0, 0);

        MailDocuments.Rendered rendered = MailDocuments.labels(job);
        try (PDDocument document = rendered.document()) {
            assertEquals(1, rendered.overflows().size(), rendered.overflows().toString());
            String overflow = rendered.overflows().get(0);
            assertTrue(overflow.startsWith("Łucja Wróbel (lead #1): "), overflow);
            assertTrue(overflow.contains("lines do not fit"), overflow);
            Map<Integer, List<Glyph>> pieces = glyphsByPiece(job(recipients.subList(0, 3), template("avery-5160"), 1,
                    0, 0), document);
            assertEquals(3, pieces.size(), "only the three that fit are on the sheet");
        }
    }

    @Test
    void accentedNamesPrintAsTheyAreWrittenNeverAsQuestionMarks() throws IOException {
        MailJob job = job(MailFixtures.recipients(9), template("avery-l7160"), 1, 0, 0);

        try (PDDocument document = labels(job)) {
            String text = new PDFTextStripper().getText(document);
            for (String name : List.of("Łucja Wróbel", "Ólafur Þórsson", "Zoë Ă Ș", "Chloé Lefèvre", "Jürgen Müller",
                    "ÉMILIE TREMBLAY", "Flori Ștefănescu SRL", "030031 BUCUREȘTI", "101 REYKJAVÍK")) {
                assertTrue(text.contains(name), name + " in " + text);
            }
            assertFalse(text.contains("?"), text);
        }
    }

    @Test
    void accentsTypedAsCombiningMarksPrintComposed() throws IOException {
        Recipient decomposed = MailFixtures.person("Chloe\u0301 Lefe\u0300vre", "",
                new PostalAddress("12 rue des Lilas", "", "Paris", "", "75008", "FR"));

        try (PDDocument document = labels(job(List.of(decomposed), template("avery-5160"), 1, 0, 0))) {
            assertTrue(new PDFTextStripper().getText(document).contains("Chloé Lefèvre"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postcardTemplates")
    void postcardsPutTheReturnAddressTopLeftAndTheRecipientInTheLowerRightHalf(LabelTemplate template)
            throws IOException {
        MailJob job = job(MailFixtures.recipients(2 * template.perSheet() - 1), template, 1, 0, 0);

        MailDocuments.Rendered rendered = MailDocuments.postcards(job);
        try (PDDocument document = rendered.document()) {
            assertEquals(List.of(), rendered.overflows());
            Map<Integer, List<Glyph>> pieces = glyphsByPiece(job, document);
            for (int piece = 0; piece < job.recipients().size(); piece++) {
                Recipient recipient = job.recipients().get(piece);
                LabelTemplate.Cell card = template.cell(template.slot(piece, 1).cell());
                List<Glyph> glyphs = pieces.get(piece);
                String stamp = compact(List.of("Stamp"));
                String from = compact(PostcardSheet.returnAddress(MailFixtures.MUNICH, recipient));
                String to = compact(PostalLines.block(recipient, "DE"));
                assertEquals(stamp + from + to, text(glyphs), "piece " + (piece + 1));

                float middle = Box.pt(card.left() + card.width() / 2);
                float upperPart = Box.pt(card.top() + card.height() * 0.4);
                List<Glyph> stampGlyphs = glyphs.subList(0, stamp.length());
                List<Glyph> fromGlyphs = glyphs.subList(stamp.length(), stamp.length() + from.length());
                List<Glyph> toGlyphs = glyphs.subList(stamp.length() + from.length(), glyphs.size());
                assertTrue(stampGlyphs.stream().allMatch(g -> g.x() > middle && g.bottom() < upperPart),
                        "stamp top right");
                assertTrue(fromGlyphs.stream().allMatch(g -> g.right() < middle && g.bottom() < upperPart),
                        "return address top left");
                assertTrue(toGlyphs.stream().allMatch(g -> g.x() > middle), "recipient in the right half");
                assertTrue(toGlyphs.stream().allMatch(g -> g.top() > Box.pt(card.top() + card.height() * 0.4)),
                        "recipient in the lower part");
                assertTrue(toGlyphs.stream().allMatch(g -> g.bottom() < Box.pt(card.bottom() - 15.8)),
                        "the 5/8 in barcode strip stays clear");
                assertTrue(fromGlyphs.stream().allMatch(g -> g.size() <= 8f), "the return address is small");
            }
        }
    }

    @Test
    void theReturnAddressNamesItsCountryOnlyOnCardsGoingAbroad() {
        Recipient berlin = MailFixtures.person("Jana Nowak", "",
                new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"));
        Recipient paris = MailFixtures.recipients(5).get(4);

        assertEquals(List.of("Blumen Anna", "Gartenweg 3", "80331 MÜNCHEN"),
                PostcardSheet.returnAddress(MailFixtures.MUNICH, berlin));
        assertEquals(List.of("Blumen Anna", "Gartenweg 3", "80331 MÜNCHEN", "GERMANY"),
                PostcardSheet.returnAddress(MailFixtures.MUNICH, paris));
        assertEquals(List.of(), PostcardSheet.returnAddress(Sender.NONE, paris));
    }

    @Test
    void withoutASenderACardHasNoReturnAddressAndAlwaysItsCountryLine() throws IOException {
        Recipient berlin = MailFixtures.person("Jana Nowak", "",
                new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"));
        MailJob job = new MailJob(List.of(berlin), template("a6-a4"), 1, 0, 0, null);

        try (PDDocument document = MailDocuments.postcards(job).document()) {
            assertEquals(compact(List.of("Stamp", "Jana Nowak", "Hauptstraße 5", "10115 BERLIN", "GERMANY")),
                    text(glyphsByPiece(job, document).get(0)));
        }
    }

    @Test
    void postcardsAreRefusedOnALabelSheetAndJobsAreChecked() {
        LabelTemplate avery = template("avery-5160");
        List<Recipient> one = MailFixtures.recipients(1);

        assertThrows(IllegalArgumentException.class, () -> MailDocuments.postcards(job(one, avery, 1, 0, 0)));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> MailDocuments.labels(job(one, avery, 31, 0, 0)));
        assertTrue(late.getMessage().contains("1 to 30"), late.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MailDocuments.labels(job(one, avery, 0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> MailDocuments.labels(job(List.of(), avery, 1, 0, 0)));
    }

    @Test
    void theMailingListListsEveryRecipientWithItsHeaderAndNumberOnEveryPage() throws IOException {
        List<Recipient> recipients = MailFixtures.recipients(150);

        MailDocuments.Rendered rendered = MailDocuments.mailingList(recipients, "Spring cards", MailFixtures.MUNICH,
                Locale.UK);
        try (PDDocument document = rendered.document()) {
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.1);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            for (Recipient recipient : recipients) {
                assertTrue(all.contains(recipient.addressee() + " "), recipient.addressee());
            }
            assertTrue(all.contains("Spring cards"));
            assertTrue(all.contains("150 pieces · from Blumen Anna"), all.substring(0, 200));
            // Wrapped in its column: compared without the line breaks.
            assertTrue(all.replaceAll("\\s", "").contains(compact(List.of(
                    "410 N MICHIGAN AVE, SUITE 200, CHICAGO IL 60611, UNITED STATES"))));
            assertTrue(all.contains("Hauptstraße 5, 10115 BERLIN"));
            assertFalse(all.contains("BERLIN, GERMANY"), "no country line for the home country");
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Name") && text.contains("Company") && text.contains("Address"),
                        "header on page " + page);
                assertTrue(text.contains(page + " / " + pages), "page number on page " + page);
            }
        }
    }

    @Test
    void theMailingListIsOnLetterPaperInTheUsAndCanada() throws IOException {
        for (Locale locale : List.of(Locale.US, Locale.CANADA_FRENCH)) {
            try (PDDocument document = MailDocuments.mailingList(MailFixtures.recipients(3), "Cards", Sender.NONE,
                    locale).document()) {
                assertEquals(PDRectangle.LETTER.getHeight(), document.getPage(0).getMediaBox().getHeight(), 0.1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void theAlignmentPageNumbersEveryMovedLabelAndSaysWhatToDo(LabelTemplate template) throws IOException {
        try (PDDocument document = MailDocuments.alignmentPage(template, 2, -1.5)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(Box.pt(template.pageWidth()), document.getPage(0).getMediaBox().getWidth(), TOLERANCE);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("plain paper"), text);
            assertTrue(text.contains("+2.0 mm right, −1.5 mm down"), text);
            List<Glyph> numbers = Glyphs.read(document).get(0).stream().filter(glyph -> glyph.size() == 7f).toList();
            for (int index = 0; index < template.perSheet(); index++) {
                LabelTemplate.Cell cell = template.cell(index).moved(2, -1.5);
                String inCell = numbers.stream().filter(glyph -> inside(glyph, cell, TOLERANCE))
                        .map(Glyph::text).collect(Collectors.joining());
                assertEquals(Integer.toString(index + 1), inCell, "the number of label " + (index + 1));
            }
        }
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = folder.resolve("labels.pdf");
        Files.writeString(file, "an older file");

        try (PDDocument document = labels(job(MailFixtures.recipients(3), template("avery-5160"), 1, 0, 0))) {
            MailDocuments.write(document, file);
        }

        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static MailJob job(List<Recipient> recipients, LabelTemplate template, int startAt, double dx, double dy) {
        return new MailJob(recipients, template, startAt, dx, dy, MailFixtures.MUNICH);
    }

    private static LabelTemplate template(String id) {
        return TEMPLATES.find(id).orElseThrow();
    }

    private static PDDocument labels(MailJob job) {
        MailDocuments.Rendered rendered = MailDocuments.labels(job);
        assertEquals(List.of(), rendered.overflows(), "nothing overflows");
        return rendered.document();
    }

    /**
     * Every glyph, each checked to lie wholly inside the label (moved by the job's offset) of the
     * piece printed there, grouped by piece: a glyph outside every label, in an empty label or
     * across a label's edge fails the test.
     */
    private static Map<Integer, List<Glyph>> glyphsByPiece(MailJob job, PDDocument document) throws IOException {
        LabelTemplate template = job.template();
        List<List<Glyph>> pages = Glyphs.read(document);
        assertEquals(template.sheetsFor(job.recipients().size(), job.startAt()), pages.size(), "sheets");
        Map<String, Integer> pieceAt = new HashMap<>();
        for (int piece = 0; piece < job.recipients().size(); piece++) {
            LabelTemplate.Slot slot = template.slot(piece, job.startAt());
            pieceAt.put(slot.sheet() + "/" + slot.cell(), piece);
        }
        Map<Integer, List<Glyph>> pieces = new HashMap<>();
        for (int sheet = 0; sheet < pages.size(); sheet++) {
            for (Glyph glyph : pages.get(sheet)) {
                LabelTemplate.Cell cell = null;
                for (int index = 0; index < template.perSheet() && cell == null; index++) {
                    LabelTemplate.Cell candidate = template.cell(index).moved(job.offsetX(), job.offsetY());
                    if (contains(candidate, glyph.centreX(), glyph.centreY())) {
                        cell = candidate;
                    }
                }
                assertNotNull(cell, "'" + glyph.text() + "' on sheet " + (sheet + 1) + " lies in no label: " + glyph);
                Integer piece = pieceAt.get(sheet + "/" + cell.index());
                assertNotNull(piece, "'" + glyph.text() + "' in label " + (cell.index() + 1) + ", which is empty");
                assertTrue(inside(glyph, cell, TOLERANCE), "'" + glyph.text() + "' crosses the edge of label "
                        + (cell.index() + 1) + " on sheet " + (sheet + 1) + ": " + glyph + " " + cell);
                pieces.computeIfAbsent(piece, p -> new ArrayList<>()).add(glyph);
            }
        }
        assertEquals(job.recipients().size(), pieces.size(), "every piece printed");
        return pieces;
    }

    private static boolean centredIn(Glyph glyph, LabelTemplate.Cell cell) {
        return contains(cell, glyph.centreX(), glyph.centreY());
    }

    private static boolean contains(LabelTemplate.Cell cell, float x, float y) {
        return x >= Box.pt(cell.left()) && x <= Box.pt(cell.right()) && y >= Box.pt(cell.top())
                && y <= Box.pt(cell.bottom());
    }

    private static boolean inside(Glyph glyph, LabelTemplate.Cell cell, float tolerance) {
        return glyph.x() >= Box.pt(cell.left()) - tolerance && glyph.right() <= Box.pt(cell.right()) + tolerance
                && glyph.top() >= Box.pt(cell.top()) - tolerance && glyph.bottom() <= Box.pt(cell.bottom()) + tolerance;
    }

    private static String text(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
    }

    private static String compact(List<String> lines) {
        return String.join("", lines).replaceAll("\\s", "");
    }
}
