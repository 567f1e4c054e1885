package app.ember.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead's e-mails, phones and postal addresses beyond its primary ones, and the labels of all: people
 * have a work and a home address, an iPhone card holds 7 numbers. The primary e-mail, phone and address
 * stay on the {@link Lead} (the list, mailings and duplicate checks read them there); these come after.
 *
 * @param emails    the further e-mail addresses, in order
 * @param phones    the further phone numbers, in order
 * @param addresses the further postal addresses, in order
 */
public record Contacts(ContactLabel emailLabel, ContactLabel phoneLabel, ContactLabel addressLabel,
                       List<Labelled<String>> emails, List<Labelled<String>> phones,
                       List<Labelled<PostalAddress>> addresses) {
    /** No further contacts; the primary ones labelled "other". */
    public static final Contacts NONE = new Contacts(ContactLabel.OTHER, ContactLabel.OTHER, ContactLabel.OTHER,
            List.of(), List.of(), List.of());

    public Contacts {
        emailLabel = emailLabel == null ? ContactLabel.OTHER : emailLabel;
        phoneLabel = phoneLabel == null ? ContactLabel.OTHER : phoneLabel;
        addressLabel = addressLabel == null ? ContactLabel.OTHER : addressLabel;
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
    }

    /** Every e-mail of the lead, the primary first (when it has one). */
    public List<Labelled<String>> allEmails(Lead lead) {
        return all(lead.email().isEmpty() ? null : new Labelled<>(emailLabel, lead.email()), emails);
    }

    /** Every phone of the lead, the primary first (when it has one). */
    public List<Labelled<String>> allPhones(Lead lead) {
        return all(lead.phone().isEmpty() ? null : new Labelled<>(phoneLabel, lead.phone()), phones);
    }

    /** Every postal address of the lead, the primary first (when it has one). */
    public List<Labelled<PostalAddress>> allAddresses(Lead lead) {
        return all(lead.address().equals(PostalAddress.EMPTY) ? null : new Labelled<>(addressLabel, lead.address()),
                addresses);
    }

    /** True when there is nothing beyond what a lead alone says (its primary contacts, labelled "other"). */
    public boolean isNone() {
        return equals(NONE);
    }

    private static <T> List<Labelled<T>> all(Labelled<T> primary, List<Labelled<T>> others) {
        List<Labelled<T>> all = new ArrayList<>(others.size() + 1);
        if (primary != null) {
            all.add(primary);
        }
        all.addAll(others);
        return all;
    }
}
