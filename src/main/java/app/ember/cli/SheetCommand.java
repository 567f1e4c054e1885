package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.Recipient;
import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import app.ember.store.MailSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * labels and postcards: the selection printed on a sheet of a template, from a given label of a
 * partly used first sheet, moved by the saved printer offset.
 */
abstract class SheetCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Mixin
    private MailFilterOptions filters;

    @Option(names = "--template", required = true, paramLabel = "ID",
            description = "The sheet's id: avery-5160 (labels) or avery-5389 (postcards), for example; "
                    + "an unknown id lists the known ones.")
    private String template;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path out;

    @Option(names = "--start", paramLabel = "N", defaultValue = "1",
            description = "Begin at the Nth place of the first sheet, to use up a partly used one (default: 1).")
    private int start;

    abstract LabelTemplate.Kind kind();

    abstract MailDocuments.Rendered render(MailJob job);

    /** The summary's bundle key: {0} file, {1} pieces, {2} sheets, {3} template, {4} leads. */
    abstract String summaryKey();

    @Override
    public Integer call() {
        filters.check();
        if (start < 1) {
            throw new BadInputException(Messages.format("cli.mail.startBelowOne", start));
        }
        OutputFiles.checkFolder(out);
        try (Services services = Services.open(parent.book())) {
            LabelTemplate sheet = MailTemplates.require(services.dataDir(), template, kind());
            MailTemplates.checkStart(start, sheet);
            MailSettings settings = services.mailSettings().current();
            if (kind() == LabelTemplate.Kind.POSTCARDS && settings.sender().address().isEmpty()) {
                // Before anything is written: a card that cannot be delivered then cannot come back either.
                System.err.println(Messages.get("cli.mail.noReturnAddress"));
            }
            return MailingRun.run(services, filters, out, recipients -> {
                MailDocuments.Rendered rendered = render(new MailJob(recipients, sheet, start, settings.offsetX(),
                        settings.offsetY(), settings.sender()));
                OutputFiles.savePdfAndClose(rendered.document(), out);
                // Pieces that did not fit are left out of the sheets (and said so), not cut.
                List<Recipient> printed = recipients.stream()
                        .filter(r -> r.leadIds().stream().noneMatch(rendered.unprinted()::contains)).toList();
                int sheets = sheet.sheetsFor(printed.size(), start);
                return new MailingRun.Written(Messages.format(summaryKey(), out, printed.size(), sheets,
                        sheet.id(), MailingRun.leads(printed)), rendered.overflows(), rendered.unprinted());
            });
        }
    }
}
