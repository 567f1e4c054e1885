package app.ember.cli;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.io.MailingCsv;
import app.ember.mail.MailDocuments;
import app.ember.store.MailSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mailing-list --out FILE.csv|FILE.pdf}: the selection as a mail-merge CSV or a list to tick off. */
@Command(name = "mailing-list", mixinStandardHelpOptions = true,
        description = "Write the names and addresses of the leads of a filter (hot, warm and cool by default): "
                + "a .csv for mail merge in a word processor or a label program, or a .pdf list with a box to tick "
                + "for hand-written cards. Leads marked do-not-mail or without a complete address are left out "
                + "and listed.")
final class MailingListCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Mixin
    private MailFilterOptions filters;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write; its ending says the kind: .csv or .pdf.")
    private Path out;

    @Override
    public Integer call() {
        filters.check();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".pdf")) {
            throw new BadInputException(Messages.format("cli.mail.badListFile", out));
        }
        OutputFiles.checkFolder(out);
        try (Services services = Services.open(parent.book())) {
            MailSettings settings = services.mailSettings().current();
            return MailingRun.run(services, filters, out, recipients -> {
                List<String> overflows = List.of();
                if (csv) {
                    OutputFiles.write(out, () -> MailingCsv.write(recipients, settings.sender().homeCountry(), out));
                } else {
                    String title = filters.campaign() == null ? Messages.get("cli.mail.listTitle")
                            : filters.campaign().strip();
                    MailDocuments.Rendered rendered = MailDocuments.mailingList(recipients, title, settings.sender(),
                            MailingRun.locale());
                    OutputFiles.savePdfAndClose(rendered.document(), out);
                    overflows = rendered.overflows();
                }
                return new MailingRun.Written(Messages.format("cli.mail.wroteList", out, recipients.size(),
                        MailingRun.leads(recipients)), overflows);
            });
        }
    }
}
