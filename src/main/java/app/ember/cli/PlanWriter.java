package app.ember.cli;

import app.ember.domain.PlanAction;
import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a week's plan in the plan command's formats. The CSV and JSON field names are a contract
 * (see the README): add fields, never rename them.
 */
final class PlanWriter {
    static final String[] FIELDS = {"leadId", "name", "company", "temperature", "sameDay", "kind", "channel", "due",
        "overdue", "minutes", "runningMinutes", "fits", "reason", "phone", "email"};
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PlanWriter() {
    }

    static void write(WeekPlan plan, String format, ZoneId zone, PrintWriter out) throws IOException {
        switch (format) {
            case "text" -> text(plan, zone, Terminal.shown(out));
            case "csv" -> csv(plan, out);
            default -> json(plan, out);
        }
        out.flush();
    }

    /** For a person at a terminal: a header with the budget, aligned rows, the cut line where the budget ends. */
    private static void text(WeekPlan plan, ZoneId zone, PrintWriter out) {
        out.printf("Week %s (%s – %s) · budget %d min · planned %d min · %d actions, %d min in all%n",
                plan.week().isoName(), DAY.format(plan.week().start()), DAY.format(plan.week().last()),
                plan.budgetMinutes(), plan.plannedMinutes(), plan.allActions(), plan.totalMinutes());
        if (plan.hotBelowCut() > 0) {
            out.println(Messages.format("planner.hotBelow", plan.hotBelowCut(), plan.minutesForAllHot()));
        }
        if (plan.actions().isEmpty()) {
            out.println("Nothing is due this week.");
            return;
        }
        out.printf("%4s  %-16s  %-10s  %-26s  %-12s  %4s  %5s  %s%n", "#", "DUE", "TEMP", "NAME", "CHANNEL", "MIN",
                "TOTAL", "REASON");
        int cut = plan.cutIndex();
        for (int i = 0; i < plan.actions().size(); i++) {
            if (i == cut) {
                out.printf("---- budget ends here (%d min): below, if time is left ----%n", plan.budgetMinutes());
            }
            PlanAction action = plan.actions().get(i);
            String temperature = action.lead().temperature().code() + (action.lead().sameDay() ? " !" : "");
            String due = (action.overdue() ? "!" : " ") + DUE.format(action.due().atZone(zone));
            out.printf("%4d  %-16s  %-10s  %-26s  %-12s  %4d  %5d  %s%n", i + 1, due, temperature,
                    cut(action.lead().name(), 26), action.channel().code(), action.minutes(), action.runningMinutes(),
                    Messages.planReasons(action.reasons()));
        }
        if (cut == plan.actions().size()) {
            out.printf("---- everything fits in the budget (%d of %d min) ----%n", plan.totalMinutes(),
                    plan.budgetMinutes());
        }
    }

    private static void csv(WeekPlan plan, PrintWriter out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(FIELDS).get().print(out);
        for (PlanAction action : plan.actions()) {
            printer.printRecord(action.leadId(), action.lead().name(), action.lead().company(),
                    action.lead().temperature().code(), action.lead().sameDay(), action.kind().code(),
                    action.channel().code(), LeadRowWriter.iso(action.due()), action.overdue(), action.minutes(),
                    action.runningMinutes(), action.fits(), Messages.planReasons(action.reasons()),
                    action.lead().phone(), action.lead().email());
        }
        printer.flush();
    }

    /** An array in plan order; times are ISO-8601 instants in UTC. */
    private static void json(WeekPlan plan, PrintWriter out) throws IOException {
        JsonGenerator json = JsonOutput.generator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (PlanAction action : plan.actions()) {
            json.writeStartObject();
            json.writeNumberField("leadId", action.leadId());
            json.writeStringField("name", action.lead().name());
            json.writeStringField("company", action.lead().company());
            json.writeStringField("temperature", action.lead().temperature().code());
            json.writeBooleanField("sameDay", action.lead().sameDay());
            json.writeStringField("kind", action.kind().code());
            json.writeStringField("channel", action.channel().code());
            json.writeStringField("due", LeadRowWriter.iso(action.due()));
            json.writeBooleanField("overdue", action.overdue());
            json.writeNumberField("minutes", action.minutes());
            json.writeNumberField("runningMinutes", action.runningMinutes());
            json.writeBooleanField("fits", action.fits());
            json.writeStringField("reason", Messages.planReasons(action.reasons()));
            json.writeStringField("phone", action.lead().phone());
            json.writeStringField("email", action.lead().email());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
        out.println();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
