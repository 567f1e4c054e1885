package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.PlanWeek;
import app.ember.domain.WeekPlan;
import app.ember.io.PlanCalendar;
import app.ember.store.PlanBook;
import app.ember.mail.PlanSheet;
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

/** {@code plan}: the week's follow-up plan, hottest first, with the cut line where the budget ends. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the week's follow-up plan: whom to contact, how, why and by when, in the order "
                + "to work it, and where the session's budget ends. Optionally write it as an iCalendar "
                + "file or a printable PDF.")
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--week", paramLabel = "WEEK",
            description = "The ISO week, e.g. 2026-W48 (default: this week).")
    private String week;

    @Option(names = "--budget", paramLabel = "MINUTES",
            description = "The session's minutes (default: the settings' budget, 120 unless changed).")
    private Integer budget;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--mine", description = "Only the leads assigned to you (the name set with 'ember name' or --as).")
    private boolean mine;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the plan as an iCalendar (.ics) file.")
    private Path ics;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the printable plan as a PDF.")
    private Path pdf;

    @Override
    public Integer call() {
        String chosen = Options.format(format, "text", "csv", "json");
        if (budget != null && (budget < 5 || budget > FollowUpPolicy.MAX_SESSION_MINUTES)) {
            throw new BadInputException("--budget " + budget + " is out of range; expected 5 to "
                    + FollowUpPolicy.MAX_SESSION_MINUTES + " minutes");
        }
        try (Services services = Services.open(parent.book(), parent.clock())) {
            FollowUpPolicy policy = services.policy();
            PlanWeek planWeek = week == null ? services.planBook().thisWeek() : parseWeek(policy);
            WeekPlan plan = services.planBook().plan(planWeek, budget == null ? policy.sessionMinutes() : budget,
                    PlanBook.KEEP_ALL, mine ? Mine.name(services) : null);
            ZoneId zone = services.clock().getZone();
            if (ics != null) {
                OutputFiles.write(ics, () -> PlanCalendar.write(plan, zone, ics));
            }
            if (pdf != null) {
                OutputFiles.write(pdf,
                        () -> PlanSheet.write(plan, zone, Locale.getDefault(Locale.Category.FORMAT), pdf));
            }
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try {
                PlanWriter.write(plan, chosen, zone, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
    }

    private PlanWeek parseWeek(FollowUpPolicy policy) {
        try {
            return PlanWeek.parse(week, policy.weekStart());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--week " + e.getMessage());
        }
    }
}
