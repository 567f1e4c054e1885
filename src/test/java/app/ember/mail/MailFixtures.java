package app.ember.mail;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import java.util.ArrayList;
import java.util.List;

/** Recipients in the seven countries with their own postal rules and a few others, accents and all. */
final class MailFixtures {
    static final Sender MUNICH = new Sender("Blumen Anna",
            new PostalAddress("Gartenweg 3", "", "München", "", "80331", "DE"));

    private static final List<Recipient> PEOPLE = List.of(
            person("Łucja Wróbel", "Kwiaciarnia Żółć", new PostalAddress("ul. Floriańska 12/4", "", "Kraków", "", "31-019", "PL")),
            person("Ólafur Þórsson", "", new PostalAddress("Laugavegur 22", "", "Reykjavík", "", "101", "IS")),
            person("Zoë Ă Ș", "Flori Ștefănescu SRL", new PostalAddress("Strada Lipscani 5", "", "București", "", "030031", "RO")),
            person("Anna Smith", "", new PostalAddress("410 N. Michigan Ave.", "Suite 200", "Chicago", "IL", "60611", "US")),
            person("Chloé Lefèvre", "Fleurs de Chloé", new PostalAddress("12 rue des Lilas", "", "Paris", "", "75008", "FR")),
            person("Jürgen Müller", "Blumenhaus Müller GmbH", new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE")),
            person("Émilie Tremblay", "", new PostalAddress("1234 rue Sherbrooke O.", "App. 5", "Montréal", "QC", "H3Z 2Y7", "CA")),
            person("Oliver Jones", "", new PostalAddress("10 Downing Street", "", "London", "", "SW1A 2AA", "GB")),
            person("Mia Nguyen", "", new PostalAddress("5 Crown St", "", "Surry Hills", "NSW", "2010", "AU")));

    private MailFixtures() {
    }

    /** {@code count} recipients, each name numbered so every piece can be told from the others. */
    static List<Recipient> recipients(int count) {
        List<Recipient> recipients = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Recipient model = PEOPLE.get(index % PEOPLE.size());
            String name = model.addressee() + " " + (index + 1);
            recipients.add(new Recipient(List.of((long) index + 1), List.of(name), name, model.company(),
                    model.address()));
        }
        return recipients;
    }

    static Recipient person(String name, String company, PostalAddress address) {
        return new Recipient(List.of(1L), List.of(name), name, company, address);
    }
}
