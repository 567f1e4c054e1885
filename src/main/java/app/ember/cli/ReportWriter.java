package app.ember.cli;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Table;
import app.ember.domain.Temperature;
import app.ember.domain.report.Activity;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.Tally;
import app.ember.io.ReportTables;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report in the report command's formats. The JSON field names and the CSV tables are a
 * contract (see the README): add fields, never rename them.
 */
final class ReportWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** How many leads of each list the text shows; the JSON and CSV have them all. */
    private static final int TEXT_LIST = 10;

    private ReportWriter() {
    }

    static void write(Report report, String format, String table, ZoneId zone, PrintWriter out) throws IOException {
        switch (format) {
            case "text" -> text(report, zone, Terminal.shown(out));
            case "csv" -> csv(report, table, out);
            default -> json(report, out);
        }
        out.flush();
    }

    /** One table, or every table one after another (a blank line between), each with its own header. */
    private static void csv(Report report, String table, PrintWriter out) throws IOException {
        if (table != null) {
            ReportTables.write(ReportTables.table(report, table), out);
            return;
        }
        boolean first = true;
        for (Map.Entry<String, Table> entry : ReportTables.all(report).entrySet()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("# " + entry.getKey());
            ReportTables.write(entry.getValue(), out);
        }
    }

    private static void text(Report report, ZoneId zone, PrintWriter out) {
        Activity now = report.activity();
        Activity before = report.previous();
        out.printf("Report %s – %s%n%n", DAY.format(report.period().from()), DAY.format(report.period().to()));
        out.printf("ACTIVITY  %d touches, %d of %d budgeted minutes (%s); the period before: %d touches, %d min%n",
                now.touches(), now.minutes(), report.budgetMinutes(), percent(report.budgetUsed()), before.touches(),
                before.minutes());
        for (Channel channel : Channel.values()) {
            int count = now.byChannel().get(channel);
            int was = before.byChannel().get(channel);
            if (count > 0 || was > 0) {
                out.printf("  %-10s %5d  (before %d)%n", channel.code(), count, was);
            }
        }
        StringBuilder outcomes = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            int count = now.byOutcome().get(outcome);
            if (count > 0) {
                outcomes.append(outcomes.length() == 0 ? "" : ", ").append(outcome.code()).append(' ').append(count);
            }
        }
        out.println("  outcomes: " + (outcomes.length() == 0 ? "none" : outcomes));

        Tally total = report.firstResponse().total();
        out.printf("%nFIRST RESPONSE  %d arrived: %d on time, %d late, %d waiting; on time %s%n", total.total(),
                total.onTime(), total.late(), total.pending(), percent(total.rate()));
        for (Temperature temperature : Temperature.values()) {
            Tally tally = report.firstResponse().byTemperature().get(temperature);
            if (tally.total() > 0) {
                out.printf("  %-5s %d on time, %d late, %d waiting (%s)%n", temperature.code(), tally.onTime(),
                        tally.late(), tally.pending(), percent(tally.rate()));
            }
        }
        leads(out, "late", report.firstResponse().late(), total.late(), zone);

        out.printf("%nNEVER CONTACTED  %d of %d open leads (%s), oldest first%n", report.neverContactedCount(),
                report.openLeads(), percent(report.neverContactedShare()));
        leads(out, null, report.neverContacted(), report.neverContactedCount(), zone);
        out.printf("NEGLECTED  %d open leads overdue by more than one cadence%n", report.neglectedCount());
        leads(out, null, report.neglected(), report.neglectedCount(), zone);

        out.printf("%nWHAT WORKS  outgoing touches: reached / replied or booked%n");
        for (ChannelEffect effect : report.channelEffects()) {
            out.printf("  %-10s %-5s attempt %s  %4d touches  reached %-5s replied %s%n", effect.channel().code(),
                    effect.temperature().code(), effect.attempt() == ChannelEffect.LAST_ATTEMPT ? "4+" : effect.attempt() + " ",
                    effect.touches(), percent(effect.reachedRate()), percent(effect.repliedRate()));
        }
        out.println("  conversion of the leads that arrived, by source:");
        conversion(out, report.bySource());
        out.println("  by the temperature they arrived with:");
        conversion(out, report.byArrivalTemperature());

        Movement movement = report.movement();
        out.printf("%nMOVEMENT  %d warmed, %d cooled; leads at the end of each week (hot/warm/cool/cold):%n",
                movement.warmed(), movement.cooled());
        for (Movement.WeekCounts week : movement.weeks()) {
            Map<Temperature, Integer> c = week.counts();
            out.printf("  %s  %5d %5d %5d %5d%n", week.weekStart(), c.get(Temperature.HOT), c.get(Temperature.WARM),
                    c.get(Temperature.COOL), c.get(Temperature.COLD));
        }
    }

    private static void leads(PrintWriter out, String label, List<ReportLead> leads, int count, ZoneId zone) {
        for (ReportLead lead : leads.subList(0, Math.min(TEXT_LIST, leads.size()))) {
            out.printf("  %s#%-6d %-28s %-5s arrived %s%n", label == null ? "" : label + " ", lead.id(),
                    cut(lead.name(), 28), lead.temperature().code(), DAY.format(lead.created().atZone(zone)));
        }
        if (count > TEXT_LIST) {
            out.printf("  … and %d more (--format json or csv lists them all)%n", count - TEXT_LIST);
        }
    }

    private static void conversion(PrintWriter out, List<Conversion> groups) {
        if (groups.isEmpty()) {
            out.println("    none arrived");
        }
        for (Conversion group : groups) {
            out.printf("    %-20s %4d arrived, %d won, %d lost%n", group.group().isEmpty() ? "(no source)"
                    : cut(group.group(), 20), group.arrived(), group.won(), group.lost());
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + " %";
    }

    private static void json(Report report, PrintWriter out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("period");
            json.writeStringField("from", report.period().from().toString());
            json.writeStringField("to", report.period().to().toString());
            json.writeEndObject();
            json.writeNumberField("budgetMinutes", report.budgetMinutes());
            activity(json, report.activity());
            json.writeObjectFieldStart("previous");
            json.writeStringField("from", report.period().previous().from().toString());
            json.writeStringField("to", report.period().previous().to().toString());
            activity(json, report.previous());
            json.writeEndObject();

            Tally total = report.firstResponse().total();
            json.writeObjectFieldStart("firstResponse");
            tally(json, total);
            json.writeObjectFieldStart("byTemperature");
            for (Temperature temperature : Temperature.values()) {
                json.writeObjectFieldStart(temperature.code());
                tally(json, report.firstResponse().byTemperature().get(temperature));
                json.writeEndObject();
            }
            json.writeEndObject();
            leads(json, "lateLeads", report.firstResponse().late(), "firstTouch");
            json.writeEndObject();

            leads(json, "neverContacted", report.neverContacted(), null);
            json.writeNumberField("neverContactedCount", report.neverContactedCount());
            json.writeNumberField("openLeads", report.openLeads());
            json.writeNumberField("neverContactedShare", round(report.neverContactedShare()));
            leads(json, "neglected", report.neglected(), "due");
            json.writeNumberField("neglectedCount", report.neglectedCount());

            json.writeArrayFieldStart("channelEffect");
            for (ChannelEffect effect : report.channelEffects()) {
                json.writeStartObject();
                json.writeStringField("channel", effect.channel().code());
                json.writeStringField("temperature", effect.temperature().code());
                json.writeNumberField("attempt", effect.attempt());
                json.writeNumberField("touches", effect.touches());
                json.writeNumberField("reached", effect.reached());
                json.writeNumberField("replied", effect.replied());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeObjectFieldStart("conversion");
            conversion(json, "bySource", "source", report.bySource());
            conversion(json, "byTemperature", "temperature", report.byArrivalTemperature());
            json.writeEndObject();

            json.writeObjectFieldStart("movement");
            json.writeNumberField("warmed", report.movement().warmed());
            json.writeNumberField("cooled", report.movement().cooled());
            json.writeArrayFieldStart("weeks");
            for (Movement.WeekCounts week : report.movement().weeks()) {
                json.writeStartObject();
                json.writeStringField("weekStart", week.weekStart().toString());
                for (Temperature temperature : Temperature.values()) {
                    json.writeNumberField(temperature.code(), week.counts().get(temperature));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.println();
    }

    private static void activity(JsonGenerator json, Activity activity) throws IOException {
        json.writeNumberField("touches", activity.touches());
        json.writeNumberField("minutes", activity.minutes());
        json.writeObjectFieldStart("byChannel");
        for (Channel channel : Channel.values()) {
            json.writeNumberField(channel.code(), activity.byChannel().get(channel));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byOutcome");
        for (Outcome outcome : Outcome.values()) {
            json.writeNumberField(outcome.code(), activity.byOutcome().get(outcome));
        }
        json.writeEndObject();
    }

    private static void tally(JsonGenerator json, Tally tally) throws IOException {
        json.writeNumberField("onTime", tally.onTime());
        json.writeNumberField("late", tally.late());
        json.writeNumberField("pending", tally.pending());
        if (tally.rate() == null) {
            json.writeNullField("rate");
        } else {
            json.writeNumberField("rate", round(tally.rate()));
        }
    }

    private static void leads(JsonGenerator json, String field, List<ReportLead> leads, String atField)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (ReportLead lead : leads) {
            json.writeStartObject();
            json.writeNumberField("id", lead.id());
            json.writeStringField("name", lead.name());
            json.writeStringField("temperature", lead.temperature().code());
            json.writeStringField("created", lead.created().toString());
            if (atField != null) {
                json.writeStringField(atField, lead.at() == null ? null : lead.at().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void conversion(JsonGenerator json, String field, String key, List<Conversion> groups)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Conversion group : groups) {
            json.writeStartObject();
            json.writeStringField(key, group.group());
            json.writeNumberField("arrived", group.arrived());
            json.writeNumberField("won", group.won());
            json.writeNumberField("lost", group.lost());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Three decimals: a rate, not a float's noise. */
    private static double round(double rate) {
        return Math.round(rate * 1000) / 1000.0;
    }
}
