package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.Advice;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.i18n.Messages;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advise}: the leads whose suggested temperature differs from the one they have, with the reason. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "List the leads whose suggested temperature differs from their current one, with the reason. "
                + "Changes nothing.")
final class AdviseCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    private record Row(LeadRow lead, Advice advice) {
    }

    @Override
    public Integer call() throws IOException {
        Options.format(format, "text", "json");
        EmberCommand root = (EmberCommand) spec.root().userObject();
        List<Row> rows = new ArrayList<>();
        try (Services services = Services.open(root.book())) {
            LocalDate today = LocalDate.now(services.clock());
            for (int offset = 0; ; offset += PAGE) {
                List<LeadRow> page = services.leadBook().page(LeadQuery.all(), offset, PAGE);
                for (LeadRow row : page) {
                    services.leadBook().details(row.id()).ifPresent(details -> {
                        Advice advice = services.advisor().advise(details.lead(), details.interactions(), today);
                        if (advice.differsFrom(details.lead().temperature())) {
                            rows.add(new Row(row, advice));
                        }
                    });
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format.equals("json")) {
            JsonGenerator json = JsonOutput.generator(out);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Row row : rows) {
                json.writeStartObject();
                json.writeNumberField("id", row.lead().id());
                json.writeStringField("name", row.lead().name());
                json.writeStringField("temperature", row.lead().temperature().code());
                json.writeStringField("suggested", row.advice().suggested().code());
                json.writeStringField("reason", Messages.advice(row.advice()));
                json.writeStringField("reasonKey", row.advice().reasonKey());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.flush();
            out.println();
        } else {
            for (Row row : rows) {
                out.printf("%6d  %-28s  %s -> %s  %s%n", row.lead().id(), Terminal.line(row.lead().name()),
                        row.lead().temperature().code(), row.advice().suggested().code(), Messages.advice(row.advice()));
            }
        }
        out.flush();
        return 0;
    }
}
