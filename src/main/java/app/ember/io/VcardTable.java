package app.ember.io;

import app.ember.domain.Table;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.parameter.RelatedType;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a vCard file (2.1, 3.0, 4.0; many contacts a file) as the columns of a contacts CSV, one row a card.
 * Every e-mail, phone and address of a card comes along (the preferred one first, then "E-mail 2", "Phone 2",
 * "Address 2 - Street"...), and so do the forms each program writes a year-less birthday (Apple's
 * X-APPLE-OMIT-YEAR, vCard 4's {@code --0820}) and an anniversary in (ANNIVERSARY, X-ANNIVERSARY,
 * X-EVOLUTION-ANNIVERSARY, X-MS-ANNIVERSARY, KAddressBook's, Apple's X-ABDATE labelled Anniversary).
 * The file is unfolded as bytes before it is decoded, since a program folding every 75 octets may cut a
 * Greek or Cyrillic character in two; its encoding is decided on the whole file.
 */
final class VcardTable {
    /** The columns every card fills; further e-mails, phones and addresses follow them. */
    static final List<String> HEADER = List.of("Title", "First Name", "Last Name", "Name", "Company", "Job Title",
            "E-mail", "Phone", "Street", "Street 2", "City", "Region", "Postcode", "Country", "Birthday",
            "Anniversary", "Notes", "Categories", "Nickname", "Spouse");
    private static final List<String> ADDRESS_PARTS = List.of("Street", "Extended Address", "City", "Region",
            "Postal Code", "Country");
    // A spouse's name as each program writes it; it becomes the preference Spouse, as Outlook's CSV column does.
    private static final List<String> SPOUSES = List.of("X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSESNAME",
            "X-SPOUSE", "X-MS-SPOUSE");

    private VcardTable() {
    }

