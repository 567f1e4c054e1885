package app.ember.domain;

import java.util.List;
import java.util.Set;

/**
 * One row of the leads sheet, read: the lead with its history (null when the row could not make one) and what
 * is wrong with it. A row with any problem is rejected; the wizard shows it, the command line prints it.
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
        return problems.isEmpty() && details != null;
    }
}
