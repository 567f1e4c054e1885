package app.ember.mail;

import app.ember.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A test page for plain paper: every label's outline, a cross at its centre and its number, all
 * moved by the offset, with a few lines saying how to use it. Held against a sheet of labels to the
 * light, it shows at once whether (and by how much) the printer puts things off their place.
 */
final class AlignmentSheet {
    /** Kept between the instructions and the paper's edge, which printers do not reach. */
    private static final double EDGE_MM = 6;
    private static final double CROSS_MM = 3;
    private static final float TEXT = 8f;
    private static final float LINE = 10f;
    private static final Color OUTLINE = new Color(0x42, 0x42, 0x42);
    private static final Color MARK = new Color(0x75, 0x75, 0x75);
    private static final Color PANEL_LINE = new Color(0x9E, 0x9E, 0x9E);

    private AlignmentSheet() {
    }

    static void draw(PDDocument document, LabelTemplate template, double offsetX, double offsetY) throws IOException {
        PdfFonts fonts = PdfFonts.load(document);
        PDRectangle paper = PieceLayout.paper(template);
        document.getDocumentInformation().setTitle(Messages.format("maildoc.align.documentTitle", template.name()));
        document.getDocumentInformation().setCreator("Ember");
        PDPage page = new PDPage(paper);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            for (int index = 0; index < template.perSheet(); index++) {
                Box cell = Box.of(template.cell(index).moved(offsetX, offsetY), paper.getHeight());
                cellMarks(stream, fonts, cell, index + 1);
            }
            instructions(stream, fonts, template, offsetX, offsetY, paper);
        }
    }

    private static void cellMarks(PDPageContentStream stream, PdfFonts fonts, Box cell, int number) throws IOException {
        stream.setStrokingColor(OUTLINE);
        stream.setLineWidth(0.5f);
        stream.addRect(cell.left(), cell.bottom(), cell.width(), cell.height());
        stream.stroke();
        float x = cell.left() + cell.width() / 2;
        float y = cell.bottom() + cell.height() / 2;
        float arm = Box.pt(CROSS_MM);
        stream.setStrokingColor(MARK);
        stream.setLineWidth(0.4f);
        stream.moveTo(x - arm, y);
        stream.lineTo(x + arm, y);
        stream.moveTo(x, y - arm);
        stream.lineTo(x, y + arm);
        stream.stroke();
        stream.setNonStrokingColor(MARK);
        stream.beginText();
        stream.setFont(fonts.regular(), 7f);
        stream.newLineAtOffset(x + 2, y + 2);
        stream.showText(Integer.toString(number));
        stream.endText();
    }

    /**
     * In the deeper of the top and bottom margins when one is deep enough; otherwise in a white
     * panel in the middle of the page, over the inner labels: the outer ones, which show an offset
     * best, stay in view.
     */
    private static void instructions(PDPageContentStream stream, PdfFonts fonts, LabelTemplate template,
                                     double offsetX, double offsetY, PDRectangle paper) throws IOException {
        double top = template.marginTop() + offsetY;
        LabelTemplate.Cell last = template.cell(template.perSheet() - 1);
        double bottom = template.pageHeight() - last.bottom() - offsetY;
        float width = Math.min(paper.getWidth() - Box.pt(30), Box.pt(150));
        List<String> lines = lines(fonts, template, offsetX, offsetY, width);
        float height = lines.size() * LINE;
        float left = (paper.getWidth() - width) / 2;
        float panelTop;
        boolean panel = Box.pt(Math.max(top, bottom)) < height + 2 * Box.pt(EDGE_MM);
        if (!panel) {
            float band = Box.pt(Math.max(top, bottom));
            float bandTop = top >= bottom ? paper.getHeight() : band;
            panelTop = bandTop - (band - height) / 2;
        } else {
            panelTop = (paper.getHeight() + height) / 2;
            float pad = 8;
            stream.setNonStrokingColor(Color.WHITE);
            stream.addRect(left - pad, panelTop - height - pad, width + 2 * pad, height + 2 * pad);
            stream.fill();
            stream.setStrokingColor(PANEL_LINE);
            stream.setLineWidth(0.5f);
            stream.addRect(left - pad, panelTop - height - pad, width + 2 * pad, height + 2 * pad);
            stream.stroke();
        }
        float baseline = panelTop - TEXT;
        for (int index = 0; index < lines.size(); index++) {
            stream.setNonStrokingColor(AddressPen.INK);
            stream.beginText();
            stream.setFont(index == 0 ? fonts.bold() : fonts.regular(), TEXT);
            stream.newLineAtOffset(left, baseline);
            stream.showText(lines.get(index));
            stream.endText();
            baseline -= LINE;
        }
    }

    /** The title (one line, in bold) and the paragraphs broken to the width. */
    private static List<String> lines(PdfFonts fonts, LabelTemplate template, double offsetX, double offsetY,
                                      float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String title = fonts.printable(Messages.format("maildoc.align.title", template.name()), fonts.bold());
        lines.add(new TextFit(fonts.bold()).column(title, width, TEXT, 1).get(0));
        TextFit text = new TextFit(fonts.regular());
        for (String paragraph : List.of(
                Messages.format("maildoc.align.offset", signed(offsetX), signed(offsetY)),
                Messages.get("maildoc.align.howTo"),
                Messages.get("maildoc.align.fix"))) {
            lines.addAll(text.column(fonts.printable(paragraph, fonts.regular()), width, TEXT, 4));
        }
        return lines;
    }

    /** "+2.0", "−1.5", "0.0": the sign says which way, as the offset fields do. */
    private static String signed(double millimetres) {
        String value = String.format(Locale.ROOT, "%.1f", Math.abs(millimetres));
        return Math.abs(millimetres) < 0.05 ? value : (millimetres > 0 ? "+" : "−") + value;
    }
}
