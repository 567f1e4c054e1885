package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Sender;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Printing for real, through CUPS to its PDF printer: what the printer receives is read back. It runs
 * where a CUPS printer named "PDF" (cups-pdf) is set up, as CI does (see .ci/run); elsewhere it is
 * skipped with the reason.
 */
class CupsPrintingTest {
    /** Where cups-pdf puts what it prints, by default: ~/PDF of the user who printed. */
    private static final Path OUT = Path.of(System.getProperty("user.home"), "PDF");

    @Test
    void aDocumentPrintedOnTheCupsPdfPrinterComesOutAtActualSizeWithItsTextWhereItWasDrawn() throws Exception {
        Optional<PrintService> printer = PdfPrinting.printer("PDF");
        Assumptions.assumeTrue(printer.isPresent(), "no CUPS printer named PDF here (CI installs cups-pdf; "
                + "see .ci/run): printing is not tested on this machine");
        Set<Path> before = pdfs();
        String marker = "Ember print check " + System.nanoTime();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(marker);
                content.endText();
            }
            PdfPrinting.printTo(document, printer.get(), "Ember print check");
        }
        Path printed = waitForNewPdf(before);
        try (PDDocument result = Loader.loadPDF(printed.toFile())) {
            assertEquals(1, result.getNumberOfPages());
            PDRectangle size = result.getPage(0).getMediaBox();
            assertEquals(595, Math.round(size.getWidth()), "A4 width, not scaled to another paper");
            // Java's printing draws text as shapes, so the printout is looked at, not read: at 72 dpi a
            // pixel is a point, and the line must stand where it was drawn (actual size, no shift).
            BufferedImage image = new PDFRenderer(result).renderImage(0, 1f);
            assertTrue(inked(image, 72, 128, 300, 146), "the line of text at 1 in from the left, 142 pt down");
            assertFalse(inked(image, 0, 0, 60, 840), "nothing left of the text's margin");
            assertFalse(inked(image, 0, 160, 595, 840), "nothing below the line");
        }
    }

    @Test
    void aLabelSheetPrintedOnTheCupsPdfPrinterKeepsEachAddressOnItsLabel() throws Exception {
        Optional<PrintService> printer = PdfPrinting.printer("PDF");
        Assumptions.assumeTrue(printer.isPresent(), "no CUPS printer named PDF here (CI installs cups-pdf; "
                + "see .ci/run): printing is not tested on this machine");
        LabelTemplate sheet = LabelTemplates.load(null).find("avery-l7160").orElseThrow(); // A4, as cups-pdf prints
        Set<Path> before = pdfs();
        MailDocuments.Rendered labels = MailDocuments.labels(new MailJob(MailFixtures.recipients(2), sheet, 5, 0, 0,
                Sender.NONE));
        try (PDDocument document = labels.document()) {
            PdfPrinting.printTo(document, printer.get(), "Ember label check");
        }
        Path printed = waitForNewPdf(before);
        try (PDDocument result = Loader.loadPDF(printed.toFile())) {
            BufferedImage image = new PDFRenderer(result).renderImage(0, 1f);
            // Labels 5 and 6 carry the two addresses; every other label of the sheet stays blank.
            for (int index = 0; index < sheet.perSheet(); index++) {
                LabelTemplate.Cell cell = sheet.cell(index);
                boolean inked = inked(image, points(cell.left()), points(cell.top()), points(cell.right()),
                        points(cell.bottom()));
                assertEquals(index == 4 || index == 5, inked, "label " + (index + 1) + " of the printout");
            }
        }
    }

    private static int points(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 72);
    }

    /** Whether any pixel in the box (in points from the top-left) is dark. */
    private static boolean inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path waitForNewPdf(Set<Path> before) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Path> fresh = pdfs().stream().filter(p -> !before.contains(p)).toList();
            // cups-pdf writes the file and then closes it; a size that stays put means it is done.
            if (!fresh.isEmpty()) {
                Path file = fresh.get(0);
                long size = Files.size(file);
                Thread.sleep(500);
                if (size > 0 && size == Files.size(file)) {
                    return file;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing came out of the PDF printer in " + OUT + " within 60 s");
    }

    private static Set<Path> pdfs() throws IOException {
        if (!Files.isDirectory(OUT)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(OUT)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }
}
