package app.ember.cli;

import app.ember.domain.LeadRow;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes lead rows in the list command's formats. The CSV and JSON field names are a contract
 * (see the README): add fields, never rename them.
 */
abstract class LeadRowWriter {
    static final String[] FIELDS = {"id", "name", "company", "temperature", "sameDay", "status", "email", "phone",
        "city", "country", "lastContact", "nextFollowUp"};

    static LeadRowWriter forFormat(String format) {
        return switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> new Text();
            case "csv" -> new Csv();
            case "json" -> new Json();
            default -> throw new BadInputException("--format '" + format + "' is not known; expected text, csv or json");
        };
    }

    void begin(PrintWriter out) {
    }

    abstract void row(PrintWriter out, LeadRow row);

    void end(PrintWriter out) {
    }

    static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Aligned columns for a person at a terminal; dates in the local zone. */
    private static final class Text extends LeadRowWriter {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

        @Override
        void begin(PrintWriter out) {
            out.printf("%6s  %-14s  %-28s  %-28s  %-11s  %-11s%n", "ID", "TEMPERATURE", "NAME", "COMPANY",
                    "NEXT", "LAST");
        }

        @Override
        void row(PrintWriter out, LeadRow row) {
            String temperature = row.temperature().code() + (row.sameDay() ? " (same day)" : "");
            out.printf("%6d  %-14s  %-28s  %-28s  %-11s  %-11s%n", row.id(), temperature, cut(row.name()),
                    cut(row.company()), day(row.nextFollowUp()), day(row.lastContact()));
        }

        /** One cell: control characters shown, not played (see {@link Terminal}), cut to the column. */
        private static String cut(String text) {
            String shown = Terminal.line(text);
            return shown.length() <= 28 ? shown : shown.substring(0, 27) + "…";
        }

        private static String day(Instant instant) {
            return instant == null ? "-" : DAY.format(instant.atZone(ZoneId.systemDefault()));
        }
    }

    private static final class Csv extends LeadRowWriter {
        private CSVPrinter printer;

        @Override
        void begin(PrintWriter out) {
            try {
                printer = CSVFormat.DEFAULT.builder().setHeader(FIELDS).get().print(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(PrintWriter out, LeadRow row) {
            try {
                printer.printRecord(row.id(), row.name(), row.company(), row.temperature().code(), row.sameDay(),
                        row.status().code(), row.email(), row.phone(), row.city(), row.countryCode(),
                        iso(row.lastContact()), iso(row.nextFollowUp()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An array of objects; times are ISO-8601 instants in UTC, absent times are null. */
    private static final class Json extends LeadRowWriter {
        private JsonGenerator json;

        @Override
        void begin(PrintWriter out) {
            try {
                json = JsonOutput.generator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(PrintWriter out, LeadRow row) {
            try {
                json.writeStartObject();
                json.writeNumberField("id", row.id());
                json.writeStringField("name", row.name());
                json.writeStringField("company", row.company());
                json.writeStringField("temperature", row.temperature().code());
                json.writeBooleanField("sameDay", row.sameDay());
                json.writeStringField("status", row.status().code());
                json.writeStringField("email", row.email());
                json.writeStringField("phone", row.phone());
                json.writeStringField("city", row.city());
                json.writeStringField("country", row.countryCode());
                json.writeStringField("lastContact", row.lastContact() == null ? null : iso(row.lastContact()));
                json.writeStringField("nextFollowUp", row.nextFollowUp() == null ? null : iso(row.nextFollowUp()));
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void end(PrintWriter out) {
            try {
                json.writeEndArray();
                json.flush();
                out.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
