package app.ember.cli;

import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import picocli.CommandLine.Command;

/** {@code labels --template avery-5160 --out FILE.pdf}: address labels for the selected leads. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Write address labels for the leads of a filter (hot, warm and cool by default) as a PDF "
                + "to print on a sheet of labels. Leads marked do-not-mail or without a complete address for "
                + "their country are left out and listed.")
final class LabelsCommand extends SheetCommand {
    @Override
    LabelTemplate.Kind kind() {
        return LabelTemplate.Kind.LABELS;
    }

    @Override
    MailDocuments.Rendered render(MailJob job) {
        return MailDocuments.labels(job);
    }

    @Override
    String summaryKey() {
        return "cli.mail.wroteLabels";
    }
}
