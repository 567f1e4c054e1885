package app.ember.store;

import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An update from an import adds the e-mails, phones and addresses the stored lead lacks, after its own:
 * none is lost, none is there twice (the row's primary may now be the lead's primary, or one of the others).
 */
final class ContactMerge {
    private ContactMerge() {
    }

    static Contacts merged(Lead lead, Contacts stored, LeadDetails row) {
        Contacts in = row.contacts();
        List<Labelled<String>> emails = strings(lead.email(), stored.allEmails(lead), in.allEmails(row.lead()));
        List<Labelled<String>> phones = strings(lead.phone(), stored.allPhones(lead), in.allPhones(row.lead()));
        List<Labelled<app.ember.domain.PostalAddress>> addresses = new ArrayList<>();
        for (var address : concat(stored.allAddresses(lead), in.allAddresses(row.lead()))) {
            if (!address.value().equals(lead.address())
                    && addresses.stream().noneMatch(a -> a.value().equals(address.value()))) {
                addresses.add(address);
            }
        }
        return new Contacts(lead.email().equals(row.lead().email()) ? in.emailLabel() : stored.emailLabel(),
                lead.phone().equals(row.lead().phone()) ? in.phoneLabel() : stored.phoneLabel(),
                lead.address().equals(row.lead().address()) ? in.addressLabel() : stored.addressLabel(),
                emails, phones, addresses);
    }

    private static List<Labelled<String>> strings(String primary, List<Labelled<String>> stored,
                                                  List<Labelled<String>> in) {
        List<Labelled<String>> others = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(primary.toLowerCase(Locale.ROOT)));
        for (Labelled<String> each : concat(stored, in)) {
            String key = each.value().toLowerCase(Locale.ROOT);
            if (!seen.contains(key)) {
                seen.add(key);
                others.add(each);
            }
        }
        return others;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
