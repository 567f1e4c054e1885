package app.ember.ui.editor;

import app.ember.domain.AddressFormat;
import app.ember.domain.Coded;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.YearlessDates;
import app.ember.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A save refused because someone changed the lead meanwhile: the lead as it is now (theirs), the form
 * as the user left it (yours), who changed it and when, and the fields where the two differ, each with
 * both values, for the form to show side by side. Nothing is merged behind the user's back. The further
 * e-mails, phones and addresses and the primary ones' labels are compared too, when the save read theirs
 * ({@code theirContacts} null: it did not): a save refused over a second phone alone shows that phone.
 */
public record EditConflict(Lead theirs, Lead yours, Contacts theirContacts, Contacts yourContacts, String changedBy,
                           Instant changedAt) {
    /** One field that differs: its label and both values as the form shows them. */
    public record Row(String field, String theirs, String yours) {
    }

    /** @param words the bundle's prefix for a choice's word ("status."), or "" for text */
    private record Field(String key, Function<Lead, Object> value, String words) {
        Field(String key, Function<Lead, Object> value) {
            this(key, value, "");
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("editor.title", Lead::title), new Field("editor.firstName", Lead::firstName), new Field("editor.lastName", Lead::lastName),
            new Field("editor.company", Lead::company), new Field("editor.email", Lead::email),
            new Field("editor.phone", Lead::phone), new Field("editor.line1", l -> l.address().line1()),
            new Field("editor.line2", l -> l.address().line2()), new Field("editor.city", l -> l.address().city()),
            new Field("editor.region", l -> l.address().region()),
            new Field("editor.postcode", l -> l.address().postcode()),
            new Field("editor.country", l -> l.address().countryCode()),
            new Field("editor.temperature", Lead::temperature, "temperature."), new Field("editor.sameDay", Lead::sameDay),
            new Field("editor.status", Lead::status, "status."), new Field("editor.stage", Lead::stage, "stage."),
            new Field("editor.qualification", Lead::qualification, "qualification."), new Field("editor.priority", Lead::priority, "priority."),
            new Field("editor.productContext", Lead::productContext, "productContext."), new Field("editor.firmSize", Lead::firmSize, "firmSize."),
            new Field("editor.source", Lead::source), new Field("editor.originKind", Lead::origin, "origin."),
            new Field("editor.referralKind", Lead::referralKind, "referralKind."), new Field("editor.referredBy", Lead::referredBy),
            new Field("editor.needBy", Lead::needBy), new Field("editor.needByYearly", Lead::needByYearly),
            new Field("editor.birthday", l -> YearlessDates.text(l.birthday())),
            new Field("editor.anniversary", l -> YearlessDates.text(l.anniversary())),
            new Field("mailsel.editor.doNotMail", Lead::doNotMail));

    /** The further contacts compared: what a kind's rows say, and the primary one's label. */
    private record ContactField(String key, Function<Contacts, Object> value) {
    }

    private static final List<ContactField> CONTACT_FIELDS = List.of(
            new ContactField("conflict.emailLabel", Contacts::emailLabel),
            new ContactField("conflict.phoneLabel", Contacts::phoneLabel),
            new ContactField("conflict.addressLabel", Contacts::addressLabel),
            new ContactField("conflict.moreEmails", c -> lines(c.emails(), text -> text)),
            new ContactField("conflict.morePhones", c -> lines(c.phones(), text -> text)),
            new ContactField("conflict.moreAddresses", c -> lines(c.addresses(),
                    address -> String.join(", ", AddressFormat.lines(address, null)))));

    /** The fields where theirs and yours differ, in the form's order, the further contacts last. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Field field : FIELDS) {
            add(rows, field.key(), field.value().apply(theirs), field.value().apply(yours), field.words());
        }
        if (theirContacts != null && yourContacts != null) {
            for (ContactField field : CONTACT_FIELDS) {
                add(rows, field.key(), field.value().apply(theirContacts), field.value().apply(yourContacts),
                        "contactLabel.");
            }
        }
        return rows;
    }

    private static void add(List<Row> rows, String key, Object other, Object mine, String words) {
        if (!Objects.equals(mine, other)) {
            rows.add(new Row(Messages.get(key), shown(other, words), shown(mine, words)));
        }
    }

    /** One line a contact, "mobile: 07700 900111", as the detail pane lists them. */
    private static <T> String lines(List<Labelled<T>> contacts, Function<T, String> text) {
        StringBuilder lines = new StringBuilder();
        for (Labelled<T> each : contacts) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(Messages.get("contactLabel." + each.label().code())).append(": ")
                    .append(text.apply(each.value()));
        }
        return lines.toString();
    }

    private static String shown(Object value, String words) {
        if (value == null || "".equals(value)) {
            return Messages.get("editor.none");
        }
        if (value instanceof Boolean yes) {
            return Messages.get(yes ? "conflict.yes" : "conflict.no");
        }
        if (value instanceof Coded coded) {
            String key = words + coded.code();
            return Messages.bundle().containsKey(key) ? Messages.get(key) : coded.code();
        }
        return value.toString();
    }
}
