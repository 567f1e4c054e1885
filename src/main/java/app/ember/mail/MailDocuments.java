package app.ember.mail;

import app.ember.domain.Recipient;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/** SKELETON (helper A): the mailing's PDFs. The caller closes the documents. */
public final class MailDocuments {
    private MailDocuments() {
    }

    /** A rendered mailing; {@code overflows} names each piece whose text did not fit even at 8 pt. */
    public record Rendered(PDDocument document, List<String> overflows) {
    }

    public static Rendered labels(MailJob job) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Address sides of postcards: return address top left, stamp box top right, the recipient block. */
    public static Rendered postcards(MailJob job) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** A table of names and addresses with a box to tick, for hand-written cards. */
    public static Rendered mailingList(List<Recipient> recipients, String title, Sender sender, Locale locale) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Every label's outline and a cross at its centre, moved by the offset: to hold against a sheet. */
    public static PDDocument alignmentPage(LabelTemplate template, double offsetX, double offsetY) {
        throw new UnsupportedOperationException("skeleton");
    }
}
