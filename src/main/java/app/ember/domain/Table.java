package app.ember.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of a file being imported: a header row and rows of text, as read (nothing evaluated, nothing
 * converted but dates, which arrive as ISO {@code yyyy-mm-dd}). Rows are padded to the header's width.
 *
 * @param name       the sheet's name, or the file's name for a CSV or vCard file
 * @param header     the column names, as in the file
 * @param rows       the data rows, each as wide as the header
 * @param rowNumbers the row number the user sees in the file for each data row (the header is row 1)
 */
public record Table(String name, List<String> header, List<List<String>> rows, List<Integer> rowNumbers) {
    public Table {
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        List<List<String>> padded = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                cells.add(i < row.size() && row.get(i) != null ? row.get(i) : "");
            }
            padded.add(List.copyOf(cells));
        }
        rows = List.copyOf(padded);
        rowNumbers = List.copyOf(rowNumbers);
        if (rowNumbers.size() != rows.size()) {
            throw new IllegalArgumentException(rowNumbers.size() + " row numbers for " + rows.size() + " rows");
        }
    }

    /** A table whose rows follow the header directly: data row i is row i + 2 of the file. */
    public static Table of(String name, List<String> header, List<List<String>> rows) {
        List<Integer> numbers = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbers.add(i + 2);
        }
        return new Table(name, header, rows, numbers);
    }

    public int size() {
        return rows.size();
    }
}
