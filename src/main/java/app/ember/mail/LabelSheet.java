package app.ember.mail;

import app.ember.i18n.Messages;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Address labels: each piece's block centred on its label, as large as fits between 11 and 8 pt. */
final class LabelSheet {
    static final float MAX_SIZE = 11f;
    static final float MIN_SIZE = 8f;
    /** Between the label's edge and the text: room for a sheet fed a little askew. */
    static final double PADDING_MM = 2;

    /** 2 mm, less on mini labels (1 mm on a ½ in return-address label), where it would cost a line. */
    static double padding(LabelTemplate template) {
        return Math.min(PADDING_MM, template.labelHeight() * 0.08);
    }

    private LabelSheet() {
    }

    /**
     * Draws the job into {@code document}. A piece whose block does not fit its label even wrapped at
     * 8 pt is not printed at all (a label without its town or country would not arrive): it is left
     * out, the next piece takes its label, and it is named in what is returned.
     */
    static MailDocuments.Drawn draw(PDDocument document, MailJob job) throws IOException {
        PdfFonts fonts = PdfFonts.load(document);
        AddressPen pen = new AddressPen(fonts);
        String home = job.sender().homeCountry();
        LabelTemplate template = job.template();
        MailDocuments.Drawn drawn = sort(pen, job);
        PieceLayout.drawPieces(document, job.with(drawn.printed()), (stream, cell, recipient) ->
                pen.draw(stream, PostalLines.block(recipient, home), cell.inset(padding(template)), cell,
                        MAX_SIZE, MIN_SIZE, AddressPen.Place.CENTRED, AddressPen.INK));
        return drawn;
    }

    /** Which pieces fit their label and which are left out, and why, without drawing any. */
    static MailDocuments.Drawn sort(AddressPen pen, MailJob job) throws IOException {
        String home = job.sender().homeCountry();
        LabelTemplate template = job.template();
        Box sample = Box.of(template.cell(0), Box.pt(template.pageHeight())).inset(padding(template));
        return MailDocuments.Drawn.sort(job, recipient -> {
            TextFit.Fitted fitted = pen.measure(PostalLines.block(recipient, home), sample, MAX_SIZE, MIN_SIZE);
            return fitted.fits() ? null : reason(fitted, template.labelHeight());
        });
    }

    /** "7 lines do not fit on a 25.4 mm high label, even at 8 pt". */
    static String reason(TextFit.Fitted fitted, double heightMm) {
        String height = String.format(Locale.ROOT, "%.1f", heightMm);
        return fitted.problem() == TextFit.Problem.TOO_MANY_LINES
                ? Messages.format("maildoc.unfit.lines", fitted.wanted(), height)
                : Messages.format("maildoc.unfit.width", fitted.widest());
    }
}
