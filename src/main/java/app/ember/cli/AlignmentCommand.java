package app.ember.cli;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.store.MailSettings;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code alignment --template T --out FILE.pdf}: a test page to find the printer's offset with. */
@Command(name = "alignment", mixinStandardHelpOptions = true,
        description = "Write the alignment test page of a sheet: every label's outline and a cross at its centre, "
                + "moved by the saved printer offset. Print it on plain paper at 100 % and hold it against a "
                + "sheet; set the offset with mail-settings until the crosses sit in the middle of the labels.")
final class AlignmentCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--template", required = true, paramLabel = "ID", description = "The sheet's id, e.g. avery-5160.")
    private String template;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path out;

    @Override
    public Integer call() {
        OutputFiles.checkFolder(out);
        try (Services services = Services.open(parent.book())) {
            LabelTemplate sheet = MailTemplates.requireAny(services.dataDir(), template);
            MailSettings settings = services.mailSettings().current();
            OutputFiles.savePdfAndClose(MailDocuments.alignmentPage(sheet, settings.offsetX(), settings.offsetY()),
                    out);
            PrintWriter print = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            print.println(Messages.format("cli.mail.alignment", out, sheet.id(), settings.offsetX(),
                    settings.offsetY()));
            print.flush();
            return Cli.OK;
        }
    }
}
