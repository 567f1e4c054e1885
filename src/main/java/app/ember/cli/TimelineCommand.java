package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.TimelineEntry;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline LEAD_ID}: every touch, note and temperature change of a lead, newest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print a lead's timeline, newest first: touches, notes and temperature changes.")
final class TimelineCommand implements Callable<Integer> {
    private static final int PAGE = 1000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LEAD_ID")
    private long leadId;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws IOException {
        Options.format(format, "text", "json");
        EmberCommand root = (EmberCommand) spec.root().userObject();
        try (Services services = Services.open(root.book(), root.clock())) {
            if (services.leadBook().details(leadId).isEmpty()) {
                throw new BadInputException("lead " + leadId + " does not exist");
            }
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            JsonGenerator json = null;
            if (format.equals("json")) {
                json = JsonOutput.generator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            }
            ZoneId zone = services.clock().getZone();
            for (int offset = 0; ; offset += PAGE) {
                List<TimelineEntry> page = services.touchLog().timeline(leadId, Set.of(), offset, PAGE);
                for (TimelineEntry entry : page) {
                    if (json != null) {
                        write(json, entry);
                    } else {
                        out.println(Terminal.text(text(entry, zone)));
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (json != null) {
                json.writeEndArray();
                json.flush();
                out.println();
            }
            out.flush();
            return 0;
        }
    }

    private static String text(TimelineEntry e, ZoneId zone) {
        // In a shared book each line names who made it.
        String when = LOCAL.format(e.at().atZone(zone)) + (e.by().isEmpty() ? "" : "  [" + e.by() + "]");
        return switch (e.kind()) {
            case INTERACTION -> when + "  " + e.channel().code() + " " + e.direction().code() + " "
                    + e.outcome().code() + " " + e.minutes() + " min" + (e.text().isEmpty() ? "" : "  " + e.text());
            case NOTE -> when + "  note  " + e.text();
            case TEMPERATURE -> when + "  temperature " + (e.from() == null ? "" : e.from().code() + " -> ")
                    + e.to().code() + (e.text().isEmpty() ? "" : "  " + e.text());
        };
    }

    /** The JSON of one entry; fields that do not apply to its kind are null. */
    private static void write(JsonGenerator json, TimelineEntry e) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", e.at().toString());
        json.writeStringField("kind", e.kind().code());
        json.writeNumberField("id", e.id());
        json.writeStringField("channel", e.channel() == null ? null : e.channel().code());
        json.writeStringField("direction", e.direction() == null ? null : e.direction().code());
        json.writeStringField("outcome", e.outcome() == null ? null : e.outcome().code());
        if (e.kind() == TimelineEntry.Kind.INTERACTION) {
            json.writeNumberField("minutes", e.minutes());
        } else {
            json.writeNullField("minutes");
        }
        json.writeStringField("note", e.text());
        json.writeStringField("from", e.from() == null ? null : e.from().code());
        json.writeStringField("to", e.to() == null ? null : e.to().code());
        json.writeStringField("by", e.by());
        json.writeEndObject();
    }
}
