package app.ember.cli;

import app.ember.app.Services;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export FILE}: every lead with its tags, preferences and history, as xlsx, CSV or vCard. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every lead (with tags, preferences, touches and notes) to xlsx, CSV or vCard.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path file;

    @Option(names = "--format", paramLabel = "xlsx|csv|vcf", description = "The format (default: by the file's ending).")
    private String format;

    @Override
    public Integer call() {
        FileFormat kind;
        try {
            kind = FileFormat.of(file, format);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        OutputFiles.checkFolder(file);
        try (Services services = Services.open(parent.book())) {
            int[] written = {0};
            OutputFiles.write(file, () -> written[0] = services.exportLeads(file, kind));
            System.out.println("exported " + written[0] + " leads to " + file
                    + (kind == FileFormat.CSV ? " (history: " + LeadExport.historyFile(file).getFileName() + ")" : ""));
            return Cli.OK;
        }
    }
}
