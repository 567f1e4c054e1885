package app.ember.cli;

import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import picocli.CommandLine.Command;

/** {@code postcards --template avery-5389 --out FILE.pdf}: the address sides of postcards. */
@Command(name = "postcards", mixinStandardHelpOptions = true,
        description = "Write the address sides of postcards (return address, stamp box, recipient) for the leads "
                + "of a filter (hot, warm and cool by default) as a PDF to print on postcard sheets. Leads marked "
                + "do-not-mail or without a complete address for their country are left out and listed.")
final class PostcardsCommand extends SheetCommand {
    @Override
    LabelTemplate.Kind kind() {
        return LabelTemplate.Kind.POSTCARDS;
    }

    @Override
    MailDocuments.Rendered render(MailJob job) {
        return MailDocuments.postcards(job);
    }

    @Override
    String summaryKey() {
        return "cli.mail.wrotePostcards";
    }
}
