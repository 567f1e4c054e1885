package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.AddressFormat;
import app.ember.domain.Recipient;
import app.ember.mail.PostalLines;
import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Interaction;
import app.ember.domain.Labelled;
import app.ember.domain.PostalAddress;
import app.ember.domain.YearlessDates;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.Note;
import app.ember.domain.Preference;
import app.ember.domain.TemperatureChange;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lead show ID}: one lead with its notes, preferences, tags, dates and recent history. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one lead with everything kept about it.")
final class LeadShowCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The lead's id (see the list command).")
    private long id;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws IOException {
        Options.format(format, "text", "json");
        EmberCommand root = (EmberCommand) spec.root().userObject();
        try (Services services = Services.open(root.book(), root.clock())) {
            LeadDetails details = services.leadBook().details(id)
                    .orElseThrow(() -> new BadInputException("lead " + id + " does not exist"));
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            if (format.equals("json")) {
                json(out, details, services.mailSettings().current().sender().homeCountry());
            } else {
                text(Terminal.shown(out), details);
            }
            out.flush();
            System.out.flush();
            return 0;
        }
    }

    private static void text(PrintWriter out, LeadDetails details) {
        Lead lead = details.lead();
        out.println(lead.formalName() + (lead.company().isEmpty() || lead.formalName().equals(lead.company()) ? ""
                : " — " + lead.company()));
        out.println("temperature: " + lead.temperature().code() + (lead.sameDay() ? " (same day)" : "")
                + ", status: " + lead.status().code() + ", stage: " + lead.stage().code());
        Contacts contacts = details.contacts();
        for (Labelled<String> email : contacts.allEmails(lead)) {
            line(out, "e-mail (" + email.label().code() + ")", email.value());
        }
        for (Labelled<String> phone : contacts.allPhones(lead)) {
            line(out, "phone (" + phone.label().code() + ")", phone.value());
        }
        for (Labelled<PostalAddress> address : contacts.allAddresses(lead)) {
            out.println("address (" + address.label().code() + "):");
            AddressFormat.lines(address.value(), null).forEach(l -> out.println("  " + l));
        }
        if (lead.doNotMail()) {
            out.println("post: do not mail");
        }
        line(out, "event", lead.needBy() == null ? "" : lead.needBy() + (lead.needByYearly() ? " (yearly)" : ""));
        line(out, "birthday", YearlessDates.text(lead.birthday()));
        line(out, "anniversary", YearlessDates.text(lead.anniversary()));
        line(out, "tags", String.join(", ", details.tags()));
        details.preferences().forEach(p -> out.println(p.key() + ": " + p.value()));
        details.notes().forEach(n -> out.println("note " + n.at() + ": " + n.text()));
        details.interactions().forEach(i -> out.println(i.at() + " " + i.channel().code() + " " + i.outcome().code()
                + (i.note().isEmpty() ? "" : ": " + i.note())));
        details.temperatureChanges().forEach(t -> out.println(t.at() + " temperature "
                + (t.from() == null ? "" : t.from().code() + " -> ") + t.to().code() + ": " + t.reason()));
    }

    private static void line(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.println(label + ": " + value);
        }
    }

    /** The JSON of one lead; the field names are a contract (see the README). */
    private static void json(PrintWriter out, LeadDetails details, String homeCountry) throws IOException {
        Lead lead = details.lead();
        JsonGenerator json = JsonOutput.generator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeNumberField("id", lead.id());
        json.writeStringField("name", lead.name());
        json.writeStringField("title", lead.title());
        json.writeStringField("firstName", lead.firstName());
        json.writeStringField("lastName", lead.lastName());
        json.writeStringField("company", lead.company());
        json.writeStringField("email", lead.email());
        json.writeStringField("phone", lead.phone());
        json.writeObjectFieldStart("address");
        json.writeStringField("line1", lead.address().line1());
        json.writeStringField("line2", lead.address().line2());
        json.writeStringField("city", lead.address().city());
        json.writeStringField("region", lead.address().region());
        json.writeStringField("postcode", lead.address().postcode());
        json.writeStringField("country", lead.address().countryCode());
        json.writeEndObject();
        // The address block exactly as a label prints it, seen from the sender's country.
        contacts(json, details);
        json.writeArrayFieldStart("postalLines");
        if (!lead.address().isEmpty()) {
            for (String line : PostalLines.block(Recipient.of(lead), homeCountry)) {
                json.writeString(line);
            }
        }
        json.writeEndArray();
        json.writeBooleanField("doNotMail", lead.doNotMail());
        json.writeStringField("temperature", lead.temperature().code());
        json.writeBooleanField("sameDay", lead.sameDay());
        json.writeStringField("status", lead.status().code());
        json.writeStringField("stage", lead.stage().code());
        json.writeStringField("qualification", lead.qualification().code());
        json.writeStringField("priority", lead.priority() == null ? null : lead.priority().code());
        json.writeStringField("productContext", lead.productContext().code());
        json.writeStringField("firmSize", lead.firmSize().code());
        json.writeStringField("origin", lead.origin().code());
        json.writeStringField("source", lead.source());
        json.writeStringField("referralKind", lead.referralKind().code());
        json.writeStringField("referredBy", lead.referredBy());
        json.writeObjectFieldStart("dates");
        date(json, "event", lead.needBy());
        json.writeBooleanField("eventYearly", lead.needByYearly());
        date(json, "birthday", lead.birthday());
        date(json, "anniversary", lead.anniversary());
        json.writeEndObject();
        instant(json, "created", lead.created());
        instant(json, "lastContact", lead.lastContact());
        instant(json, "nextFollowUp", lead.nextFollowUp());
        json.writeArrayFieldStart("tags");
        for (String tag : details.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("preferences");
        for (Preference p : details.preferences()) {
            json.writeStartObject();
            json.writeStringField("key", p.key());
            json.writeStringField("value", p.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (Note n : details.notes()) {
            json.writeStartObject();
            instant(json, "at", n.at());
            json.writeStringField("text", n.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recentInteractions");
        for (Interaction i : details.interactions()) {
            json.writeStartObject();
            instant(json, "at", i.at());
            json.writeStringField("channel", i.channel().code());
            json.writeStringField("direction", i.direction().code());
            json.writeStringField("outcome", i.outcome().code());
            json.writeNumberField("minutes", i.minutes());
            json.writeStringField("note", i.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("temperatureHistory");
        for (TemperatureChange t : details.temperatureChanges()) {
            json.writeStartObject();
            instant(json, "at", t.at());
            json.writeStringField("from", t.from() == null ? null : t.from().code());
            json.writeStringField("to", t.to().code());
            json.writeStringField("reason", t.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.println();
    }

    /**
     * Every e-mail, phone and address with its label, the primary first ({@code "primary": true}); the
     * {@code email}, {@code phone} and {@code address} fields stay the primary ones.
     */
    private static void contacts(JsonGenerator json, LeadDetails details) throws IOException {
        Lead lead = details.lead();
        Contacts contacts = details.contacts();
        json.writeArrayFieldStart("emails");
        boolean first = true;
        for (Labelled<String> email : contacts.allEmails(lead)) {
            labelled(json, email.label(), first && !lead.email().isEmpty());
            json.writeStringField("email", email.value());
            json.writeEndObject();
            first = false;
        }
        json.writeEndArray();
        json.writeArrayFieldStart("phones");
        first = true;
        for (Labelled<String> phone : contacts.allPhones(lead)) {
            labelled(json, phone.label(), first && !lead.phone().isEmpty());
            json.writeStringField("phone", phone.value());
            json.writeEndObject();
            first = false;
        }
        json.writeEndArray();
        json.writeArrayFieldStart("addresses");
        first = true;
        for (Labelled<PostalAddress> each : contacts.allAddresses(lead)) {
            PostalAddress a = each.value();
            labelled(json, each.label(), first && !lead.address().equals(PostalAddress.EMPTY));
            json.writeStringField("line1", a.line1());
            json.writeStringField("line2", a.line2());
            json.writeStringField("city", a.city());
            json.writeStringField("region", a.region());
            json.writeStringField("postcode", a.postcode());
            json.writeStringField("country", a.countryCode());
            json.writeEndObject();
            first = false;
        }
        json.writeEndArray();
    }

    private static void labelled(JsonGenerator json, ContactLabel label, boolean primary) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", label.code());
        json.writeBooleanField("primary", primary);
    }

    private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : YearlessDates.text(date));
    }

    private static void instant(JsonGenerator json, String field, Instant instant) throws IOException {
        json.writeStringField(field, instant == null ? null : instant.toString());
    }
}
