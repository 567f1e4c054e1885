package app.ember.io;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Table;
import app.ember.domain.Temperature;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.Tally;
import app.ember.files.SafeFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's tables as CSV: the same rows for the Reports screen's "Save CSV" and for
 * {@code report --format csv}. Codes, not words (hot, call, no_answer), and ISO times, so a
 * spreadsheet or a script reads them the same in every language. The names and columns are a
 * contract (see the README): add columns, never rename them.
 */
public final class ReportTables {
    public static final List<String> NAMES = List.of("activity", "outcomes", "first_response", "late",
            "never_contacted", "neglected", "channel_effect", "conversion_source", "conversion_temperature", "movement");

    private ReportTables() {
    }

    /** Every table of the report, by name, in the order of {@link #NAMES}. */
    public static Map<String, Table> all(Report report) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : NAMES) {
            tables.put(name, table(report, name));
        }
        return tables;
    }

    public static Table table(Report report, String name) {
        return switch (name) {
            case "activity" -> activity(report);
            case "outcomes" -> outcomes(report);
            case "first_response" -> firstResponse(report);
            case "late" -> leads(name, report.firstResponse().late(), "created");
            case "never_contacted" -> leads(name, report.neverContacted(), "created");
            case "neglected" -> leads(name, report.neglected(), "due");
            case "channel_effect" -> effects(report);
            case "conversion_source" -> conversion(name, "source", report.bySource());
            case "conversion_temperature" -> conversion(name, "temperature", report.byArrivalTemperature());
            case "movement" -> movement(report);
            default -> throw new IllegalArgumentException("no report table '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }

    private static Table activity(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            rows.add(List.of(channel.code(), number(report.activity().byChannel().get(channel)),
                    number(report.previous().byChannel().get(channel))));
        }
        rows.add(List.of("all", number(report.activity().touches()), number(report.previous().touches())));
        rows.add(List.of("minutes", number(report.activity().minutes()), number(report.previous().minutes())));
        rows.add(List.of("budget_minutes", number(report.budgetMinutes()), number(report.budgetMinutes())));
        return Table.of("activity", List.of("channel", "touches", "previous"), rows);
    }

    private static Table outcomes(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            rows.add(List.of(outcome.code(), number(report.activity().byOutcome().get(outcome)),
                    number(report.previous().byOutcome().get(outcome))));
        }
        return Table.of("outcomes", List.of("outcome", "touches", "previous"), rows);
    }

    private static Table firstResponse(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Temperature temperature : Temperature.values()) {
            rows.add(tally(temperature.code(), report.firstResponse().byTemperature().get(temperature)));
        }
        rows.add(tally("all", report.firstResponse().total()));
        return Table.of("first_response", List.of("temperature", "on_time", "late", "pending", "rate"), rows);
    }

    private static List<String> tally(String key, Tally tally) {
        return List.of(key, number(tally.onTime()), number(tally.late()), number(tally.pending()), rate(tally.rate()));
    }

    private static Table leads(String name, List<ReportLead> leads, String atColumn) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLead lead : leads) {
            rows.add(List.of(Long.toString(lead.id()), lead.name(), lead.temperature().code(),
                    lead.created().toString(), lead.at() == null ? "" : lead.at().toString()));
        }
        return Table.of(name, List.of("id", "name", "temperature", "created", atColumn.equals("due") ? "due" : "first_touch"),
                rows);
    }

    private static Table effects(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (ChannelEffect effect : report.channelEffects()) {
            rows.add(List.of(effect.channel().code(), effect.temperature().code(), Integer.toString(effect.attempt()),
                    number(effect.touches()), number(effect.reached()), number(effect.replied()),
                    rate(effect.reachedRate()), rate(effect.repliedRate())));
        }
        return Table.of("channel_effect", List.of("channel", "temperature", "attempt", "touches", "reached", "replied",
                "reached_rate", "replied_rate"), rows);
    }

    private static Table conversion(String name, String key, List<Conversion> groups) {
        List<List<String>> rows = new ArrayList<>();
        for (Conversion group : groups) {
            rows.add(List.of(group.group(), number(group.arrived()), number(group.won()), number(group.lost()),
                    rate(group.wonRate()), rate(group.lostRate())));
        }
        return Table.of(name, List.of(key, "arrived", "won", "lost", "won_rate", "lost_rate"), rows);
    }

    private static Table movement(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Movement.WeekCounts week : report.movement().weeks()) {
            List<String> row = new ArrayList<>(List.of(week.weekStart().toString()));
            for (Temperature temperature : Temperature.values()) {
                row.add(number(week.counts().get(temperature)));
            }
            rows.add(row);
        }
        return Table.of("movement", List.of("week_start", "hot", "warm", "cool", "cold"), rows);
    }

    private static String number(int value) {
        return Integer.toString(value);
    }

    /** "0.667": three decimals, a dot whatever the locale; empty when there is no rate. */
    public static String rate(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.3f", rate);
    }

    /** One table as CSV, its header first. */
    public static void write(Table table, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get().print(out);
        for (List<String> row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** One table as a CSV file, replacing it only once it is written whole. */
    public static void write(Table table, Path file) throws IOException {
        SafeFiles.replace(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(table, writer);
            writer.flush();
        });
    }
}
