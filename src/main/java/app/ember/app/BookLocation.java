package app.ember.app;

import app.ember.store.ServerAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which book to open: the data dir's own H2 book, or a shared book on a PostgreSQL server. The data dir
 * is there either way: it keeps this computer's log, window place and label templates.
 *
 * @param as the name to keep this session's work under ({@code --as NAME}); null for the one set in the
 *           data dir ({@link DisplayName})
 */
public record BookLocation(Path dataDir, ServerAddress server, String as) {
    /** The environment variable that names a shared book for every command and the window. */
    public static final String VARIABLE = "EMBER_DATABASE";

    public BookLocation(Path dataDir, ServerAddress server) {
        this(dataDir, server, null);
    }

    public static BookLocation local(Path dataDir) {
        return new BookLocation(dataDir, null, null);
    }

    /** The same book, its work kept under this name (null: the one set in the data dir). */
    public BookLocation actingAs(String name) {
        return new BookLocation(dataDir, server, name);
    }

    public Optional<ServerAddress> serverAddress() {
        return Optional.ofNullable(server);
    }

    public boolean isServer() {
        return server != null;
    }

    /** What the user knows the book by: the server address, or the data dir. */
    public String name() {
        return server != null ? server.toString() : dataDir.toAbsolutePath().toString();
    }
}
