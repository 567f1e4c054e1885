package app.ember.mail;

import app.ember.domain.Recipient;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Puts a job's pieces on its sheets: piece i goes to the label {@link LabelTemplate#slot} names,
 * a new page starts when a sheet is full, and every cell is moved by the printer's offset.
 */
final class PieceLayout {
    private PieceLayout() {
    }

    /** Draws one piece in its cell. */
    @FunctionalInterface
    interface PieceDrawer {
        void draw(PDPageContentStream stream, Box cell, Recipient recipient) throws IOException;
    }

    static PDRectangle paper(LabelTemplate template) {
        return new PDRectangle(Box.pt(template.pageWidth()), Box.pt(template.pageHeight()));
    }

    static void drawPieces(PDDocument document, MailJob job, PieceDrawer drawer) throws IOException {
        LabelTemplate template = job.template();
        PDRectangle paper = paper(template);
        int sheet = -1;
        PDPageContentStream stream = null;
        try {
            for (int piece = 0; piece < job.recipients().size(); piece++) {
                LabelTemplate.Slot slot = template.slot(piece, job.startAt());
                if (slot.sheet() != sheet) {
                    if (stream != null) {
                        stream.close();
                    }
                    PDPage page = new PDPage(paper);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    sheet = slot.sheet();
                }
                LabelTemplate.Cell cell = template.cell(slot.cell()).moved(job.offsetX(), job.offsetY());
                drawer.draw(stream, Box.of(cell, paper.getHeight()), job.recipients().get(piece));
            }
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
