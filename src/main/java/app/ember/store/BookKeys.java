package app.ember.store;

import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportPlan.Action;
import app.ember.domain.ImportRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's duplicate keys (every lead's e-mails, phones with names, names with postcodes) as an import plans
 * against them, with the state of the book they were read from. Reading them takes most of a preview at 100,000
 * leads, so the import wizard reads them once and plans every change of the user's against them. The write asks
 * {@link #state} inside its transaction (one pass over the leads, no keys made) and matches the rows again
 * only when the book changed since ({@link ImportBook#run}); a shared book's wizard asks it too when its keys
 * are a minute old.
 */
public final class BookKeys {
    final ImportMatcher matcher;
    final String state;

    private BookKeys(ImportMatcher matcher, String state) {
        this.matcher = matcher;
        this.state = state;
    }

    /** The keys as the book has them now. The state is read first: a change made meanwhile reads as a change. */
    static BookKeys load(Connection c) throws SQLException {
        String state = state(c);
        return new BookKeys(ImportMatcher.load(c), state);
    }

    /**
     * What the keys depend on, in a few numbers: the live leads (how many, the sum of their ids: an added,
     * deleted or restored lead changes both), their newest change and their edit counts (an edit of a name,
     * e-mail, phone or postcode moves one of them: the form counts every edit, an import's update stamps its
     * time), and the further e-mails and phones (replaced, never edited in place: new ids).
     */
    static String state(Connection c) throws SQLException {
        StringBuilder state = new StringBuilder();
        try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*), SUM(id), MAX(updated_at), "
                + "SUM(row_version) FROM leads WHERE deleted_at IS NULL");
             ResultSet row = statement.executeQuery()) {
            row.next();
            state.append(row.getLong(1)).append('/').append(row.getLong(2)).append('/').append(row.getString(3))
                    .append('/').append(row.getLong(4));
        }
        try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*), SUM(id), MAX(id) FROM lead_contacts "
                + "WHERE kind IN ('email', 'phone')");
             ResultSet row = statement.executeQuery()) {
            row.next();
            state.append('/').append(row.getLong(1)).append('/').append(row.getLong(2)).append('/')
                    .append(row.getLong(3));
        }
        return state.toString();
    }

    /**
     * The plan as it stands against the book now, inside the write's transaction: the plan itself when the book
     * has not changed since it was matched, else its rows matched again (a lead added meanwhile with a row's
     * e-mail makes that row a duplicate; a matched lead deleted meanwhile makes its row new).
     */
    static ImportPlan current(Connection c, ImportPlan plan) throws SQLException {
        if (!plan.bookState().isEmpty() && plan.bookState().equals(BookKeys.state(c))) {
            return plan;
        }
        BookKeys now = BookKeys.load(c);
        return new ImportPlan(now.matched(plan.entries(), plan.duplicates(), true), plan.historyProblems(),
                plan.duplicates(), now.state);
    }

    /**
     * Each row matched against the book's keys and the rows above it. With {@code keep}, a row whose match
     * is the one it was planned with keeps its action (the user's own choice for it included); the others
     * take the choice made for all, as a new plan would.
     */
    List<ImportPlan.Entry> matched(List<ImportPlan.Entry> planned, DuplicatePolicy duplicates, boolean keep) {
        ImportMatcher earlierRows = new ImportMatcher();
        List<ImportPlan.Entry> entries = new ArrayList<>(planned.size());
        for (ImportPlan.Entry before : planned) {
            ImportRow row = before.row();
            if (!row.ok()) {
                entries.add(new ImportPlan.Entry(row, Action.REJECT, 0, "", "", 0));
                continue;
            }
            ImportMatcher.Match match = matcher.find(row.details());
            ImportMatcher.Match earlier = match == null ? earlierRows.find(row.details()) : null;
            ImportMatcher.Match any = match != null ? match : earlier;
            long matchId = match == null ? 0 : match.id();
            int sameAsRow = earlier == null ? 0 : (int) earlier.id();
            Action action = any == null || duplicates == DuplicatePolicy.NEW ? Action.ADD
                    : duplicates == DuplicatePolicy.UPDATE ? Action.UPDATE : Action.SKIP;
            if (keep && before.matchId() == matchId && before.sameAsRow() == sameAsRow) {
                action = before.action();
            }
            entries.add(new ImportPlan.Entry(row, action, matchId, any == null ? "" : any.by(),
                    any == null ? "" : any.name(), sameAsRow));
            if (any == null) {
                earlierRows.add(row.rowNumber(), row.details());
            }
        }
        return entries;
    }
}
