package app.ember.io;

import app.ember.domain.ColumnMapping;
import java.util.List;

/**
 * Finds the header row of a sheet wherever it is: people put a title ("Petal & Stem — client list 2026"), a
 * date or a blank row above it. The header is the row, among the first ones, that names most columns Ember
 * knows; when none names any, the first row with two cells or more (a title is one cell).
 */
final class HeaderRow {
    /** A header further down than this is not looked for. */
    static final int ROWS_LOOKED_AT = 30;

    private HeaderRow() {
    }

    /** The index of the header among the (non-blank) rows. */
    static int find(List<List<String>> rows) {
        int best = -1;
        int bestKnown = 0;
        int limit = Math.min(rows.size(), ROWS_LOOKED_AT);
        for (int i = 0; i < limit; i++) {
            int known = ColumnMapping.knownHeaders(rows.get(i));
            if (known > bestKnown) {
                best = i;
                bestKnown = known;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = 0; i < limit; i++) {
            if (rows.get(i).stream().filter(cell -> !cell.isBlank()).count() >= 2) {
                return i;
            }
        }
        return 0;
    }
}
