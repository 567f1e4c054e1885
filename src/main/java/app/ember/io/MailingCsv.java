package app.ember.io;

import app.ember.domain.AddressFormat;
import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.files.SafeFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The mailing as a mail-merge file for a word processor or a printing service: one row per piece,
 * columns FirstName, LastName, Company, Address1, Address2, City, State, PostalCode, Country.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark: without it Excel on Windows reads the file in the old
 *       Windows code page and "Łucja Wróbel" arrives garbled in the merge; Word, LibreOffice,
 *       Numbers and Google Sheets all read the mark and drop it.</li>
 *   <li>Rows end in CRLF, quoted where needed (RFC 4180, what Excel writes).</li>
 *   <li>The fields as entered, not in the post's capitals: the word processor's address block
 *       lays them out; Country is the English name ("Germany"), left empty on rows of the sender's
 *       own country as the labels leave it off; the postcode as the labels print it ("SW1A 2AA").</li>
 *   <li>Names: FirstName + " " + LastName gives the printed name line. One person: the last word
 *       is the last name, with the particles before it ("Maria de la Cruz": "Maria", "de la Cruz").
 *       A household sharing a surname ("Anna & Tom Smith"): "Anna & Tom" and "Smith", so a
 *       greeting "Dear «FirstName»" reads right. Different surnames: the whole line in FirstName
 *       and LastName empty.</li>
 * </ul>
 */
public final class MailingCsv {
    static final String[] HEADER = {"FirstName", "LastName", "Company", "Address1", "Address2", "City", "State",
            "PostalCode", "Country"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Words that belong to the surname that follows them. */
    private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "della", "der", "di", "do", "dos",
            "du", "la", "le", "van", "von", "zu", "ten", "ter", "bin", "al", "el");

    private MailingCsv() {
    }

    /** Every row with its country; see {@link #write(List, String, Path)}. */
    public static void write(List<Recipient> recipients, Path file) throws IOException {
        write(recipients, "", file);
    }

    /**
     * The mail-merge file.
     *
     * @param homeCountry the sender's country code: its rows go without a country, as its labels do;
     *                    null or empty: every row names its country
     */
    public static void write(List<Recipient> recipients, String homeCountry, Path file) throws IOException {
        SafeFiles.replace(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(HEADER).get().print(writer);
            for (Recipient recipient : recipients) {
                printer.printRecord(row(recipient, homeCountry));
            }
            // Flushed, not closed: the stream belongs to SafeFiles, which closes it before the move.
            printer.flush();
        });
    }

    static List<String> row(Recipient recipient, String homeCountry) {
        String[] name = firstAndLast(recipient);
        PostalAddress address = recipient.address();
        String code = address.countryCode();
        boolean domestic = code.equalsIgnoreCase(homeCountry == null ? "" : homeCountry.strip());
        String country = code.isEmpty() || domestic ? "" : AddressFormat.countryName(code);
        return List.of(name[0], name[1], recipient.company(), address.line1(), address.line2(), address.city(),
                address.region(), AddressFormat.postcode(address.postcode(), code), country);
    }

    /** The printed name line split into a first and a last name, as the class comment says. */
    static String[] firstAndLast(Recipient recipient) {
        String line = recipient.addressee().strip().replaceAll("\\s+", " ");
        List<String> names = recipient.names();
        if (names.size() > 1) {
            String surname = lastName(names.get(0));
            boolean shared = !surname.isEmpty() && names.stream().allMatch(name -> lastName(name).equals(surname));
            if (shared && line.endsWith(" " + surname)) {
                return new String[] {line.substring(0, line.length() - surname.length() - 1), surname};
            }
            return new String[] {line, ""};
        }
        String surname = lastName(line);
        String first = line.substring(0, line.length() - surname.length()).strip();
        return new String[] {first, surname};
    }

    /** "Smith" of "Anna Smith", "de la Cruz" of "Maria de la Cruz"; "" for a one-word name. */
    static String lastName(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return "";
        }
        int start = words.length - 1;
        while (start > 1 && PARTICLES.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
            start--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
    }
}
