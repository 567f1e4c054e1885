package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: prints leads hottest first, as text, CSV or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the leads, hottest first (same-day hot leads before all others), "
                + "filtered and sorted by the database.")
final class ListCommand implements Callable<Integer> {
    /** Rows are read and written a page at a time, so 100,000 leads never sit in memory at once. */
    private static final int PAGE = 1000;

    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--temperature", split = ",", paramLabel = "T",
            description = "Only these temperatures, comma-separated: hot, warm, cool, cold.")
    private List<String> temperatures = List.of();

    @Option(names = "--status", split = ",", paramLabel = "S",
            description = "Only these statuses, comma-separated: open, won, lost, nurture.")
    private List<String> statuses = List.of();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only leads with this tag.")
    private String tag;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only leads whose name, company, e-mail, phone, city, notes, preferences or tags "
                    + "contain every word (accents and case do not matter).")
    private String search = "";

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "heat",
            description = "heat (hottest first), next_follow_up, last_contact, need_by, name or created "
                    + "(default: ${DEFAULT-VALUE}).")
    private String sort;

    @Option(names = "--mine", description = "Only the leads assigned to you (the name set with 'ember name' or --as).")
    private boolean mine;

    @Option(names = "--limit", paramLabel = "N", description = "At most N leads.")
    private Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N leads.")
    private int offset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        LeadRowWriter writer = LeadRowWriter.forFormat(format);
        if (limit != null && limit < 0 || offset < 0) {
            throw new BadInputException("--limit and --offset must not be negative");
        }
        LeadQuery query = LeadQuery.all().withTemperatures(parseTemperatures())
                .withStatuses(Options.codes(statuses, LeadStatus::fromCode, "--status"))
                .withTag(tag).withSearch(search).withSort(Options.code(sort, LeadSort::fromCode, "--sort"));
        try (Services services = Services.open(parent.book(), parent.clock())) {
            if (mine) {
                query = query.withAssignedTo(Mine.name(services));
            }
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            writer.begin(out);
            int remaining = limit == null ? Integer.MAX_VALUE : limit;
            for (int at = offset; remaining > 0; at += PAGE) {
                List<LeadRow> page = services.leadBook().page(query, at, Math.min(PAGE, remaining));
                for (LeadRow row : page) {
                    writer.row(out, row);
                }
                remaining -= page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
            writer.end(out);
            out.flush();
            return 0;
        }
    }

    private Set<Temperature> parseTemperatures() {
        return Options.codes(temperatures, Temperature::fromCode, "--temperature");
    }
}
