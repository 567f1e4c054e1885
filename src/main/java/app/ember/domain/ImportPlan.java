package app.ember.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import will do with each row: add it, update the lead it matches, skip it, or reject it for its
 * problems. Made by the store (which knows the book's leads); a dry run prints its {@link #summary()}; the
 * wizard may change single duplicate rows with {@link #decide(int, Action)} before running it.
 *
 * @param historyProblems history rows that link to no lead or cannot be read (they count as rejected)
 * @param duplicates      the choice made for all duplicates, for rows that match a lead only when written
 * @param bookState       the state of the book the rows were matched against (the store's; "" unknown): the
 *                        write matches them again when the book has changed since
 */
public record ImportPlan(List<Entry> entries, List<RowProblem> historyProblems, DuplicatePolicy duplicates,
                         String bookState) {
    public ImportPlan {
        entries = List.copyOf(entries);
        historyProblems = List.copyOf(historyProblems);
        duplicates = duplicates == null ? DuplicatePolicy.SKIP : duplicates;
        bookState = bookState == null ? "" : bookState;
    }

    public ImportPlan(List<Entry> entries, List<RowProblem> historyProblems) {
        this(entries, historyProblems, DuplicatePolicy.SKIP, "");
    }

    public enum Action { ADD, UPDATE, SKIP, REJECT }

    /**
     * One row and its fate.
     *
     * @param matchId     the stored lead it matches (0: none)
     * @param matchedBy   "email", "phone" or "name and postcode"; empty without a match
     * @param matchedName the name of the lead (or earlier row) it matches; empty without a match
     * @param sameAsRow   the earlier row of this file it matches when no stored lead does (0: none):
     *                    skipped, updates the lead that row adds, or is added again, as chosen
     */
    public record Entry(ImportRow row, Action action, long matchId, String matchedBy, String matchedName,
                        int sameAsRow) {
        /** Whether the row is someone already in Ember or earlier in the file, so it may be skipped or update. */
        public boolean isDuplicate() {
            return matchId != 0 || sameAsRow != 0;
        }
    }

    /** Same plan with one row (by its row number) changed; UPDATE needs a match, and a rejected row stays so. */
    public ImportPlan decide(int rowNumber, Action action) {
        List<Entry> changed = new ArrayList<>(entries);
        for (int i = 0; i < changed.size(); i++) {
            Entry entry = changed.get(i);
            if (entry.row().rowNumber() == rowNumber) {
                if (entry.action() == Action.REJECT || action == Action.REJECT) {
                    throw new IllegalArgumentException("row " + rowNumber + ": a rejected row cannot be chosen");
                }
                if (action != Action.ADD && !entry.isDuplicate()) {
                    throw new IllegalArgumentException("row " + rowNumber + " matches no lead to skip or update");
                }
                changed.set(i, new Entry(entry.row(), action, entry.matchId(), entry.matchedBy(), entry.matchedName(),
                        entry.sameAsRow()));
            }
        }
        return new ImportPlan(changed, historyProblems, duplicates, bookState);
    }

    public int count(Action action) {
        int n = 0;
        for (Entry entry : entries) {
            if (entry.action() == action) {
                n++;
            }
        }
        return n;
    }

    /** Every problem, leads sheet first, then history. */
    public List<RowProblem> problems() {
        List<RowProblem> all = new ArrayList<>();
        for (Entry entry : entries) {
            all.addAll(entry.row().problems());
        }
        all.addAll(historyProblems);
        return all;
    }

    /** True when some row (lead or history) is rejected. */
    public boolean hasRejected() {
        return count(Action.REJECT) > 0 || !historyProblems.isEmpty();
    }

    /** What running the plan would report. */
    public ImportSummary summary() {
        return new ImportSummary(count(Action.ADD), count(Action.UPDATE), count(Action.SKIP),
                count(Action.REJECT) + historyProblems.size(), problems());
    }
}
