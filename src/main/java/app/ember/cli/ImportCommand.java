package app.ember.cli;

import app.ember.app.LeadImports;
import app.ember.app.Services;
import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.RowProblem;
import app.ember.domain.Table;
import app.ember.i18n.Messages;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import app.ember.io.TableFiles;
import app.ember.store.ImportBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import FILE}: leads (and their history) from xlsx, CSV or vCard, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import leads from an xlsx, CSV or vCard file, in one transaction: all of it or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--format", paramLabel = "xlsx|csv|vcf", description = "The file's format (default: by its ending).")
    private String format;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The xlsx sheet of leads (default: the first).")
    private String sheet;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Lines of header=field overriding the guessed columns (field 'ignore' leaves one out).")
    private Path mapping;

    @Option(names = "--history", paramLabel = "FILE_OR_SHEET",
            description = "The history: a sheet of the xlsx, or a CSV file (default: a sheet named History, or FILE-history.csv beside a CSV).")
    private String history;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|new", defaultValue = "skip",
            description = "A row matching a stored lead (e-mail, phone, or name and postcode): ${DEFAULT-VALUE} by default.")
    private String onDuplicate;

    @Option(names = "--default-country", paramLabel = "XX",
            description = "The country (ISO code, such as GB) of an address that names none (default: the return address's).")
    private String defaultCountry;

    @Option(names = "--dry-run", description = "Check and count, change nothing.")
    private boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "Import the good rows even when some are rejected (exit 2).")
    private boolean skipBadRows;

    @Override
    public Integer call() {
        DuplicatePolicy policy;
        try {
            policy = DuplicatePolicy.fromCode(onDuplicate);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--on-duplicate: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            FileFormat kind = FileFormat.of(file, format);
            List<Table> sheets = TableFiles.read(file, kind);
            Table leads = TableFiles.sheet(sheets, sheet, file);
            ColumnMapping columns = ColumnMapping.guess(leads);
            if (mapping != null) {
                columns = columns.with(overrides(mapping));
            }
            Table historyTable = historyTable(kind, sheets, leads);
            // Like every command that writes, the day's backup first; a dry run writes nothing.
            try (Services services = dryRun ? Services.open(parent.book(), parent.clock())
                    : Services.openToWrite(parent.book(), Cli::warn, parent.clock())) {
                LeadImports imports = services.imports();
                ImportPlan plan = imports.plan(leads, columns, historyTable, defaultCountry != null
                        ? defaultCountry(defaultCountry) : imports.homeCountry(), policy);
                ImportSummary planned = plan.summary();
                ImportReport.print(planned.problems(), leads.name(), System.out);
                if (dryRun) {
                    System.out.println("dry run, nothing changed: " + planned.line());
                    return plan.hasRejected() ? Cli.BAD_INPUT : Cli.OK;
                }
                if (plan.hasRejected() && !skipBadRows) {
                    System.out.println("imported 0, updated 0, skipped 0, rejected " + planned.rejected());
                    throw new BadInputException(planned.rejected() + " rows are rejected, so nothing was imported; "
                            + "fix them, or import the others with --skip-bad-rows");
                }
                ImportSummary done = imports.run(plan, ImportBook.Progress.NONE, () -> false);
                System.out.println(done.line());
                if (plan.hasRejected()) {
                    System.err.println("ember: " + done.rejected() + " rejected rows were left out (--skip-bad-rows)");
                    return Cli.BAD_INPUT;
                }
                return Cli.OK;
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private Table historyTable(FileFormat kind, List<Table> sheets, Table leads) {
        if (history != null) {
            Path other = Path.of(history);
            if (kind == FileFormat.XLSX && !Files.isRegularFile(other)) {
                return TableFiles.sheet(sheets, history, file);
            }
            if (!Files.isRegularFile(other)) {
                throw new BadInputException("--history: " + history + ": no such file");
            }
            List<Table> tables = TableFiles.read(other, FileFormat.of(other, null));
            return tables.get(0);
        }
        Table sheet = kind == FileFormat.XLSX ? TableFiles.historySheet(sheets, leads) : null;
        if (sheet != null) {
            return sheet;
        }
        Table beside = TableFiles.historyBeside(file, kind);
        if (beside != null) {
            System.out.println("history: " + LeadExport.historyFile(file).getFileName());
        }
        return beside;
    }

    private static Map<String, ImportField> overrides(Path mapping) {
        try {
            return ColumnMapping.parseOverrides(Files.readAllLines(mapping));
        } catch (IOException e) {
            throw new BadInputException("--mapping: cannot read " + mapping + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--mapping: " + mapping + ": " + e.getMessage());
        }
    }

    /** {@code row 12, column "E-mail": The e-mail address 'x' is not valid.} (with the sheet for history rows) */
    static String describe(RowProblem problem, String leadsSheet) {
        String where = problem.sheet().equals(leadsSheet) ? "" : "sheet \"" + problem.sheet() + "\", ";
        return where + "row " + problem.row() + ", column \"" + problem.column() + "\": " + text(problem.problem());
    }

    /** A problem in the user's words. */
    static String text(app.ember.domain.Problem problem) {
        return LeadImports.words(problem);
    }

    /** The default country: an ISO code or a country's name; refused when it is neither. */
    static String defaultCountry(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return app.ember.domain.ImportValues.country(text).orElseThrow(() ->
                new BadInputException("--default-country: '" + text + "' is not a country; give its ISO code, such as GB"));
    }
}
