package app.ember.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.mvstore.MVStore;

/**
 * When to give the book file its free space back. H2 writes each commit into free space or at the end of
 * the file and gets space back only by compacting, which it does in its background writer; Ember runs
 * without that writer (WRITE_DELAY=0, so that each commit is written at once), so the file only grew:
 * the 100,000-lead bench book was 2.8 GB for 368 MB of data, and its backup took 37 s.
 *
 * <p>The book is compacted as it is closed ({@code SHUTDOWN COMPACT}) when the file is over 16 MB and less
 * than {@link #WORTH_IT_BELOW} percent of it is live data: H2 then copies the live data into a new file
 * and swaps it in, so a kill meanwhile leaves the old file whole (H2 deletes the half-made copy when it
 * next opens the book). Compacting the open file in place ({@code MVStore.compactFile}) was tried first:
 * within a time limit it often moved too little to shrink the file.
 */
final class Compaction {
    /** Below this share of live data in the file, compacting pays. */
    static final int WORTH_IT_BELOW = 50;
    /** A smaller file costs nothing to keep or back up; compacting it would only slow down closing. */
    static final long WORTH_IT_ABOVE_BYTES = 16L << 20;

    private Compaction() {
    }

    /**
     * The file's share of live data, in percent: the lower of the share of the file in chunks and the
     * chunks' share of live pages (dead chunks count as used until H2's 45 s retention time has passed, so
     * after a large delete only the second one shows it).
     */
    static int liveShare(Connection connection) throws SQLException {
        MVStore store = StoreHeader.mvStore(connection);
        return Math.min(store.getFillRate(), store.getFileStore().getChunksFillRate());
    }

    static boolean worthIt(Connection connection) throws SQLException {
        return StoreHeader.mvStore(connection).getFileStore().size() > WORTH_IT_ABOVE_BYTES
                && liveShare(connection) < WORTH_IT_BELOW;
    }
}
