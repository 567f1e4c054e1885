package app.ember.mail;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import app.ember.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The address side of postcards, laid out as the posts read a card: the return address small in the
 * top left corner, a box for the stamp in the top right, the recipient in the lower right half, and
 * the bottom 16 mm (USPS's 5/8 in barcode strip) left clear for the post's own printing.
 */
final class PostcardSheet {
    /** Printers do not reach a sheet's very edge, and cards are cut with some play. */
    private static final double EDGE_MM = 6;
    private static final double STAMP_WIDTH_MM = 22;
    private static final double STAMP_HEIGHT_MM = 26;
    private static final double BARCODE_STRIP_MM = 16;
    private static final double RIGHT_CLEAR_MM = 10;
    private static final float RETURN_MAX = 8f;
    private static final float RETURN_MIN = 6f;
    private static final Color RETURN_INK = new Color(0x42, 0x42, 0x42);
    private static final Color STAMP_LINE = new Color(0xBD, 0xBD, 0xBD);
    private static final Color STAMP_TEXT = new Color(0x9E, 0x9E, 0x9E);

    private PostcardSheet() {
    }

    static MailDocuments.Drawn draw(PDDocument document, MailJob job) throws IOException {
        PdfFonts fonts = PdfFonts.load(document);
        AddressPen pen = new AddressPen(fonts);
        String home = job.sender().homeCountry();
        String stamp = fonts.printable(Messages.get("maildoc.stamp"), fonts.regular());
        List<String> overflows = new ArrayList<>();
        boolean[] returnReported = {false};
        MailDocuments.Drawn drawn = sort(pen, job);
        PieceLayout.drawPieces(document, job.with(drawn.printed()), (stream, card, recipient) -> {
            Box stampBox = stampBox(card);
            drawStamp(stream, stampBox, stamp, fonts.regular());
            List<String> from = returnAddress(job.sender(), recipient);
            if (!from.isEmpty()) {
                TextFit.Fitted fitted = pen.draw(stream, from, returnArea(card), card, RETURN_MAX, RETURN_MIN,
                        AddressPen.Place.TOP_LEFT, RETURN_INK);
                if (!fitted.fits() && !returnReported[0]) {
                    overflows.add(Messages.format("maildoc.overflow.returnAddress", (int) RETURN_MIN));
                    returnReported[0] = true;
                }
            }
            pen.draw(stream, PostalLines.block(recipient, home), recipientArea(card, stampBox), card,
                    LabelSheet.MAX_SIZE, LabelSheet.MIN_SIZE, AddressPen.Place.CENTRED, AddressPen.INK);
        });
        overflows.addAll(drawn.overflows());
        return new MailDocuments.Drawn(drawn.printed(), overflows, drawn.unprinted());
    }

    /** Which cards take their address and which are left out, and why, without drawing any. */
    static MailDocuments.Drawn sort(AddressPen pen, MailJob job) throws IOException {
        String home = job.sender().homeCountry();
        LabelTemplate template = job.template();
        Box sampleCard = Box.of(template.cell(0), Box.pt(template.pageHeight()));
        Box sampleArea = recipientArea(sampleCard, stampBox(sampleCard));
        return MailDocuments.Drawn.sort(job, recipient -> {
            TextFit.Fitted fitted = pen.measure(PostalLines.block(recipient, home), sampleArea, LabelSheet.MAX_SIZE,
                    LabelSheet.MIN_SIZE);
            return fitted.fits() ? null : fitted.problem() == TextFit.Problem.TOO_MANY_LINES
                    ? Messages.format("maildoc.unfit.card", fitted.wanted())
                    : Messages.format("maildoc.unfit.width", fitted.widest());
        });
    }

    /**
     * The sender's name and address; its country line only when the card leaves the sender's
     * country, where the return address must say where to return it to.
     */
    static List<String> returnAddress(Sender sender, Recipient recipient) {
        List<String> lines = new ArrayList<>();
        if (!sender.name().isEmpty()) {
            lines.add(sender.name());
        }
        PostalAddress address = sender.address();
        if (!address.isEmpty()) {
            String destination = recipient.address().countryCode();
            lines.addAll(PostalLines.address(address, destination.isEmpty() ? address.countryCode() : destination));
        }
        return lines;
    }

    static Box stampBox(Box card) {
        float width = Box.pt(STAMP_WIDTH_MM);
        float height = Box.pt(STAMP_HEIGHT_MM);
        float edge = Box.pt(EDGE_MM);
        return new Box(card.right() - edge - width, card.top() - edge - height, width, height);
    }

    /** The top left quarter, less the edge: room for five short lines at 8 pt on the smallest card. */
    static Box returnArea(Box card) {
        float edge = Box.pt(EDGE_MM);
        return new Box(card.left() + edge, card.top() - card.height() * 0.4f, card.width() / 2 - edge - Box.pt(4),
                card.height() * 0.4f - edge);
    }

    /** Right of the middle, below the stamp, above the barcode strip. */
    static Box recipientArea(Box card, Box stamp) {
        float left = card.left() + card.width() / 2 + Box.pt(3);
        float right = card.right() - Box.pt(RIGHT_CLEAR_MM);
        float top = Math.min(card.top() - card.height() * 0.45f, stamp.bottom() - Box.pt(4));
        float bottom = card.bottom() + Box.pt(BARCODE_STRIP_MM);
        if (top - bottom < Box.pt(20)) {
            // A small custom card: the whole lower right quarter, the barcode strip included.
            return new Box(left, card.bottom() + Box.pt(EDGE_MM), right - left,
                    card.height() / 2 - Box.pt(EDGE_MM));
        }
        return new Box(left, bottom, right - left, top - bottom);
    }

    private static void drawStamp(PDPageContentStream stream, Box box, String text, PDFont font) throws IOException {
        stream.setStrokingColor(STAMP_LINE);
        stream.setLineWidth(0.5f);
        stream.addRect(box.left(), box.bottom(), box.width(), box.height());
        stream.stroke();
        float size = 7f;
        float width = PdfFonts.width(text, font, size);
        stream.setNonStrokingColor(STAMP_TEXT);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(box.left() + (box.width() - width) / 2, box.bottom() + box.height() / 2 - size * 0.35f);
        stream.showText(text);
        stream.endText();
    }
}
