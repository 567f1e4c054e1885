package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates of a shared book through PostgreSQL's LISTEN/NOTIFY: every commit of this Ember tells
 * the others ("something changed", with this Ember's own id so it does not hear itself); a listener
 * thread on a connection of its own hears the others' and says so, at most once a second, so open
 * windows follow within a few seconds. A NOTIFY is sent only when its transaction commits.
 */
final class LiveChanges implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LiveChanges.class.getName());
    static final String CHANNEL = "ember_changes";
    private static final int WAIT_MS = 1000;
    private final String self = UUID.randomUUID().toString();
    private volatile Thread listener;
    private volatile Connection listening;

    /** Tells the other Embers, inside the caller's transaction (delivered when it commits). */
    void tell(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, self);
            statement.execute();
        }
    }

    /** Starts hearing the others on the given connection (kept for it alone) until closed. */
    void listen(Connection connection, Runnable onOthersChanged) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        listening = connection;
        PGConnection pg = connection.unwrap(PGConnection.class);
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    PGNotification[] heard = pg.getNotifications(WAIT_MS);
                    boolean others = false;
                    for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                        others |= !self.equals(notification.getParameter());
                    }
                    if (others) {
                        onOthersChanged.run();
                        Thread.sleep(WAIT_MS); // a burst of the others' commits is one refresh
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException | RuntimeException e) {
                    if (listener != null) {
                        LOG.log(Level.WARNING, "live updates stopped: " + e.getMessage(), e);
                    }
                    return;
                }
            }
        }, "ember-live-changes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void close() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
