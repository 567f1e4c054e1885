package app.ember.domain;

import java.util.Objects;

/**
 * Something the import says about a cell of an imported file: the sheet, the row number the user sees, the
 * column's header as in the file, the problem as a message key with arguments (the same keys the lead form
 * uses, plus {@code import.*}), and how much it weighs ({@link Severity}).
 */
public record RowProblem(String sheet, int row, String column, Problem problem, Severity severity) {
    /**
     * How much a problem weighs. Import is lenient: only a row that cannot be a lead at all is refused;
     * a doubtful value is kept aside and the lead marked "needs a look"; a value that means nothing to
     * Ember (Outlook's Priority "Normal") is left out, and the report says so.
     */
    public enum Severity { REFUSED, LOOK, IGNORED }

    public RowProblem {
        Objects.requireNonNull(severity, "severity");
    }

    /** A problem that refuses the row (history rows, and rows that cannot be a lead). */
    public RowProblem(String sheet, int row, String column, Problem problem) {
        this(sheet, row, column, problem, Severity.REFUSED);
    }

    public boolean refuses() {
        return severity == Severity.REFUSED;
    }
}
