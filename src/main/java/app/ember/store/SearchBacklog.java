package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import app.ember.domain.Lead;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts into lead_words, after an import, the search words the import left waiting.
 *
 * <p>Why: writing a lead's 13 to 20 words into the word index was most of an import's write (55 % of the
 * importing thread's time at 100,000 leads, measured; H2 writes such a row in 15-25 µs however it is
 * batched, and each lands somewhere else in the index). So an import into the data dir's book writes each
 * new lead's words into one row of lead_words_waiting, keyed by the lead, in its own transaction; this
 * moves them into lead_words a slice of leads at a time, each slice a transaction of its own, sorted by
 * word, on a background thread (or before the command line exits).
 *
 * <p>Nothing is stale meanwhile: a search looks in lead_words and in the waiting words
 * ({@link LeadQuerySql}). A lead has a waiting row exactly while its words are not in lead_words: an edit
 * that rewrites a lead's words deletes its waiting row ({@link SearchIndex#refresh}), and a slice locks its
 * waiting rows before it reads them, so neither undoes the other. A kill between slices leaves the rest
 * waiting: the next open goes on.
 */
public final class SearchBacklog {
    private static final Logger LOG = Logger.getLogger(SearchBacklog.class.getName());
    /** Leads a slice takes: a transaction of a second or so at the most. */
    static final int SLICE = 2_000;

    private final Database database;
    /** Leads a slice takes: {@link #SLICE}, fewer in tests so that a few rows make many slices. */
    private volatile int slice = SLICE;
    private ExecutorService worker;
    private Future<?> running;
    private boolean again;
    private volatile boolean stopping;

    SearchBacklog(Database database) {
        this.database = database;
    }

    /** Keeps new leads' words waiting, in the import's transaction: one row a lead, in the leads' order. */
    static void keep(Connection c, List<Long> ids, List<Lead> leads, List<List<String>> texts) throws SQLException {
        List<Object[]> rows = new ArrayList<>(ids.size());
        List<Integer> tooLong = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String words = SearchIndex.packed(SearchIndex.wordsOf(leads.get(i), texts == null ? null : texts.get(i)));
            if (words.length() > SearchIndex.PACKED_MAX) {
                tooLong.add(i); // a lead of very many words: straight into lead_words
            } else if (!words.isEmpty()) {
                rows.add(new Object[] {ids.get(i), words});
            }
        }
        Sql.batch(c, "INSERT INTO lead_words_waiting (lead_id, words) VALUES (?, ?)", rows, (statement, row) -> {
            statement.setLong(1, (Long) row[0]);
            statement.setString(2, (String) row[1]);
        });
        if (!tooLong.isEmpty()) {
            SearchIndex.insertNew(c, tooLong.stream().map(ids::get).toList(), tooLong.stream().map(leads::get).toList(),
                    texts == null ? null : tooLong.stream().map(texts::get).toList());
        }
    }

    /** Tests: how many leads a slice takes. */
    void sliceOf(int leads) {
        slice = leads;
    }

    /** How many leads still wait for their words. */
    public int waiting() {
        return database.read(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM lead_words_waiting");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Whether any lead's words wait (a search then looks at them too). */
    static boolean anyWaiting(Connection c) throws SQLException {
        try (PreparedStatement first = c.prepareStatement("SELECT 1 FROM lead_words_waiting FETCH FIRST ROW ONLY");
             ResultSet rows = first.executeQuery()) {
            return rows.next();
        }
    }

    /** Starts moving the waiting words in the background if any import left some (at open). */
    void startIfWaiting() {
        if (database.read(SearchBacklog::anyWaiting)) {
            start();
        }
    }

    /** Starts moving the waiting words on a background thread, unless that is going on; returns at once. */
    public synchronized void start() {
        if (stopping) {
            return;
        }
        again = true;
        if (running != null && !running.isDone()) {
            return;
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "ember-search-words");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
        }
        running = worker.submit(this::fillAll);
    }

    /** Moves every waiting word, on the background thread; returns when none is left (or on a failure). */
    public void finish() {
        start();
        Future<?> work;
        synchronized (this) {
            work = running;
        }
        if (work == null) {
            return;
        }
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new StoreException("Could not index the imported leads' search words: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Lets a slice under way finish and starts no other: before the book closes. */
    void stop() {
        Future<?> work;
        synchronized (this) {
            stopping = true;
            work = running;
        }
        if (work != null) {
            try {
                work.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "the search words' backlog did not stop cleanly", e);
            }
        }
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private void fillAll() {
        long started = System.nanoTime();
        int leads = 0;
        try {
            while (!stopping) {
                int done = database.write(c -> fillSlice(c, slice));
                if (done < 0) {
                    synchronized (this) {
                        if (!again) {
                            break;
                        }
                        again = false;
                    }
                } else {
                    leads += done;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not index the imported leads' search words (they are still found, "
                    + "more slowly, and the next start tries again)", e);
            throw e;
        }
        if (leads > 0) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int total = leads;
            LOG.info(() -> "indexed the search words of " + total + " imported lead(s) in " + ms + " ms");
        }
    }

    /**
     * Moves the words of the first slice of waiting leads into lead_words.
     *
     * @return how many leads had words moved; -1 when none is waiting
     */
    static int fillSlice(Connection c, int slice) throws SQLException {
        long from;
        long to;
        try (PreparedStatement range = c.prepareStatement("SELECT MIN(lead_id), MAX(lead_id) FROM (SELECT lead_id "
                + "FROM lead_words_waiting ORDER BY lead_id FETCH FIRST " + slice + " ROWS ONLY) w");
             ResultSet rows = range.executeQuery()) {
            rows.next();
            from = rows.getLong(1);
            if (rows.wasNull()) {
                return -1;
            }
            to = rows.getLong(2);
        }
        // Locked first, then read again: an edit committed while this waited has taken its lead's row away.
        Set<Long> locked = new HashSet<>();
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT lead_id FROM lead_words_waiting WHERE lead_id BETWEEN ? AND ? FOR UPDATE")) {
            lock.setLong(1, from);
            lock.setLong(2, to);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getLong(1));
                }
            }
        }
        List<Object[]> words = new ArrayList<>();
        List<Long> moved = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement(
                "SELECT lead_id, words FROM lead_words_waiting WHERE lead_id BETWEEN ? AND ?")) {
            read.setLong(1, from);
            read.setLong(2, to);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (locked.contains(id)) {
                        moved.add(id);
                        for (String word : new LinkedHashSet<>(SearchIndex.unpacked(rows.getString(2)))) {
                            words.add(new Object[] {word, id});
                        }
                    }
                }
            }
        }
        // In the index's order: each of its pages is changed once a slice, not once a word.
        words.sort(Comparator.comparing((Object[] w) -> (String) w[0]).thenComparing(w -> (Long) w[1]));
        Sql.batch(c, "INSERT INTO lead_words (word, lead_id) VALUES (?, ?)", words, (statement, w) -> {
            statement.setString(1, (String) w[0]);
            statement.setLong(2, (Long) w[1]);
        });
        Sql.batch(c, "DELETE FROM lead_words_waiting WHERE lead_id = ?", moved, (statement, id) -> statement.setLong(1, id));
        return moved.size();
    }
}
