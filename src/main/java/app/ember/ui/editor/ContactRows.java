package app.ember.ui.editor;

import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.LeadValidation;
import app.ember.domain.PostalAddress;
import app.ember.domain.Problem;
import app.ember.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form's further e-mails, phones and addresses (after the primary ones of the form's own fields) and
 * the primary ones' labels: rows the user adds, removes, labels, or makes primary (swapped with the
 * primary fields), each with its message while it is wrong.
 */
public final class ContactRows {
    /** What a row holds. */
    public enum Kind { EMAIL, PHONE, ADDRESS }

    /** One further e-mail or phone (one text) or address (six: street, street 2, town, region, postcode, country). */
    public static final class Row {
        final Kind kind;
        final ObjectProperty<ContactLabel> label = new SimpleObjectProperty<>(ContactLabel.OTHER);
        final List<StringProperty> texts = new ArrayList<>();
        final StringProperty problem = new SimpleStringProperty("");

        Row(Kind kind) {
            this.kind = kind;
            for (int i = 0; i < (kind == Kind.ADDRESS ? 6 : 1); i++) {
                texts.add(new SimpleStringProperty(""));
            }
        }

        public ObjectProperty<ContactLabel> labelProperty() {
            return label;
        }

        /** The row's text fields: one, or an address's six. */
        public List<StringProperty> texts() {
            return texts;
        }

        public StringProperty problemProperty() {
            return problem;
        }

        public Kind kind() {
            return kind;
        }

        PostalAddress address() {
            return new PostalAddress(texts.get(0).get(), texts.get(1).get(), texts.get(2).get(), texts.get(3).get(),
                    texts.get(4).get(), texts.get(5).get().strip().toUpperCase(java.util.Locale.ROOT));
        }

        boolean isBlank() {
            return texts.stream().allMatch(t -> t.get().isBlank());
        }
    }

    final ObjectProperty<ContactLabel> emailLabel = new SimpleObjectProperty<>(ContactLabel.OTHER);
    final ObjectProperty<ContactLabel> phoneLabel = new SimpleObjectProperty<>(ContactLabel.OTHER);
    final ObjectProperty<ContactLabel> addressLabel = new SimpleObjectProperty<>(ContactLabel.OTHER);
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> {
                List<Observable> watched = new ArrayList<>(row.texts);
                watched.add(row.label);
                return watched.toArray(new Observable[0]);
            });

    ContactRows(Contacts contacts) {
        load(contacts);
    }

    /** Fills the rows and labels from the contacts, dropping what was there (after a conflict: theirs). */
    void load(Contacts contacts) {
        rows.clear();
        emailLabel.set(contacts.emailLabel());
        phoneLabel.set(contacts.phoneLabel());
        addressLabel.set(contacts.addressLabel());
        contacts.emails().forEach(e -> add(Kind.EMAIL, e.label(), List.of(e.value())));
        contacts.phones().forEach(p -> add(Kind.PHONE, p.label(), List.of(p.value())));
        for (Labelled<PostalAddress> each : contacts.addresses()) {
            PostalAddress a = each.value();
            add(Kind.ADDRESS, each.label(), List.of(a.line1(), a.line2(), a.city(), a.region(), a.postcode(),
                    a.countryCode()));
        }
    }

    /** Every row, in order; a change of any row's text or label is a change of the list. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<ContactLabel> primaryLabel(Kind kind) {
        return switch (kind) {
            case EMAIL -> emailLabel;
            case PHONE -> phoneLabel;
            case ADDRESS -> addressLabel;
        };
    }

    /**
     * The labels a contact of the kind may be given: "fax" only for a phone, since an e-mail or a postal
     * address is never a fax. One that already carries it (a file said so) keeps it on offer, so opening
     * the form does not change it.
     */
    public static List<ContactLabel> labels(Kind kind, ContactLabel current) {
        List<ContactLabel> labels = new ArrayList<>();
        for (ContactLabel label : ContactLabel.values()) {
            if (kind == Kind.PHONE || label != ContactLabel.FAX || label == current) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** Adds an empty row of the kind, after the others of its kind. */
    public Row add(Kind kind) {
        return add(kind, kind == Kind.PHONE ? ContactLabel.MOBILE : ContactLabel.OTHER, List.of());
    }

    private Row add(Kind kind, ContactLabel label, List<String> texts) {
        Row row = new Row(kind);
        row.label.set(label);
        for (int i = 0; i < texts.size(); i++) {
            row.texts.get(i).set(texts.get(i));
        }
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind.ordinal() <= kind.ordinal()) {
                at = i + 1;
            }
        }
        rows.add(at, row);
        return row;
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Checks each row as the lead's own field of that kind is checked; true when all are fine. */
    boolean validate() {
        boolean ok = true;
        for (Row row : rows) {
            Optional<Problem> problem = switch (row.kind) {
                case EMAIL -> LeadValidation.email(row.texts.get(0).get());
                case PHONE -> LeadValidation.phone(row.texts.get(0).get());
                case ADDRESS -> LeadValidation.country(row.address().countryCode())
                        .or(() -> LeadValidation.postcode(row.address().postcode(), row.address().countryCode()));
            };
            row.problem.set(problem.map(p -> Messages.format(p.messageKey(), p.arguments().toArray())).orElse(""));
            ok &= problem.isEmpty();
        }
        return ok;
    }

    /** The contacts as the form says them; blank rows left out. */
    Contacts toContacts() {
        List<Labelled<String>> emails = new ArrayList<>();
        List<Labelled<String>> phones = new ArrayList<>();
        List<Labelled<PostalAddress>> addresses = new ArrayList<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            switch (row.kind) {
                case EMAIL -> emails.add(new Labelled<>(row.label.get(), row.texts.get(0).get()));
                case PHONE -> phones.add(new Labelled<>(row.label.get(), row.texts.get(0).get()));
                case ADDRESS -> addresses.add(new Labelled<>(row.label.get(), row.address()));
            }
        }
        return new Contacts(emailLabel.get(), phoneLabel.get(), addressLabel.get(), emails, phones, addresses);
    }

    /** The observables whose change makes the form dirty. */
    List<Observable> watched() {
        return List.of(rows, emailLabel, phoneLabel, addressLabel);
    }
}
