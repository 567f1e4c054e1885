package app.ember.cli;

import app.ember.app.BookLocation;
import app.ember.app.DataDir;
import app.ember.app.DisplayName;
import app.ember.store.ServerAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ember [--data-dir DIR] [COMMAND]}: with no command the window opens. */
@Command(name = "ember", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Ember, a calm lead manager for a florist or a solo consultant.%n"
                + "With no command the window opens.",
        subcommands = {DemoCommand.class, ListCommand.class, LeadCommand.class, AdviseCommand.class,
            LogCommand.class, TimelineCommand.class, PlanCommand.class, ReportCommand.class, LabelsCommand.class, PostcardsCommand.class,
            MailingListCommand.class, AlignmentCommand.class, MailSettingsCommand.class, ImportCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, BackupsCommand.class, MoveToCommand.class,
            NameCommand.class})
public final class EmberCommand implements Callable<Integer> {
    private final WindowOpener windowOpener;
    private final Clock clock;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the database lives (default: ${DEFAULT-VALUE}).")
    private Path dataDir = defaultDir();

    @Option(names = "--database", paramLabel = "URL", scope = ScopeType.INHERIT, defaultValue = "${env:EMBER_DATABASE}",
            description = "A shared book on a PostgreSQL server, as postgresql://user@host:port/dbname[?sslmode=require] "
                    + "(default: the EMBER_DATABASE variable; none: the data dir's own book). The password comes from "
                    + "PGPASSWORD or your .pgpass file.")
    private String database;

    @Option(names = "--as", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The name your touches, notes and changes are kept under in a shared book, for this "
                    + "command (default: the one set with 'ember name NAME'; on a server without one, the role "
                    + "you log in as).")
    private String as;

    @Option(names = "--smoke",
            description = "Open the window, wait until the first page of leads is shown, print 'ready <ms since start>' and exit.")
    private boolean smoke;

    public EmberCommand(WindowOpener windowOpener, Clock clock) {
        this.windowOpener = windowOpener;
        this.clock = clock;
    }

    /** The clock every command asks the time of (today's date, a backup's name, a touch logged now). */
    Clock clock() {
        return clock;
    }

    /**
     * The data dir to use.
     *
     * @throws BadInputException when there is none: the default one has a name the system cannot spell
     */
    Path dataDir() {
        if (dataDir == null) {
            throw new BadInputException(FileNames.unusable("the default data dir (in " + defaultBase() + ")")
                    + "; or choose one with --data-dir DIR");
        }
        return dataDir;
    }

    /**
     * The book the command works on: the data dir's own, or the shared one named by --database.
     *
     * @throws BadInputException when the address does not read
     */
    BookLocation book() {
        Path dir = dataDir();
        String name = as == null ? null : Options.code(as, DisplayName::check, "--as");
        if (database == null || database.isBlank()) {
            return BookLocation.local(dir).actingAs(name);
        }
        try {
            return new BookLocation(dir, ServerAddress.parse(database), name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--database: " + e.getMessage());
        }
    }

    /** Refuses a command that works on the data dir's book file only (backups) when a shared book is named. */
    void refuseServer(String command) {
        if (book().isServer()) {
            throw new BadInputException(command + " works on the data dir's own book files; a shared book on a server "
                    + "is backed up by 'backup' (a portable zip that 'restore' reads into an empty book) or the server's "
                    + "tools (pg_dump, see the README's 'Backups of a shared book')");
        }
    }

    /** The data dir, or null when there is none (for messages about a failure). */
    Path dataDirOrNull() {
        return dataDir;
    }

    @Override
    public Integer call() {
        return windowOpener.open(book(), smoke);
    }

    /** The OS's data dir, or null when its name cannot be spelt here (a non-ASCII home under LANG=C). */
    private static Path defaultDir() {
        try {
            return DataDir.defaultDir();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String defaultBase() {
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? xdg : System.getProperty("user.home");
    }
}
