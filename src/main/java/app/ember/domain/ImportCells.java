package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of an imported sheet as the import reads it: each field's value through the column mapping,
 * and the problems found, each named by sheet, row and column.
 */
final class ImportCells {
    static final List<ImportField> ADDRESS = List.of(ImportField.LINE1, ImportField.LINE2, ImportField.CITY,
            ImportField.REGION, ImportField.POSTCODE, ImportField.COUNTRY);

    final Table table;
    final ColumnMapping mapping;
    final List<String> row;
    final int rowNumber;
    final List<RowProblem> problems = new ArrayList<>();
    /**
     * Leads rows are read leniently: a doubtful value is a {@link RowProblem.Severity#LOOK}; history rows are
     * not (a history row that cannot be read is refused).
     */
    private final boolean lenient;
    /** Doubtful values taken out of the lead, "column: value", for the lead's "Imported:" note. */
    final List<String> keptAside = new ArrayList<>();
    /** Which of the row's addresses the address fields come from; -1 until first asked. */
    private int addressIndex = -1;

    /** The day the import runs: a two-digit year is this century's unless that is after this year. */
    private final LocalDate today;

    ImportCells(Table table, ColumnMapping mapping, int index, LocalDate today) {
        this(table, mapping, index, today, false);
    }

    ImportCells(Table table, ColumnMapping mapping, int index, LocalDate today, boolean lenient) {
        this.today = today;
        this.lenient = lenient;
        this.table = table;
        this.mapping = mapping;
        this.row = table.rows().get(index);
        this.rowNumber = table.rowNumbers().get(index);
    }

