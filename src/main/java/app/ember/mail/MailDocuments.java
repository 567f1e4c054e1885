package app.ember.mail;

import app.ember.io.SafeFiles;
import app.ember.domain.Recipient;
import app.ember.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The mailing's PDFs: vector text in DejaVu Sans embedded as a subset, so every Latin, Greek and
 * Cyrillic name prints as it is written. Addresses are laid out by {@link PostalLines}. The caller
 * closes the documents; {@link #write} saves one safely.
 */
public final class MailDocuments {
    private MailDocuments() {
    }

    /** A rendered mailing; {@code overflows} names each piece whose text did not fit even at 8 pt. */
    public record Rendered(PDDocument document, List<String> overflows) {
        public Rendered {
            overflows = List.copyOf(overflows);
        }
    }

    /**
     * Address labels: each piece's block (name, company, address) on its label, 11 pt or smaller
     * down to 8 pt until it fits, 2 mm inside the label's edge. A block that does not fit even then
     * is cut to the label and named in {@link Rendered#overflows}. Works on postcard sheets too
     * (the address alone, centred on the card).
     *
     * @throws IllegalArgumentException when there is nobody to print for or startAt is not a label
     *                                  of the sheet
     */
    public static Rendered labels(MailJob job) {
        check(job);
        return render(job, Messages.format("maildoc.labels.documentTitle", job.template().name()),
                document -> LabelSheet.draw(document, job));
    }

    /**
     * Address sides of postcards: return address top left, stamp box top right, the recipient block.
     *
     * @throws IllegalArgumentException for a label sheet (a stamp box on a 1 in label makes no card),
     *                                  for no recipients or a startAt not on the sheet
     */
    public static Rendered postcards(MailJob job) {
        check(job);
        if (job.template().kind() != LabelTemplate.Kind.POSTCARDS) {
            throw new IllegalArgumentException(job.template().name() + " is a sheet of labels, not of postcards");
        }
        return render(job, Messages.format("maildoc.postcards.documentTitle", job.template().name()),
                document -> PostcardSheet.draw(document, job));
    }

    /**
     * A table of names and addresses with a box to tick, for hand-written cards: Letter paper for US
     * and Canadian locales, A4 elsewhere. Nothing ever overflows: long cells wrap to three lines.
     */
    public static Rendered mailingList(List<Recipient> recipients, String title, Sender sender, Locale locale) {
        PDDocument document = new PDDocument();
        try {
            MailingListSheet.draw(document, List.copyOf(recipients), title, sender == null ? Sender.NONE : sender,
                    locale == null ? Locale.getDefault() : locale);
            return new Rendered(document, List.of());
        } catch (IOException e) {
            closeQuietly(document);
            throw new UncheckedIOException("The mailing list could not be drawn: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    /** Every label's outline and a cross at its centre, moved by the offset: to hold against a sheet. */
    public static PDDocument alignmentPage(LabelTemplate template, double offsetX, double offsetY) {
        PDDocument document = new PDDocument();
        try {
            AlignmentSheet.draw(document, template, offsetX, offsetY);
            return document;
        } catch (IOException e) {
            closeQuietly(document);
            throw new UncheckedIOException("The alignment page could not be drawn: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    /** Saves {@code document} to {@code file}, replacing the file only once the whole PDF is written. */
    public static void write(PDDocument document, Path file) throws IOException {
        SafeFiles.savePdf(document, file);
    }

    private static void check(MailJob job) {
        if (job.template() == null) {
            throw new IllegalArgumentException("a mailing needs a label or postcard sheet");
        }
        if (job.recipients().isEmpty()) {
            throw new IllegalArgumentException("a mailing needs at least one recipient");
        }
        // Throws, naming the sheet's labels, when startAt is not one of them.
        job.template().slot(0, job.startAt());
    }

    /** Draws into a new document. */
    @FunctionalInterface
    private interface Drawing {
        List<String> draw(PDDocument document) throws IOException;
    }

    private static Rendered render(MailJob job, String title, Drawing drawing) {
        PDDocument document = new PDDocument();
        try {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Ember");
            return new Rendered(document, drawing.draw(document));
        } catch (IOException e) {
            closeQuietly(document);
            throw new UncheckedIOException("The " + job.template().name() + " sheets could not be drawn: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one worth reporting.
        }
    }
}
