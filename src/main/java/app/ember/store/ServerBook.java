package app.ember.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens a shared book on a PostgreSQL server and brings its schema up to date. Unlike an H2 book there
 * is no file here to back up before an update, mark, compact or lock: PostgreSQL runs each migration in
 * a transaction of its own (a failed one leaves nothing behind), and Flyway takes the server's advisory
 * lock, so two people starting a new Ember at once update the schema once.
 */
public final class ServerBook {
    private static final Logger LOG = Logger.getLogger(ServerBook.class.getName());
    /** Connections one Ember keeps to the server: enough for the window's background work and a live listener. */
    private static final int CONNECTIONS = 8;

    private ServerBook() {
    }

    /**
     * Opens the book at the address, with the password when there is one (PGPASSWORD, .pgpass or typed).
     * The password goes to the driver and nowhere else.
     *
     * @param dataDir this computer's data dir (logs, window, label templates): not the book
     * @throws ServerLoginException when the server refuses the login or cannot be reached
     */
    public static Database open(Path dataDir, ServerAddress address, Optional<String> password) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(address.user());
        password.ifPresent(source::setPassword);
        if (!address.options().containsKey("application_name")) {
            source.setApplicationName("Ember");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(CONNECTIONS);
        try (Connection first = pool.getConnection()) {
            first.isValid(5);
        } catch (SQLException e) {
            pool.dispose();
            throw ServerLoginException.of(address, password.isPresent(), e);
        }
        Database database = new Database(dataDir, address, pool, null);
        try {
            Flyway.configure(ServerBook.class.getClassLoader())
                    .dataSource(pool)
                    .locations(SchemaHistory.migrations("postgresql").toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            database.close();
            if (deniedByPrivileges(e)) {
                // A work role (least privilege) meets a schema this Ember must create or update first.
                throw new StoreException("the role " + address.user() + " may not create or change the schema of "
                        + address + " (permission denied): the book's owner role opens it once with this Ember "
                        + "first, then everyone can work in it", e);
            }
            throw new StoreException("Ember could not bring the shared book " + address + " up to date: "
                    + e.getMessage(), e);
        }
        LOG.info(() -> "opened the shared book " + address);
        return database;
    }

    /** PostgreSQL's insufficient_privilege (42501) anywhere in the failure. */
    private static boolean deniedByPrivileges(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