    static Table read(Path file, byte[] bytes) {
        String text = TableFiles.text(file, unfold(bytes));
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw new ImportException(file + ": line " + line + " holds a NUL byte: binary data, not text; nothing "
                    + "of the file is imported");
        }
        if (!text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
            throw new ImportException(file + ": not a vCard file (it should start with BEGIN:VCARD)");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        int begins = upper.split("BEGIN:VCARD", -1).length - 1;
        int ends = upper.split("END:VCARD", -1).length - 1;
        if (begins != ends) {
            throw new ImportException(file + ": the file is cut short: " + begins + " contacts begin but " + ends
                    + " end (contact " + (ends + 1) + " has no END:VCARD)");
        }
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            throw new ImportException(file + ": not a readable vCard file (" + TableFiles.rootMessage(e) + ")", e);
        }
        if (cards.isEmpty()) {
            throw new ImportException(file + ": the file holds no contact");
        }
        int emails = 1;
        int phones = 1;
        int addresses = 1;
        for (VCard card : cards) {
            emails = Math.max(emails, card.getEmails().size());
            phones = Math.max(phones, card.getTelephoneNumbers().size());
            addresses = Math.max(addresses, card.getAddresses().size());
        }
        List<String> header = new ArrayList<>(HEADER);
        for (int k = 2; k <= emails; k++) {
            header.add("E-mail " + k);
        }
        for (int k = 2; k <= phones; k++) {
            header.add("Phone " + k);
        }
        for (int k = 2; k <= addresses; k++) {
            for (String part : ADDRESS_PARTS) {
                header.add("Address " + k + " - " + part);
            }
        }
        // What each is for (TYPE=work, cell, home...), in the same order: "Phone 2 label" goes with "Phone 2".
        for (String kind : List.of("E-mail", "Phone", "Address")) {
            int most = kind.equals("E-mail") ? emails : kind.equals("Phone") ? phones : addresses;
            for (int k = 1; k <= most; k++) {
                header.add(k == 1 ? kind + " label" : kind + " " + k + " label");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Map<String, String>> leftovers = new ArrayList<>();
        Set<String> more = new LinkedHashSet<>();
        for (VCard card : cards) {
            rows.add(row(card, emails, phones, addresses));
            numbers.add(rows.size());
            Map<String, String> left = VcardLeftovers.of(card, companyCard(card), placed(card));
            leftovers.add(left);
            more.addAll(left.keySet());
        }
        // What no column above holds, one column a kind ("Website", "Messenger 2"): the import keeps each.
        header.addAll(more);
        for (int i = 0; i < rows.size(); i++) {
            for (String column : more) {
                rows.get(i).add(leftovers.get(i).getOrDefault(column, ""));
            }
        }
        return new Table(TableFiles.name(file), header, rows, numbers);
    }

    /** Joins folded lines (CRLF or LF, then a space or tab) byte by byte, before any decoding. */
    static byte[] unfold(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            // Some programs end lines with "\r\r\n" (iOS 5, in ez-vcard's samples): every CR before the LF goes.
            int lf = i;
            while (lf < bytes.length && bytes[lf] == '\r') {
                lf++;
            }
            if (b == '\r' && lf + 1 < bytes.length && bytes[lf] == '\n' && blank(bytes[lf + 1])) {
                i = lf + 1;
            } else if (b == '\n' && i + 1 < bytes.length && blank(bytes[i + 1])) {
                i += 1;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static List<String> row(VCard card, int emails, int phones, int addresses) {
        StructuredName n = card.getStructuredName();
        Organization org = card.getOrganization();
        String company = org == null || org.getValues().isEmpty() ? "" : nz(org.getValues().get(0));
        String formatted = card.getFormattedName() == null ? "" : nz(card.getFormattedName().getValue());
        boolean companyCard = companyCard(card);
        List<String> notes = new ArrayList<>();
        for (Note note : card.getNotes()) {
            notes.add(note.getValue());
        }
        List<String> tags = new ArrayList<>();
        for (Categories categories : card.getCategoriesList()) {
            tags.addAll(categories.getValues());
        }
        List<String> row = new ArrayList<>();
        row.add(n == null || n.getPrefixes().isEmpty() || companyCard ? "" : String.join(" ", n.getPrefixes()));
        row.add(n == null || companyCard ? "" : nz(n.getGiven()));
        row.add(n == null || companyCard ? "" : nz(n.getFamily()));
        row.add(companyCard ? "" : formatted);
        row.add(company);
        row.add(card.getTitles().isEmpty() ? "" : nz(card.getTitles().get(0).getValue()));
        List<String> mails = preferredFirst(card.getEmails()).stream().map(e -> nz(e.getValue())).toList();
        List<String> tels = preferredFirst(card.getTelephoneNumbers()).stream().map(VcardTable::number).toList();
        List<Address> adrs = preferredFirst(card.getAddresses());
        row.add(mails.isEmpty() ? "" : mails.get(0));
        row.add(tels.isEmpty() ? "" : tels.get(0));
        row.addAll(address(adrs.isEmpty() ? null : adrs.get(0)));
        row.add(VcardDates.birthday(card));
        row.add(VcardDates.anniversary(card));
        extensions(card.getTelephoneNumbers(), notes);
        row.add(String.join("\n", notes));
        row.add(String.join(";", tags));
        row.add(card.getNickname() == null ? "" : String.join(", ", card.getNickname().getValues()));
        row.add(spouse(card));
        for (int k = 1; k < emails; k++) {
            row.add(k < mails.size() ? mails.get(k) : "");
        }
        for (int k = 1; k < phones; k++) {
            row.add(k < tels.size() ? tels.get(k) : "");
        }
        for (int k = 1; k < addresses; k++) {
            row.addAll(address(k < adrs.size() ? adrs.get(k) : null));
        }
        labels(card, row, preferredFirst(card.getEmails()), emails);
        labels(card, row, preferredFirst(card.getTelephoneNumbers()), phones);
        labels(card, row, adrs, addresses);
        return row;
    }

    /** A card for a company (Apple's X-ABShowAs, or a formatted name that is the company's with no person's). */
    private static boolean companyCard(VCard card) {
        StructuredName n = card.getStructuredName();
        Organization org = card.getOrganization();
        String company = org == null || org.getValues().isEmpty() ? "" : nz(org.getValues().get(0));
        String formatted = card.getFormattedName() == null ? "" : nz(card.getFormattedName().getValue());
        RawProperty showAs = card.getExtendedProperty("X-ABShowAs");
        return showAs != null && "COMPANY".equalsIgnoreCase(nz(showAs.getValue()).strip())
                || formatted.equals(company) && (n == null || nz(n.getGiven()).isEmpty() && nz(n.getFamily()).isEmpty());
    }

    /**
     * The raw properties the columns above hold (an anniversary or a spouse in any program's form, a vCard 3
     * year-less BDAY), so that {@link VcardLeftovers} does not keep them twice; a second anniversary that differs
     * from the one placed is not among them.
     */
    private static Set<VCardProperty> placed(VCard card) {
        Set<VCardProperty> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        String anniversary = VcardDates.anniversary(card);
        String spouse = spouse(card);
        for (RawProperty property : card.getExtendedProperties()) {
            String name = property.getPropertyName().toUpperCase(Locale.ROOT);
            String label = appleLabel(card, property);
            if (name.equals("BDAY")
                    || (VcardDates.ANNIVERSARIES.contains(name) || name.equals("X-ABDATE") && label.equals("Anniversary"))
                    && VcardDates.isoDate(property.getValue()).equals(anniversary)
                    || (SPOUSES.contains(name) || name.equals("X-ABRELATEDNAMES") && label.equalsIgnoreCase("Spouse"))
                    && nz(property.getValue()).strip().equals(spouse)) {
                placed.add(property);
            }
        }
        for (Related related : card.getRelations()) {
            if (related.getText() != null && related.getText().strip().equals(spouse)) {
                placed.add(related);
            }
        }
        return placed;
    }

    /** Apple's label of the property's group ("_$!<HomePage>!$_" as "HomePage", "Graduation"); empty without. */
    static String appleLabel(VCard card, VCardProperty property) {
        if (property.getGroup() == null) {
            return "";
        }
        for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
            if (property.getGroup().equalsIgnoreCase(label.getGroup())) {
                String text = nz(label.getValue()).strip();
                return text.startsWith("_$!<") && text.endsWith(">!$_") ? text.substring(4, text.length() - 4) : text;
            }
        }
        return "";
    }

    /**
     * The label of each property (its TYPEs: "WORK,VOICE", "CELL", "HOME,FAX"; Apple's "iPhone", and Apple's
     * X-ABLabel of its group, "AssistantPhone"), padded to {@code most}.
     */
    private static void labels(VCard card, List<String> row, List<? extends VCardProperty> properties, int most) {
        for (int k = 0; k < most; k++) {
            if (k < properties.size()) {
                List<String> words = new ArrayList<>(properties.get(k).getParameters().getTypes());
                String apple = appleLabel(card, properties.get(k));
                if (!apple.isEmpty()) {
                    words.add(apple);
                }
                row.add(String.join(",", words));
            } else {
                row.add("");
            }
        }
    }

    /** The preferred one (PREF=1, TYPE=pref) first, the others in the card's order. */
    private static <P extends VCardProperty> List<P> preferredFirst(List<P> properties) {
        List<P> sorted = new ArrayList<>(properties);
        sorted.sort(Comparator.comparingInt(VcardTable::preference));
        return sorted;
    }

    private static int preference(VCardProperty property) {
        Integer pref = property.getParameters().getPref();
        boolean typed = property.getParameters().getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("pref"));
        return pref != null ? pref : typed ? 1 : 100;
    }

    private static String number(Telephone tel) {
        return tel.getText() != null ? tel.getText() : tel.getUri() == null ? "" : tel.getUri().getNumber();
    }

    /**
     * A vCard 4 {@code tel:} URI's extension ({@code ;ext=102}), as a line of the note: a phone is digits and
     * punctuation only (and found again by its digits), so the extension goes beside it rather than in it.
     */
    private static void extensions(List<Telephone> tels, List<String> notes) {
        for (Telephone tel : tels) {
            String extension = tel.getUri() == null ? "" : nz(tel.getUri().getExtension()).strip();
            if (!extension.isEmpty()) {
                notes.add("Phone " + tel.getUri().getNumber() + ": extension " + extension);
            }
        }
    }

    private static List<String> address(Address adr) {
        if (adr == null) {
            return List.of("", "", "", "", "", "");
        }
        // vCard 3 and 4 let a part hold a list ("улица Тверская, дом 7, квартира 12"): all of it, not the first.
        // ADR's first part, the post office box (Evolution writes one), goes with the second line, not lost.
        List<String> extended = new ArrayList<>(adr.getExtendedAddresses());
        extended.addAll(adr.getPoBoxes());
        return List.of(joined(adr.getStreetAddresses()), joined(extended),
                joined(adr.getLocalities()), joined(adr.getRegions()), joined(adr.getPostalCodes()),
                joined(adr.getCountries()));
    }

    private static String joined(List<String> values) {
        return String.join(", ", values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    /** The spouse's name: a program's own property, vCard 4's RELATED;TYPE=spouse or Apple's labelled name. */
    private static String spouse(VCard card) {
        for (Related related : card.getRelations()) {
            if (related.getTypes().contains(RelatedType.SPOUSE) && related.getText() != null) {
                return related.getText().strip();
            }
        }
        for (RawProperty property : card.getExtendedProperties()) {
            String name = property.getPropertyName().toUpperCase(Locale.ROOT);
            if (SPOUSES.contains(name)) {
                return nz(property.getValue()).strip();
            }
            if (name.equals("X-ABRELATEDNAMES") && property.getGroup() != null) {
                for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
                    String text = nz(label.getValue()).strip();
                    if (property.getGroup().equalsIgnoreCase(label.getGroup())
                            && (text.equalsIgnoreCase("_$!<Spouse>!$_") || text.equalsIgnoreCase("Spouse"))) {
                        return nz(property.getValue()).strip();
                    }
                }
            }
        }
        return "";
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