    /** The fields where a line break or a tab means nothing: a spreadsheet cell's wrapped lines become one. */
    static final java.util.Set<ImportField> ONE_LINE = java.util.EnumSet.of(ImportField.FIRST_NAME,
            ImportField.LAST_NAME, ImportField.FULL_NAME, ImportField.COMPANY, ImportField.EMAIL, ImportField.PHONE,
            ImportField.LINE1, ImportField.LINE2, ImportField.CITY, ImportField.REGION, ImportField.POSTCODE,
            ImportField.COUNTRY, ImportField.SOURCE, ImportField.REFERRED_BY);
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\t]+");

    /** The first non-empty value of the field's columns, with a spreadsheet guard quote taken off. */
    String get(ImportField field) {
        for (int column : mapping.columns(field)) {
            String value = value(field, row.get(column));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /**
     * A cell's value for the field: trimmed, the guard quote off, and for a one-line field its line breaks
     * and tabs as single spaces (other control characters stay, for the lead's checks to refuse).
     */
    private static String value(ImportField field, String cell) {
        String value = Text.clean(ImportValues.unguard(cell));
        // Most cells have no break: asked first, as a regular expression's matcher per cell was a sixth of reading.
        return ONE_LINE.contains(field) && hasBreak(value) ? Text.clean(LINE_BREAKS.matcher(value).replaceAll(" "))
                : value;
    }

    /** Whether {@link #LINE_BREAKS} has anything to replace. */
    private static boolean hasBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * An address field's value from the row's chosen address ({@link #useAddress}; the first with anything
     * in it until then): contact exports carry several (Outlook's Business and Home streets, Google's
     * Address 1 and 2), each field's k-th column belonging to the k-th address, so a business street never
     * comes with a home town.
     */
    String address(ImportField field) {
        if (addressIndex < 0) {
            addressIndex = 0;
            for (int k = 0; k < addressCount(); k++) {
                if (anyAt(k)) {
                    addressIndex = k;
                    break;
                }
            }
        }
        List<Integer> columns = mapping.columns(field);
        return addressIndex < columns.size() ? value(field, row.get(columns.get(addressIndex))) : get(field);
    }

    /** How many addresses the mapping has columns for (the most columns of any address part). */
    int addressCount() {
        return ADDRESS.stream().mapToInt(part -> mapping.columns(part).size()).max().orElse(0);
    }

    /** One part of the k-th address; empty when that address has no column for it. */
    String addressAt(ImportField field, int k) {
        List<Integer> columns = mapping.columns(field);
        return k < columns.size() ? value(field, row.get(columns.get(k))) : "";
    }

    /** The header of the k-th address's first column with a value ("Home Street"). */
    String addressColumn(int k) {
        for (ImportField part : ADDRESS) {
            List<Integer> columns = mapping.columns(part);
            if (k < columns.size() && !Text.clean(row.get(columns.get(k))).isEmpty()) {
                return table.header().get(columns.get(k));
            }
        }
        return ImportField.LINE1.label();
    }

    private boolean anyAt(int k) {
        for (ImportField part : ADDRESS) {
            if (!addressAt(part, k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Which address the address fields come from (0 until one is chosen). */
    int chosenAddress() {
        return Math.max(addressIndex, 0);
    }

    /** Takes the address fields from the k-th address from now on. */
    void useAddress(int k) {
        addressIndex = k;
    }

    /** The header of the column the field's value came from (or its first column, or its label). */
    String column(ImportField field) {
        List<Integer> columns = mapping.columns(field);
        for (int column : columns) {
            if (!Text.clean(row.get(column)).isEmpty()) {
                return table.header().get(column);
            }
        }
        return columns.isEmpty() ? field.label() : table.header().get(columns.get(0));
    }

    /** A doubtful value on a leads row (the lead still comes in), a refusal on a history row. */
    void problem(ImportField field, Problem problem) {
        problems.add(new RowProblem(table.name(), rowNumber, column(field), problem,
                lenient ? RowProblem.Severity.LOOK : RowProblem.Severity.REFUSED));
    }

    /** A doubtful value, kept aside whole for the lead's note so nothing the user typed is lost. */
    void doubt(ImportField field, String value, Problem problem) {
        problem(field, problem);
        if (!value.isEmpty()) {
            keptAside.add(column(field) + ": " + value);
        }
    }

    /** The row cannot be a lead at all. */
    void refuse(ImportField field, Problem problem) {
        problems.add(new RowProblem(table.name(), rowNumber, column(field), problem, RowProblem.Severity.REFUSED));
    }

    /** A value of a known column that means nothing to Ember: left out, and the report says so. */
    void ignored(String column, String value) {
        problems.add(new RowProblem(table.name(), rowNumber, column,
                new Problem("ignore", "import.ignored", List.of(value)), RowProblem.Severity.IGNORED));
    }

    /** A value longer than the book keeps refuses the row (the database would refuse the whole import). */
    void limit(ImportField field, String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            refuse(field, new Problem(field.code(), "problem.tooLong", List.of(max)));
        }
    }

    <T> T read(ImportField field, Function<String, Optional<T>> parse, T otherwise, String what,
               String accepted) {
        String text = get(field);
        if (text.isEmpty()) {
            return otherwise;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            if (lenient && ImportValues.meaningless(column(field), text)) {
                ignored(column(field), text);
            } else {
                doubt(field, text, new Problem(field.code(), "import.unknown", List.of(text, what, accepted)));
            }
            return otherwise;
        }
        return value.get();
    }

    <E extends Enum<E>> E code(ImportField field, Class<E> type, E otherwise) {
        return read(field, t -> ImportValues.code(type, t), otherwise, field.label().toLowerCase(Locale.ROOT),
                Codes.accepted(type));
    }

    LocalDate date(ImportField field) {
        String text = get(field);
        ImportValues.DateValue date = ImportValues.date(text, today);
        if (!date.ok()) {
            doubt(field, text, new Problem(field.code(), "import.date", List.of(text)));
        }
        return date.value();
    }

    Instant instant(ImportField field, ZoneId zone) {
        String text = get(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Instant> at = ImportValues.instant(text, zone, today);
        if (at.isEmpty()) {
            doubt(field, text, new Problem(field.code(), "import.dateTime", List.of(text)));
        }
        return at.orElse(null);
    }
}
