package app.ember.mail;

import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import app.ember.files.SafeFiles;
import app.ember.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The mailing's PDFs: vector text in DejaVu Sans embedded as a subset, so every Latin, Greek and
 * Cyrillic name prints as it is written. Addresses are laid out by {@link PostalLines}. The caller
 * closes the documents; {@link #write} saves one safely.
 */
public final class MailDocuments {
    private MailDocuments() {
    }

    /**
     * A rendered mailing.
     *
     * @param overflows  what did not fit, one line each: a piece left out ("Anna Smith (lead 12): 7 lines
     *                   do not fit ...") or a return address cut to its corner
     * @param unprinted  the leads of the pieces left out because they did not fit: not printed, so not sent
     */
    public record Rendered(PDDocument document, List<String> overflows, List<Long> unprinted) {
        public Rendered {
            overflows = List.copyOf(overflows);
            unprinted = List.copyOf(unprinted);
        }

        public Rendered(PDDocument document, List<String> overflows) {
            this(document, overflows, List.of());
        }
    }

    /**
     * Which pieces of a run of labels or postcards will print, and which are left out because they do
     * not fit, with why; nothing is drawn (the preview lays out its sheet from the pieces that print).
     */
    public static Drawn fitting(MailJob job, boolean postcards) {
        try (PDDocument scratch = new PDDocument()) {
            AddressPen pen = new AddressPen(PdfFonts.load(scratch));
            return postcards ? PostcardSheet.sort(pen, job) : LabelSheet.sort(pen, job);
        } catch (IOException e) {
            throw new UncheckedIOException("The pieces could not be measured: " + e.getMessage(), e);
        }
    }

    /** The pieces a sheet prints and those it leaves out because they do not fit, with why. */
    public record Drawn(List<Recipient> printed, List<String> overflows, List<Long> unprinted) {
        /** Why a piece does not fit, or null when it does. */
        @FunctionalInterface
        interface Check {
            String unfit(Recipient recipient) throws IOException;
        }

        static Drawn sort(MailJob job, Check check) throws IOException {
            List<Recipient> printed = new ArrayList<>();
            List<String> overflows = new ArrayList<>();
            List<Long> unprinted = new ArrayList<>();
            for (Recipient recipient : job.recipients()) {
                String reason = check.unfit(recipient);
                if (reason == null) {
                    printed.add(recipient);
                } else {
                    overflows.add(Messages.format("maildoc.unfit", recipient.addressee(),
                            recipient.leadIds().stream().map(String::valueOf)
                                    .collect(Collectors.joining(", #", "#", "")), reason));
                    unprinted.addAll(recipient.leadIds());
                }
            }
            return new Drawn(printed, overflows, unprinted);
        }
    }

    /**
     * Address labels: each piece's block (name, company, address) on its label, 11 pt or smaller
     * down to 8 pt until it fits, then wrapped between words, 2 mm inside the label's edge. A block
     * that does not fit even then is not printed (never cut: a label without its town does not
     * arrive) and named with its lead and the reason in {@link Rendered#overflows}. Works on postcard sheets too
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
        Drawn draw(PDDocument document) throws IOException;
    }

    private static Rendered render(MailJob job, String title, Drawing drawing) {
        PDDocument document = new PDDocument();
        try {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Ember");
            Drawn drawn = drawing.draw(document);
            if (document.getNumberOfPages() == 0) {
                // Nothing fitted: an empty sheet rather than a file no viewer opens.
                document.addPage(new PDPage(PieceLayout.paper(job.template())));
            }
            return new Rendered(document, drawn.overflows(), drawn.unprinted());
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
