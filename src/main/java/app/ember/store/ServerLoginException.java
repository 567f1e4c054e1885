package app.ember.store;

import java.sql.SQLException;

/**
 * The server did not let Ember in: a password is needed or was wrong, the database does not exist, or
 * the server cannot be reached. {@link #needsPassword()} tells the window to ask for one.
 */
public final class ServerLoginException extends StoreException {
    private final boolean needsPassword;

    private ServerLoginException(String message, boolean needsPassword, Throwable cause) {
        super(message, cause);
        this.needsPassword = needsPassword;
    }

    /** Whether asking for a (new) password could help. */
    public boolean needsPassword() {
        return needsPassword;
    }

    static ServerLoginException of(ServerAddress address, boolean hadPassword, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01") || (!hadPassword && message.contains("no password was provided"))) {
            return new ServerLoginException(hadPassword
                    ? "the server refused the password for " + address.user() + " on " + address
                    : "the server " + address + " asks for a password for " + address.user()
                            + ": set PGPASSWORD or add a line to your .pgpass file", true, e);
        }
        if (state.equals("3D000")) {
            return new ServerLoginException("the database " + address.database() + " does not exist on the server "
                    + address.host() + "; its owner makes it first (createdb " + address.database() + ")", false, e);
        }
        if (state.startsWith("08")) {
            return new ServerLoginException("cannot reach the server of " + address + ": " + message, false, e);
        }
        return new ServerLoginException("the server of " + address + " refused Ember: " + message, false, e);
    }
}
