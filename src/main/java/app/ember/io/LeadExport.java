package app.ember.io;

import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.ImportField;
import app.ember.domain.Labelled;
import app.ember.domain.PostalAddress;
import app.ember.domain.YearlessDates;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadPages;
import app.ember.domain.Note;
import app.ember.domain.Preference;
import app.ember.files.PrivateFiles;
import app.ember.files.SafeFiles;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import ezvcard.property.StructuredName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the book for another program, or for Ember on another computer: every lead with its tags and
 * preferences, and a history of every touch and note (an xlsx's second sheet "History"; beside a CSV, a second
 * file NAME-history.csv; a vCard file has the contacts only). Importing an export into an empty book gives
 * back the same leads and history. Files appear whole or not at all (written beside, then moved).
 *
 * <p>Formula safety: a CSV value starting with = + - or @ gets a single quote in front (the OWASP advice for
 * CSV injection; Ember's import takes it off again); in xlsx every value is an inline string, never a formula.
 */
public final class LeadExport {
    /** The leads sheet's columns, in order. */
    public static final List<ImportField> LEAD_COLUMNS = ImportField.EXPORT_COLUMNS;
    /** The history sheet's columns: one row per touch or note ("How" is "note" for a note). */
    public static final List<ImportField> HISTORY_COLUMNS = List.of(ImportField.KEY, ImportField.EMAIL,
            ImportField.FULL_NAME, ImportField.DATE, ImportField.CHANNEL, ImportField.DIRECTION, ImportField.OUTCOME,
            ImportField.MINUTES, ImportField.NOTE);
    public static final String HISTORY_SHEET = "History";

    private LeadExport() {
    }

    /** The history file written beside a CSV export: leads.csv → leads-history.csv. */
    public static Path historyFile(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "-history.csv");
    }

    /** Writes the book; returns the number of leads written. */
    public static int write(LeadPages book, Path file, FileFormat format) throws IOException {
        int[] count = {0};
        switch (format) {
            case CSV -> {
                SafeFiles.replace(file, out -> csv(out, book, false, count));
                SafeFiles.replace(historyFile(file), out -> csv(out, book, true, new int[1]));
            }
            case XLSX -> SafeFiles.replace(file, out -> xlsx(out, book, count));
            case VCF -> SafeFiles.replace(file, out -> vcf(out, book, count));
        }
        return count[0];
    }

    /**
     * The leads sheet's header: {@link #LEAD_COLUMNS}, then the primary contacts' labels, then each further
     * e-mail, phone and address with its label ("E-mail 2", "E-mail 2 label", "Address 2 - City"...), as many
     * as the lead with most has ({@code most}: e-mails, phones, addresses beyond the primary).
     */
    static List<String> leadHeader(int[] most) {
        List<String> header = new ArrayList<>(labels(LEAD_COLUMNS));
        header.addAll(List.of(ImportField.EMAIL_LABEL.label(), ImportField.PHONE_LABEL.label(),
                ImportField.ADDRESS_LABEL.label()));
        for (int k = 2; k <= most[0] + 1; k++) {
            header.addAll(List.of("E-mail " + k, "E-mail " + k + " label"));
        }
        for (int k = 2; k <= most[1] + 1; k++) {
            header.addAll(List.of("Phone " + k, "Phone " + k + " label"));
        }
        for (int k = 2; k <= most[2] + 1; k++) {
            for (String part : ADDRESS_PARTS) {
                header.add("Address " + k + " - " + part);
            }
            header.add("Address " + k + " label");
        }
        return header;
    }

    /** The parts of a further address, as Google's export names them (Ember's import reads them so). */
    private static final List<String> ADDRESS_PARTS = List.of("Street", "Extended Address", "City", "Region",
            "Postal Code", "Country");

    static List<String> leadRow(LeadDetails details, int[] most) {
        List<String> row = new ArrayList<>(leadRow(details));
        Contacts c = details.contacts();
        row.addAll(List.of(c.emailLabel().code(), c.phoneLabel().code(), c.addressLabel().code()));
        for (int k = 0; k < most[0]; k++) {
            Labelled<String> email = k < c.emails().size() ? c.emails().get(k) : null;
            row.addAll(List.of(email == null ? "" : email.value(), email == null ? "" : email.label().code()));
        }
        for (int k = 0; k < most[1]; k++) {
            Labelled<String> phone = k < c.phones().size() ? c.phones().get(k) : null;
            row.addAll(List.of(phone == null ? "" : phone.value(), phone == null ? "" : phone.label().code()));
        }
        for (int k = 0; k < most[2]; k++) {
            Labelled<PostalAddress> address = k < c.addresses().size() ? c.addresses().get(k) : null;
            PostalAddress a = address == null ? PostalAddress.EMPTY : address.value();
            row.addAll(List.of(a.line1(), a.line2(), a.city(), a.region(), a.postcode(), a.countryCode(),
                    address == null ? "" : address.label().code()));
        }
        return row;
    }

    static List<String> leadRow(LeadDetails details) {
        Lead l = details.lead();
        List<String> prefs = new ArrayList<>();
        for (Preference p : details.preferences()) {
            prefs.add(p.key() + "=" + p.value());
        }
        return List.of(String.valueOf(l.id()), l.title(), l.firstName(), l.lastName(), l.company(), l.email(), l.phone(),
                l.address().line1(), l.address().line2(), l.address().city(), l.address().region(),
                l.address().postcode(), l.address().countryCode(), yes(l.doNotMail()), l.temperature().code(),
                yes(l.sameDay()), l.status().code(), l.stage().code(), l.qualification().code(),
                l.priority() == null ? "" : l.priority().code(), l.productContext().code(), l.firmSize().code(),
                l.origin().code(), l.source(), l.referralKind().code(), l.referredBy(), date(l.needBy()),
                yes(l.needByYearly()), date(l.birthday()), date(l.anniversary()), instant(l.created()),
                instant(l.nextFollowUp()), String.join("; ", details.tags()), String.join("\n", prefs));
    }

    static List<List<String>> historyRows(LeadDetails details) {
        Lead l = details.lead();
        List<List<String>> rows = new ArrayList<>();
        for (Interaction t : details.interactions()) {
            rows.add(List.of(String.valueOf(l.id()), l.email(), l.name(), instant(t.at()), t.channel().code(),
                    t.direction().code(), t.outcome().code(), String.valueOf(t.minutes()), t.note()));
        }
        for (Note n : details.notes()) {
            rows.add(List.of(String.valueOf(l.id()), l.email(), l.name(), instant(n.at()), "note", "", "", "",
                    n.text()));
        }
        return rows;
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    private static String date(LocalDate date) {
        return YearlessDates.text(date);
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static List<String> labels(List<ImportField> fields) {
        return fields.stream().map(ImportField::label).toList();
    }

    /** A value a spreadsheet would run as a formula gets a quote in front, so it stays text. */
    static String guard(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void csv(OutputStream out, LeadPages book, boolean history, int[] count) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        int[] most = history ? null : book.mostContacts();
        printer.printRecord(history ? labels(HISTORY_COLUMNS) : leadHeader(most));
        book.forEachPage(page -> {
            for (LeadDetails details : page) {
                for (List<String> row : history ? historyRows(details) : List.of(leadRow(details, most))) {
                    for (String value : row) {
                        printer.print(guard(value));
                    }
                    printer.println();
                }
                count[0]++;
            }
        });
        printer.flush();
    }

    private static void xlsx(OutputStream out, LeadPages book, int[] count) throws IOException {
        Workbook workbook = new Workbook(out, "Ember", "1.0");
        // The fastest deflate level: a 100,000-lead book with its history took 5.6 s at the default
        // level, most of it compressing the History sheet; the file comes out only slightly larger.
        workbook.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        Worksheet leads = workbook.newWorksheet("Leads");
        int[] most = book.mostContacts();
        writeRow(leads, 0, leadHeader(most));
        int[] row = {1};
        book.forEachPage(page -> {
            for (LeadDetails details : page) {
                writeRow(leads, row[0]++, leadRow(details, most));
                count[0]++;
            }
            leads.flush();
        });
        leads.finish();
        Worksheet history = workbook.newWorksheet(HISTORY_SHEET);
        writeRow(history, 0, labels(HISTORY_COLUMNS));
        int[] historyRow = {1};
        book.forEachPage(page -> {
            for (LeadDetails details : page) {
                for (List<String> values : historyRows(details)) {
                    writeRow(history, historyRow[0]++, values);
                }
            }
            history.flush();
        });
        history.finish();
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            if (!values.get(column).isEmpty()) {
                sheet.inlineString(row, column, values.get(column));
            }
        }
    }

    private static void vcf(OutputStream out, LeadPages book, int[] count) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        VCardWriter cards = new VCardWriter(writer, VCardVersion.V3_0);
        book.forEachPage(page -> {
            for (LeadDetails details : page) {
                cards.write(card(details));
                count[0]++;
            }
        });
        cards.flush();
    }

    /** A vCard 3.0 TYPE for the label ("cell" for mobile, as phones write it); none for "other". */
    private static void type(ezvcard.property.VCardProperty property, ContactLabel label, boolean primary) {
        String type = switch (label) {
            case WORK -> "work";
            case HOME -> "home";
            case MOBILE -> "cell";
            case FAX -> "fax";
            case OTHER -> "";
        };
        if (!type.isEmpty()) {
            property.getParameters().addType(type);
        }
        if (primary) {
            property.getParameters().addType("pref");
        }
    }

    /** A date without its year as vCard writes one: {@code --MMDD}. */
    private static String partial(LocalDate date) {
        return YearlessDates.text(date).replace("-", "").replaceFirst("^", "--");
    }

    private static VCard card(LeadDetails details) {
        Lead l = details.lead();
        VCard card = new VCard();
        StructuredName name = new StructuredName();
        name.setGiven(l.firstName());
        name.setFamily(l.lastName());
        if (!l.title().isEmpty()) {
            name.getPrefixes().add(l.title());
        }
        card.setStructuredName(name);
        card.setFormattedName(l.name());
        if (!l.company().isEmpty()) {
            card.setOrganization(l.company());
        }
        Contacts contacts = details.contacts();
        // Every one, the primary first (and marked so), each with its TYPE: a phone app reads them all.
        for (Labelled<String> email : contacts.allEmails(l)) {
            Email property = card.addEmail(email.value());
            type(property, email.label(), email.value().equals(l.email()));
        }
        for (Labelled<String> phone : contacts.allPhones(l)) {
            Telephone property = card.addTelephoneNumber(phone.value());
            type(property, phone.label(), phone.value().equals(l.phone()));
        }
        List<Labelled<PostalAddress>> addresses = contacts.allAddresses(l);
        if (addresses.isEmpty() && !l.address().countryCode().isEmpty()) {
            addresses = List.of(new Labelled<>(contacts.addressLabel(), l.address()));
        }
        for (Labelled<PostalAddress> each : addresses) {
            PostalAddress a = each.value();
            Address address = new Address();
            address.setStreetAddress(a.line1());
            address.setExtendedAddress(a.line2().isEmpty() ? null : a.line2());
            address.setLocality(a.city());
            address.setRegion(a.region());
            address.setPostalCode(a.postcode());
            address.setCountry(a.countryCode());
            type(address, each.label(), a.equals(l.address()));
            card.addAddress(address);
        }
        // A date without its year as vCard 4 writes one, --MMDD: ez-vcard leaves a partial date empty in a
        // 3.0 card, so it is written as it stands (phones and our import read it).
        if (YearlessDates.isYearless(l.birthday())) {
            card.addExtendedProperty("BDAY", partial(l.birthday()));
        } else if (l.birthday() != null) {
            card.setBirthday(new Birthday(l.birthday()));
        }
        if (YearlessDates.isYearless(l.anniversary())) {
            card.addExtendedProperty("ANNIVERSARY", partial(l.anniversary()));
        } else if (l.anniversary() != null) {
            card.setAnniversary(new Anniversary(l.anniversary()));
        }
        for (Note n : details.notes()) {
            card.addNote(n.text());
        }
        if (!details.tags().isEmpty()) {
            card.setCategories(details.tags().toArray(String[]::new));
        }
        return card;
    }
}
