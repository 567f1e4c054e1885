package app.ember.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading rows made ready before the user's file is there. The first file a program reads is several times
 * slower than the next (measured: 10,000 rows in 2.5-3.7 s, then 0.3-0.7 s, on a loaded 2-core machine): the
 * country names in every language are gathered, the phone library loads its dialling plans, and the JVM
 * compiles the reading code only once it has run a while. A wizard calls {@link #run} in the background while
 * the user chooses a file; the rows read here, of the common kinds (names, titles, companies, e-mails,
 * phones as people write them, addresses with countries in several languages, year-less dates, tags), are
 * thrown away. Nothing is read differently for it.
 */
final class ImportWarmUp {
    /** Enough for the JVM to compile the per-row code; about a second of one core, cold. */
    private static final int ROWS = 3_000;
    /** Ember's own export's columns (the most common file), whose fields cover the other layouts' too. */
    private static final List<ImportField> FIELDS = Stream.concat(ImportField.EXPORT_COLUMNS.stream(),
            Stream.of(ImportField.EMAIL_LABEL, ImportField.PHONE_LABEL, ImportField.ADDRESS_LABEL))
            .toList();
    private static final String[] COUNTRIES = {"United Kingdom", "Deutschland", "USA", "FR", ""};
    private static final String[] PHONES = {"07700 900%03d", "+44 20 7946 0%03d", "(415) 555-0%03d", "1225123%03d"};
    private static final String[] TEMPERATURES = {"hot", "warm", "cool", "cold"};

    /** Once a program: what the JVM compiled stays compiled. */
    private static final java.util.concurrent.atomic.AtomicBoolean DONE = new java.util.concurrent.atomic.AtomicBoolean();

    private ImportWarmUp() {
    }

    static void run(String country) {
        CountryNames.prepare();
        PhoneNumbers.repaired("1234567890", country);
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        List<String> header = FIELDS.stream().map(ImportField::label).toList();
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            List<String> row = new ArrayList<>(FIELDS.size());
            for (ImportField field : FIELDS) {
                row.add(value(field, i));
            }
            rows.add(row);
        }
        Table table = Table.of("warm-up", header, rows);
        new LeadImport(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC).defaultCountry(country)
                .read(table, ColumnMapping.guess(table), null, null);
    }

    /** A value as files have them, varied by row. */
    private static String value(ImportField field, int i) {
        return switch (field) {
            case KEY -> Integer.toString(i);
            case TITLE -> i % 5 == 0 ? "Dr" : "";
            case FIRST_NAME -> "Ana" + i;
            case LAST_NAME -> "Ruiz";
            case COMPANY -> i % 4 == 0 ? "Firm " + i : "";
            case EMAIL -> "ana" + i + "@example.com";
            case PHONE -> String.format(PHONES[i % PHONES.length], i % 1000);
            case LINE1 -> i % 3 == 0 ? "12 High Street, Bath BA1 1AA" : "12 High Street";
            case CITY -> "Bath";
            case POSTCODE -> "BA1 1AA";
            case COUNTRY -> COUNTRIES[i % COUNTRIES.length];
            case DO_NOT_MAIL, SAME_DAY, NEED_BY_YEARLY -> "no";
            case TEMPERATURE -> TEMPERATURES[i % TEMPERATURES.length];
            case STATUS -> i % 2 == 0 ? "open" : "lost";
            case STAGE, PRODUCT_CONTEXT, FIRM_SIZE, ORIGIN -> "unknown";
            case QUALIFICATION -> "untriaged";
            case REFERRAL_KIND -> "none";
            case SOURCE -> "fair";
            case NEED_BY -> "2026-12-01";
            case BIRTHDAY -> i % 2 == 0 ? "--07-03" : "1985-04-12";
            case ANNIVERSARY -> i % 3 == 0 ? "2012-05-19" : "";
            case CREATED -> "2026-11-20T09:30:00Z";
            case NEXT_FOLLOW_UP -> i % 2 == 0 ? "2026-12-09T14:00:00Z" : "";
            case TAGS -> "wedding; fair";
            case EMAIL_LABEL, PHONE_LABEL, ADDRESS_LABEL -> "other";
            default -> "";
        };
    }
}
