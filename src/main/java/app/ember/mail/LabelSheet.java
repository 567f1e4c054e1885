package app.ember.mail;

import app.ember.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Address labels: each piece's block centred on its label, as large as fits between 11 and 8 pt. */
final class LabelSheet {
    static final float MAX_SIZE = 11f;
    static final float MIN_SIZE = 8f;
    /** Between the label's edge and the text: room for a sheet fed a little askew. */
    static final double PADDING_MM = 2;

    private LabelSheet() {
    }

    /** Draws the job into {@code document}; returns what did not fit, one entry per piece. */
    static List<String> draw(PDDocument document, MailJob job) throws IOException {
        PdfFonts fonts = PdfFonts.load(document);
        AddressPen pen = new AddressPen(fonts);
        String home = job.sender().homeCountry();
        List<String> overflows = new ArrayList<>();
        PieceLayout.drawPieces(document, job, (stream, cell, recipient) -> {
            TextFit.Fitted fitted = pen.draw(stream, PostalLines.block(recipient, home), cell.inset(PADDING_MM), cell,
                    MAX_SIZE, MIN_SIZE, AddressPen.Place.CENTRED, AddressPen.INK);
            if (!fitted.fits()) {
                overflows.add(overflow(recipient.addressee(), fitted, job.template().labelHeight()));
            }
        });
        return overflows;
    }

    /** "Anna Smith: 7 lines do not fit on a 25.4 mm high label, even at 8 pt". */
    static String overflow(String who, TextFit.Fitted fitted, double heightMm) {
        String height = String.format(Locale.ROOT, "%.1f", heightMm);
        return fitted.problem() == TextFit.Problem.TOO_MANY_LINES
                ? Messages.format("maildoc.overflow.lines", who, fitted.wanted(), height)
                : Messages.format("maildoc.overflow.width", who, fitted.widest());
    }
}
