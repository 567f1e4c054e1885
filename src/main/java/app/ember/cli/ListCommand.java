package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.Temperature;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: prints leads hottest first, as text, CSV or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the leads, hottest first (same-day hot leads before all others).")
final class ListCommand implements Callable<Integer> {
    /** Rows are read and written a page at a time, so 100,000 leads never sit in memory at once. */
    private static final int PAGE = 1000;

    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--temperature", split = ",", paramLabel = "T",
            description = "Only these temperatures, comma-separated: hot, warm, cool, cold.")
    private List<String> temperatures = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        LeadRowWriter writer = LeadRowWriter.forFormat(format);
        LeadQuery query = LeadQuery.all().withTemperatures(parseTemperatures());
        try (Services services = Services.open(parent.dataDir())) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            writer.begin(out);
            for (int offset = 0; ; offset += PAGE) {
                List<LeadRow> page = services.leadBook().page(query, offset, PAGE);
                for (LeadRow row : page) {
                    writer.row(out, row);
                }
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
        Set<Temperature> result = EnumSet.noneOf(Temperature.class);
        for (String text : temperatures) {
            try {
                result.add(Temperature.fromCode(text));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--temperature: " + e.getMessage());
            }
        }
        return result;
    }
}
