package app.ember.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Finishes the commits a kill cut short in H2, before anything reads the book.
 *
 * <p>Why: H2 commits a transaction in two steps. It first records the commit in the transaction's undo
 * log, then rewrites each of the transaction's rows as committed. A process killed between the two
 * leaves a transaction that H2 finds at the next open as committed but not applied, and
 * {@code TransactionStore.endLeftoverTransactions} then calls {@code Transaction.commit()}, which does
 * nothing for a transaction already in the committed state (H2 2.5.252: {@code isActive(COMMITTED)} is
 * false, so the recovery branch of {@code TransactionStore.commit(t, true)} is never reached). The
 * transaction stays open for the life of the process: readers see the rows it had rewritten before the
 * kill and not the others, and a write on one of the others waits for it for ever. Measured on a book
 * from the crash harness: an import killed inside its commit showed 1,542 of its 2,782 leads, its run
 * unfinished, and deleting one of the missing rows never returned. A large import spends seconds in
 * that second step, so a kill lands there often.
 *
 * <p>So at open, before the first query (H2 caches query results by the tables' modification counts,
 * which this repair does not move), each leftover transaction in the committed state is committed the
 * way H2 meant to: its rows rewritten from its undo log, then the transaction ended. The transaction
 * was committed when the process died (its commit record had reached the file), so finishing it keeps
 * what was decided; the caller who was killed had not been told, which is allowed. The two methods are
 * package-private in H2, hence reflection; if a later H2 renames them, the open fails loudly in the
 * tests rather than leaving a book half-committed.
 */
final class LeftoverCommits {
    private static final Logger LOG = Logger.getLogger(LeftoverCommits.class.getName());

    private LeftoverCommits() {
    }

    /**
     * Commits every transaction H2 reopened as committed but never applied.
     *
     * @param first the first connection to the just-opened book, before any query ran on the book
     * @return how many transactions were finished
     */
    static int finish(Connection first) throws SQLException {
        TransactionStore store = ((SessionLocal) first.unwrap(JdbcConnection.class).getSession())
                .getDatabase().getStore().getTransactionStore();
        List<Transaction> leftover = new ArrayList<>();
        for (Transaction t : store.getOpenTransactions()) {
            // At open no session has committed anything yet: a transaction already in the committed
            // state is one a previous process was killed while applying.
            if (t.getStatus() == Transaction.STATUS_COMMITTED) {
                leftover.add(t);
            }
        }
        for (Transaction t : leftover) {
            long started = System.nanoTime();
            invoke(store, "commit", t, true);
            invoke(store, "endTransaction", t, true);
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.warning(() -> "a commit cut short by a kill was finished at open: H2 transaction " + t.getId()
                    + " (" + ms + " ms)");
        }
        return leftover.size();
    }

    private static void invoke(TransactionStore store, String name, Transaction t, boolean flag) {
        try {
            Method method = TransactionStore.class.getDeclaredMethod(name, Transaction.class, boolean.class);
            method.setAccessible(true);
            method.invoke(store, t, flag);
        } catch (InvocationTargetException e) {
            throw new StoreException("Could not finish a commit cut short (H2 transaction " + t.getId() + "): "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new StoreException("Could not finish a commit cut short (H2 transaction " + t.getId()
                    + "): this H2 has no TransactionStore." + name + "(Transaction, boolean)", e);
        }
    }
}
