package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportPeriod;
import app.ember.io.ReportTables;
import app.ember.mail.ReportSheet;
import app.ember.store.ReportBook;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code report}: is the follow-up working? The Reports screen's figures, over the same queries. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print how the follow-up is going for a period: touches and minutes against the budget, "
                + "first responses inside their window, leads never contacted or neglected, what works, and how "
                + "temperatures moved. Optionally write the whole report as a PDF.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--week", paramLabel = "WEEK", description = "An ISO week, e.g. 2026-W49 (default: this week).")
    private String week;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day, e.g. 2026-12-01 (with --to).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day, e.g. 2026-12-31 (with --from).")
    private String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --format csv, only this table: activity, outcomes, first_response, late, "
                    + "never_contacted, neglected, channel_effect, conversion_source, conversion_temperature, movement.")
    private String table;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the whole report as a PDF.")
    private Path pdf;

    @Override
    public Integer call() {
        String chosen = Options.format(format, "text", "csv", "json");
        if (table != null && !ReportTables.NAMES.contains(table)) {
            throw new BadInputException("--table '" + table + "' is not known; expected one of "
                    + String.join(", ", ReportTables.NAMES));
        }
        if (week != null && (from != null || to != null)) {
            throw new BadInputException("give either --week or --from and --to, not both");
        }
        if ((from == null) != (to == null)) {
            throw new BadInputException("--from and --to go together; give both days");
        }
        if (pdf != null) {
            OutputFiles.checkFolder(pdf);
        }
        try (Services services = Services.open(parent.dataDir())) {
            ReportPeriod period = period(services.policy(), services.reportBook());
            Report report = services.reportBook().report(period, ReportBook.KEEP_ALL);
            ZoneId zone = services.clock().getZone();
            if (pdf != null) {
                OutputFiles.write(pdf, () -> ReportSheet.write(report, services.policy().weekStart(), zone,
                        Locale.getDefault(Locale.Category.FORMAT), pdf));
            }
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try {
                ReportWriter.write(report, chosen, table, zone, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
    }

    private ReportPeriod period(FollowUpPolicy policy, ReportBook reports) {
        try {
            if (week != null) {
                return ReportPeriod.isoWeek(week, policy.weekStart());
            }
            if (from != null) {
                return ReportPeriod.parse(from, to);
            }
            return reports.period(PeriodChoice.THIS_WEEK);
        } catch (IllegalArgumentException e) {
            throw new BadInputException((week != null ? "--week " : "") + e.getMessage());
        }
    }
}
