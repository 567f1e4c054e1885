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
    /** Which of the row's addresses the address fields come from; -1 until first asked. */
    private int addressIndex = -1;

    /** The day the import runs: a two-digit year is this century's unless that is after this year. */
    private final LocalDate today;

    ImportCells(Table table, ColumnMapping mapping, int index, LocalDate today) {
        this.today = today;
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
        return ONE_LINE.contains(field) ? Text.clean(LINE_BREAKS.matcher(value).replaceAll(" ")) : value;
    }

    /**
     * An address field's value from the row's first address that has anything in it: contact exports
     * carry several (Outlook's Business and Home streets, Google's Address 1 and 2), each field's k-th
     * column belonging to the k-th address, so a business street never comes with a home town.
     */
    String address(ImportField field) {
        if (addressIndex < 0) {
            addressIndex = 0;
            int addresses = ADDRESS.stream().mapToInt(part -> mapping.columns(part).size()).max().orElse(0);
            for (int k = 0; k < addresses; k++) {
                if (anyAt(k)) {
                    addressIndex = k;
                    break;
                }
            }
        }
        List<Integer> columns = mapping.columns(field);
        return addressIndex < columns.size() ? value(field, row.get(columns.get(addressIndex))) : get(field);
    }

    private boolean anyAt(int k) {
        for (ImportField part : ADDRESS) {
            List<Integer> columns = mapping.columns(part);
            if (k < columns.size() && !Text.clean(row.get(columns.get(k))).isEmpty()) {
                return true;
            }
        }
        return false;
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

    void problem(ImportField field, Problem problem) {
        problems.add(new RowProblem(table.name(), rowNumber, column(field), problem));
    }

    /** A problem when a value is longer than the book keeps (the database would refuse the whole import). */
    void limit(ImportField field, String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            problem(field, new Problem(field.code(), "problem.tooLong", List.of(max)));
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
            problem(field, new Problem(field.code(), "import.unknown", List.of(text, what, accepted)));
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
            problem(field, new Problem(field.code(), "import.date", List.of(text)));
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
            problem(field, new Problem(field.code(), "import.dateTime", List.of(text)));
        }
        return at.orElse(null);
    }
}
