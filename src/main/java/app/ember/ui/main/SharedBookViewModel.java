package app.ember.ui.main;

import app.ember.app.BookLocation;
import app.ember.app.DataDirSetup;
import app.ember.app.Services;
import app.ember.files.SafeFiles;
import app.ember.i18n.Messages;
import app.ember.store.PgPass;
import app.ember.store.ServerAddress;
import app.ember.ui.common.Background;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * File → Open shared book… and File → Move this book to a server…: the address typed (checked as it is
 * typed, remembered without a password beside the window's settings), the password (PGPASSWORD, .pgpass,
 * else typed and kept in memory only), and the work itself in the background: opening the shared book,
 * or copying this book into an empty one with the same code as {@code move-to}, the bar following.
 */
public final class SharedBookViewModel {
    private static final Logger LOG = Logger.getLogger(SharedBookViewModel.class.getName());
    private final Services services;
    private final Background background;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SharedBookViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
    }

    /** What is wrong with the address as typed, in words; "" when it reads. */
    public static String problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Messages.get("shared.urlEmpty");
        }
        try {
            ServerAddress.parse(typed);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether this window's book is the data dir's own (only that one can be moved to a server). */
    public boolean isLocal() {
        return !services.location().isServer();
    }

    /** The address last opened or moved to from this data dir; "" for none. */
    public String remembered() {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "the remembered shared book is unreadable", e);
            return "";
        }
        return saved.getProperty("url", "");
    }

    /** Keeps the address (it never holds a password: {@link ServerAddress} refuses one). A failure is only logged. */
    void remember(ServerAddress address) {
        Properties saved = new Properties();
        saved.setProperty("url", address.toString());
        try {
            SafeFiles.replace(file(), out -> saved.store(out, "Ember: the shared book last opened (no password)"));
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not remember the shared book", e);
        }
    }

    private Path file() {
        return services.dataDir().resolve(DataDirSetup.SHARED_BOOK_FILE);
    }

    /** The password PGPASSWORD or the .pgpass file has for the address, if any. */
    public Optional<String> knownPassword(ServerAddress address) {
        return PgPass.ofSystem().passwordFor(address);
    }

    /** 0 to 1 while a book moves to a server. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Opens the shared book in the background; {@code opened} gets the services on it (the window is then
     * built again on them), {@code failed} a refused login (asked again when it wants a password) or else.
     */
    public void open(ServerAddress address, Optional<String> password, Consumer<Services> opened,
                     Consumer<Throwable> failed) {
        busy.set(true);
        BookLocation book = new BookLocation(services.dataDir(), address);
        background.run(() -> Services.open(book, password.or(() -> knownPassword(address))), fresh -> {
            busy.set(false);
            remember(address);
            opened.accept(fresh);
        }, error -> {
            busy.set(false);
            failed.accept(error);
        });
    }

    /**
     * Copies this book whole into the empty shared book at the address (the same code as {@code move-to}),
     * in the background, the bar following table by table; this book is only read and stays open here.
     */
    public void moveTo(ServerAddress address, Optional<String> password, Consumer<Map<String, Integer>> moved,
                       Consumer<Throwable> failed) {
        busy.set(true);
        progress.set(0);
        Optional<String> login = password.or(() -> knownPassword(address));
        background.run(() -> services.moveTo(address, login, (table, done, total) ->
                background.handOver(() -> progress.set(total == 0 ? 1 : (double) done / total))), counts -> {
                    busy.set(false);
                    progress.set(1);
                    remember(address);
                    moved.accept(counts);
                }, error -> {
                    busy.set(false);
                    failed.accept(error);
                });
    }
}
