package app.ember.domain;

/**
 * Why a row of an imported file cannot be taken: the sheet, the row number the user sees, the column's
 * header as in the file, and the problem as a message key with arguments (the same keys the lead form uses,
 * plus {@code import.*}).
 */
public record RowProblem(String sheet, int row, String column, Problem problem) {
}
