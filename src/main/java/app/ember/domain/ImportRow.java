package app.ember.domain;

import java.util.List;
import java.util.Set;

/**
 * One row of the leads sheet, read: the lead with its history (null when the row could not make one) and what
 * the import says about it. A row is refused only for a {@link RowProblem#refuses() refusing} problem; a row
 * with doubts is imported and its lead marked "needs a look".
 *
 * @param present the fields that had a value in the row (an update copies only these)
 * @param key the row's own id in the file ("Lead ID"), which links history rows; empty when the file has none
 */
public record ImportRow(int rowNumber, LeadDetails details, List<RowProblem> problems, String key,
                        Set<ImportField> present) {
    public ImportRow {
        problems = List.copyOf(problems);
        present = Set.copyOf(present);
    }

    public boolean ok() {
        return details != null && problems.stream().noneMatch(RowProblem::refuses);
    }

    /** True when some value of the row was doubtful: the lead comes in, marked "needs a look". */
    public boolean needsLook() {
        return problems.stream().anyMatch(p -> p.severity() == RowProblem.Severity.LOOK);
    }
}
