package app.ember.ui.mailing;

import app.ember.domain.Recipient;
import app.ember.i18n.Messages;
import app.ember.io.MailingCsv;
import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import app.ember.mail.PdfPrinting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the mailing: writes it as PDF or CSV, prints it (keeping the PDF beside the data), prints
 * the alignment page, and records the postcards as sent. Everything runs off the FX thread; the
 * leads of the last run made are what "record as sent" logs.
 */
final class MailingRuns {
    private final MailingViewModel model;
    private final ReadOnlyListWrapper<Long> lastRun = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> overflows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    MailingRuns(MailingViewModel model) {
        this.model = model;
    }

    /** The whole run as a document: labels, postcards or the mailing list. */
    MailDocuments.Rendered render(List<Recipient> recipients) {
        MailingViewModel.Output output = model.outputProperty().get();
        if (output == MailingViewModel.Output.LIST) {
            return MailDocuments.mailingList(recipients, title(), model.senderProperty().get(),
                    Locale.getDefault(Locale.Category.FORMAT));
        }
        MailJob job = job(recipients);
        return output == MailingViewModel.Output.POSTCARDS ? MailDocuments.postcards(job) : MailDocuments.labels(job);
    }

    MailJob job(List<Recipient> recipients) {
        return new MailJob(recipients, model.templateProperty().get(), model.startAtProperty().get(),
                model.offsetXProperty().get(), model.offsetYProperty().get(), model.senderProperty().get());
    }

    private String title() {
        String campaign = model.campaignProperty().get().strip();
        return campaign.isEmpty() ? Messages.get("mailing.listTitle") : campaign;
    }

    /** Writes the PDF (labels, postcards or the list) to {@code file}. */
    void savePdf(Path file) {
        List<Recipient> recipients = model.recipients();
        run(() -> {
            Rendered written = write(recipients, file);
            return written;
        }, written -> done(recipients, written, Messages.format("mailing.saved", file.getFileName(), recipients.size())));
    }

    /** The mail-merge CSV. */
    void saveCsv(Path file) {
        List<Recipient> recipients = model.recipients();
        String home = model.senderProperty().get().homeCountry();
        run(() -> {
            MailingCsv.write(recipients, home, file);
            return new Rendered(List.of());
        }, written -> done(recipients, written, Messages.format("mailing.saved", file.getFileName(), recipients.size())));
    }

    /**
     * The system print dialog, at actual size. The printed PDF is kept in the data dir's "mailings"
     * folder, so a run can be printed again or checked later.
     */
    void print() {
        List<Recipient> recipients = model.recipients();
        Path kept = model.keptPrintFile();
        run(() -> {
            app.ember.files.PrivateFiles.createFolder(kept.getParent());
            MailDocuments.Rendered rendered = render(recipients);
            try (PDDocument document = rendered.document()) {
                saveTo(document, kept);
                boolean printed = PdfPrinting.printWithDialog(document, Messages.get("mailing.printJob"));
                return printed ? new Rendered(rendered.overflows(), rendered.unprinted()) : null;
            }
        }, printed -> {
            if (printed != null) {
                done(recipients, printed, Messages.format("mailing.printed", recipients.size(), kept.getFileName()));
            }
        });
    }

    /** The alignment page of the chosen sheet with the saved offset, to print on plain paper. */
    void printAlignment() {
        LabelTemplate template = model.templateProperty().get();
        double x = model.offsetXProperty().get();
        double y = model.offsetYProperty().get();
        run(() -> {
            try (PDDocument document = MailDocuments.alignmentPage(template, x, y)) {
                return PdfPrinting.printWithDialog(document, Messages.get("mailing.alignmentJob")) ? new Rendered(List.of())
                        : null;
            }
        }, printed -> {
            if (printed != null) {
                model.say(Messages.get("mailing.alignmentPrinted"));
            }
        });
    }

    void saveAlignment(Path file) {
        LabelTemplate template = model.templateProperty().get();
        double x = model.offsetXProperty().get();
        double y = model.offsetYProperty().get();
        run(() -> {
            try (PDDocument document = MailDocuments.alignmentPage(template, x, y)) {
                saveTo(document, file);
            }
            return new Rendered(List.of());
        }, saved -> model.say(Messages.format("mailing.savedPlain", file.getFileName())));
    }

    /**
     * Records the last run as sent, after asking: the question says how many leads move on (their
     * planned action was this postcard or letter) and how many keep their plan. Recorded, the run
     * can be taken back with Ctrl+Z as one step.
     *
     * @param question asked on the FX thread with the counts; false leaves everything as it was
     */
    void recordSent(MailingViewModel.SentQuestion question) {
        List<Long> leads = List.copyOf(lastRun);
        if (leads.isEmpty()) {
            return;
        }
        model.recordSent(leads, question, lastRun::clear, () -> lastRun.setAll(leads));
    }

    ReadOnlyListProperty<Long> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    ReadOnlyListProperty<String> overflowsProperty() {
        return overflows.getReadOnlyProperty();
    }

    private Rendered write(List<Recipient> recipients, Path file) throws IOException {
        MailDocuments.Rendered rendered = render(recipients);
        try (PDDocument document = rendered.document()) {
            saveTo(document, file);
        }
        return new Rendered(rendered.overflows(), rendered.unprinted());
    }

    /** Written beside the target and moved into place: a failed write never leaves half a file. */
    static void saveTo(PDDocument document, Path file) throws IOException {
        MailDocuments.write(document, file);
    }

    private void done(List<Recipient> recipients, Rendered rendered, String text) {
        List<Long> leads = new ArrayList<>();
        recipients.forEach(r -> leads.addAll(r.leadIds()));
        // A piece that did not fit was not printed: "record as sent" must not log it.
        leads.removeAll(rendered.unprinted());
        lastRun.setAll(leads);
        overflows.setAll(rendered.overflows());
        model.say(rendered.overflows().isEmpty() ? text
                : text + " " + Messages.format("mailing.overflowCount", rendered.overflows().size()));
    }

    /** What a run reports back to the FX thread: the pieces that did not fit, and their leads. */
    private record Rendered(List<String> overflows, List<Long> unprinted) {
        Rendered(List<String> overflows) {
            this(overflows, List.of());
        }
    }

    private interface Work {
        Rendered call() throws Exception;
    }

    private void run(Work work, java.util.function.Consumer<Rendered> after) {
        model.busy(true);
        model.offThread(work::call, result -> {
            model.busy(false);
            after.accept(result);
        }, error -> {
            model.busy(false);
            model.onFailure().accept(error);
        });
    }
}
