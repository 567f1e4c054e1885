package app.ember.app;

import app.ember.domain.AdvisorSettings;
import app.ember.domain.Clocks;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.TemperatureAdvisor;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import app.ember.io.SampleLeads;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import app.ember.store.Database;
import app.ember.store.ExportReader;
import app.ember.store.DiskFull;
import app.ember.store.LeadBook;
import app.ember.store.MailBook;
import app.ember.store.MailSettingsBook;
import app.ember.store.PgPass;
import app.ember.store.ServerAddress;
import app.ember.store.ServerBook;
import app.ember.store.PlanBook;
import app.ember.store.PolicyBook;
import app.ember.store.ReportBook;
import app.ember.store.TouchLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The services of one data dir, wired by constructor: the window and the command line both start
 * from here, so they always share the same rules.
 */
public final class Services implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Services.class.getName());
    private final Database database;
    private final LeadBook leadBook;
    private final TouchLog touchLog;
    private final Clock clock;
    private final PolicyBook policies;
    private final PlanBook planBook;
    private final ReportBook reportBook;
    private final MailBook mailBook;
    private final MailSettingsBook mailSettings;
    private final Backups backups;
    private final LeadImports imports;
    private final TemperatureAdvisor advisor = new TemperatureAdvisor(AdvisorSettings.defaults());
    /** The password a server book was opened with, in memory only, for opening it again (never written). */
    private Optional<String> password = Optional.empty();
    /** Whether this session's work was given a name (--as) rather than falling back to the role. */
    private boolean namedForSession;

    public Services(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.policies = new PolicyBook(database, Locale.getDefault(Locale.Category.FORMAT));
        this.leadBook = new LeadBook(database, clock, policies::current);
        this.touchLog = new TouchLog(database, clock, policies::current);
        this.planBook = new PlanBook(database, clock, policies::current);
        this.reportBook = new ReportBook(database, clock, policies::current);
        this.mailBook = new MailBook(database, touchLog, planBook, policies::current);
        this.mailSettings = new MailSettingsBook(database);
        this.backups = new Backups(database, clock);
        this.imports = new LeadImports(database, clock, policies::current,
                () -> mailSettings.current().sender().homeCountry());
    }

    /**
     * Opens the data dir's database; throws DataDirInUseException when another Ember holds it. The data
     * dir is made first when missing, owner-only, and this process's log opens in it ({@link EmberLog});
     * once the book is open (so no other Ember is at work in it), the data dir's files are made
     * owner-only and what a killed backup or restore left behind is removed ({@link DataDirSetup}).
     */
    public static Services open(Path dataDir) {
        return open(BookLocation.local(dataDir), Clocks.system());
    }

    /** As {@link #open(Path)}, with the clock every book of these services asks the time of. */
    public static Services open(Path dataDir, Clock clock) {
        return open(BookLocation.local(dataDir), clock);
    }

    /**
     * Opens the book where it is: the data dir's own (as {@link #open(Path)}) or a shared book on a server,
     * with the password from PGPASSWORD or the user's .pgpass when there is one ({@link PgPass}).
     *
     * @throws app.ember.store.ServerLoginException when the server refuses the login or cannot be reached
     */
    public static Services open(BookLocation book) {
        return open(book, Clocks.system());
    }

    /** As {@link #open(BookLocation)}, with the clock every book of these services asks the time of. */
    public static Services open(BookLocation book, Clock clock) {
        return open(book, book.serverAddress().flatMap(PgPass.ofSystem()::passwordFor), clock);
    }

    /** As {@link #open(BookLocation)}, with the password the user typed (kept in memory only). */
    public static Services open(BookLocation book, Optional<String> password) {
        return open(book, password, Clocks.system());
    }

    /** As {@link #open(BookLocation, Optional)}, with the clock every book of these services asks the time of. */
    public static Services open(BookLocation book, Optional<String> password, Clock clock) {
        if (!book.isServer()) {
            Services services = openLocal(book.dataDir(), clock);
            services.database.actAs(author(book));
            return services;
        }
        DataDirSetup.prepare(book.dataDir()); // the log and this computer's files; the book is on the server
        Database database = ServerBook.open(book.dataDir(), book.server(), password);
        database.actAs(author(book));
        Services services = new Services(database, clock);
        services.password = password;
        services.namedForSession = book.as() != null && !book.as().isBlank();
        return services;
    }

    /**
     * Whom the work is kept under: the name given for this session (--as), else the one set in the data dir,
     * else on a server the role logged in as (one per person, as the README sets it up); a book kept by one
     * person names nobody.
     */
    private static String author(BookLocation book) {
        if (book.as() != null && !book.as().isBlank()) {
            return book.as().strip();
        }
        return DisplayName.read(book.dataDir()).orElse(book.isServer() ? book.server().user() : "");
    }

    private static Services openLocal(Path dataDir, Clock clock) {
        DataDirSetup.prepare(dataDir);
        Database database = Database.open(dataDir);
        DataDirSetup.tidy(dataDir);
        return new Services(database, clock);
    }

    /**
     * Opens the data dir for a command that writes: takes the day's backup first when none was taken
     * today. A backup that fails does not stop the command: {@code warn} hears of it in one line.
     */
    public static Services openToWrite(Path dataDir, Consumer<String> warn) {
        return openToWrite(BookLocation.local(dataDir), warn, Clocks.system());
    }

    /** As {@link #openToWrite(Path, Consumer)} for a book anywhere (a server book has no daily backup here). */
    public static Services openToWrite(BookLocation book, Consumer<String> warn) {
        return openToWrite(book, warn, Clocks.system());
    }

    /** As {@link #openToWrite(BookLocation, Consumer)}, with the clock that also says whether a backup is due. */
    public static Services openToWrite(BookLocation book, Consumer<String> warn, Clock clock) {
        Services services = open(book, clock);
        services.dailyBackup().failure().ifPresent(warn);
        return services;
    }

    /** What the day's backup did: the backup taken (none when not due), or why it failed. */
    public record DailyBackup(Optional<Backups.Backup> taken, Optional<String> failure) {
    }

    /**
     * The day's automatic backup, when the newest backup is from before today. A failure is logged
     * with its details and does not stop the work: the user's edit matters more than the day's copy.
     * On a disk too full for a copy of the book none is tried (a write that fails on a full disk would
     * close the book for this session). A damaged book does stop it: {@link DamagedBookException}.
     */
    public DailyBackup dailyBackup() {
        try {
            return new DailyBackup(backups.dailyIfDue(), Optional.empty());
        } catch (DamagedBookException e) {
            throw e; // found by the check before the backup: no work goes on in a damaged book
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the daily backup failed: " + e.getMessage(), e);
            String why = DiskFull.describe(e, dataDir()).orElse(e.getMessage());
            return new DailyBackup(Optional.empty(), Optional.of("the daily backup failed: " + why));
        }
    }

    /** False once closed, by {@link #close()} or by a restore that replaced the data under them. */
    public boolean isOpen() {
        return !database.isClosed();
    }

    public Backups backups() {
        return backups;
    }

    /**
     * What a restore did: the backup put in place, the copy of the state before (null when the book was
     * damaged: then it was kept aside, in {@code damagedKeptAs}, else null), the services on the restored data.
     */
    public record Restore(Backups.Backup restored, Backups.Backup before, Services services, Path damagedKeptAs) {
    }

    /**
     * Replaces the data with the backup (after backing up the state now). These services are closed
     * afterwards, also when the restore fails after closing them; the returned ones are open on the
     * restored data.
     *
     * @throws IllegalArgumentException when the file is not an Ember backup; then nothing has changed
     */
    public Restore restore(Path zip) {
        Path dataDir = dataDir();
        Backups.Restored restored = backups.restore(zip);
        close();
        // The restored file was unpacked with the system's permissions: owner-only again.
        DataDirSetup.tidy(dataDir);
        LOG.info(() -> "restore: " + zip.toAbsolutePath() + " (taken " + restored.restored().taken() + ", "
                + restored.restored().leads() + " leads) is the book now; "
                + (restored.before() != null ? "the book before it is in " + restored.before().file()
                : "the damaged book before it is kept as " + restored.damagedKeptAs()));
        restored.database().actAs(database.author()); // the same person goes on working
        return new Restore(restored.restored(), restored.before(), new Services(restored.database(), clock),
                restored.damagedKeptAs());
    }

    /**
     * Restores the backup into a data dir whose book is damaged and did not open: the damaged file is
     * kept aside, renamed; the returned services are open on the restored book.
     *
     * @throws IllegalArgumentException when the file is not an Ember backup that opens; then nothing has changed
     */
    public static Restore restoreDamaged(Path dataDir, Path zip) {
        return restoreDamaged(dataDir, zip, Clocks.system());
    }

    /** As {@link #restoreDamaged(Path, Path)}, the returned services on the given clock. */
    public static Restore restoreDamaged(Path dataDir, Path zip, Clock clock) {
        Backups.Restored restored = Backups.restoreDamaged(dataDir, zip);
        DataDirSetup.tidy(dataDir);
        LOG.info(() -> "restore: " + zip.toAbsolutePath() + " is the book now; the damaged book is kept as "
                + restored.damagedKeptAs());
        return new Restore(restored.restored(), null, new Services(restored.database(), clock),
                restored.damagedKeptAs());
    }

    public LeadBook leadBook() {
        return leadBook;
    }

    public TouchLog touchLog() {
        return touchLog;
    }

    public Clock clock() {
        return clock;
    }

    /** The follow-up policy in force now (the settings screen may change it at any time). */
    public FollowUpPolicy policy() {
        return policies.current();
    }

    public PolicyBook policies() {
        return policies;
    }

    public PlanBook planBook() {
        return planBook;
    }

    /** The Reports screen's and the report command's figures. */
    public ReportBook reportBook() {
        return reportBook;
    }

    public MailBook mailBook() {
        return mailBook;
    }

    /** The sender's return address and the printer offset, as stored in the data dir. */
    public MailSettingsBook mailSettings() {
        return mailSettings;
    }

    /** A file's leads imported: the plan and the all-or-nothing write, for the command and the wizard alike. */
    public LeadImports imports() {
        return imports;
    }

    public TemperatureAdvisor advisor() {
        return advisor;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    /**
     * The name this person's touches, notes and edits are kept under ({@link DisplayName}; on a server book
     * without one, the role they log in as); "" when nobody is named.
     */
    public String who() {
        return database.author();
    }

    /** Whether a name was set for this person in the data dir (the window asks once for a shared book). */
    public boolean hasDisplayName() {
        return namedForSession || DisplayName.read(dataDir()).isPresent();
    }

    /**
     * Keeps the name in the data dir and works under it from now on.
     *
     * @throws IllegalArgumentException when it is blank or too long
     */
    public String setDisplayName(String name) throws IOException {
        String kept = DisplayName.write(dataDir(), name);
        database.actAs(kept);
        return kept;
    }

    /**
     * Copies this (local) book whole into the empty shared book at the address, in one transaction,
     * counts checked; this book is only read. Returns the rows moved per table, leads first.
     *
     * @throws IllegalStateException when the server's book is not empty (then nothing was written)
     */
    public java.util.Map<String, Integer> moveTo(ServerAddress target, Optional<String> password) {
        return moveTo(target, password, (table, done, total) -> { });
    }

    /** As {@link #moveTo(ServerAddress, Optional)}, telling {@code progress} as each table starts (the window's bar). */
    public java.util.Map<String, Integer> moveTo(ServerAddress target, Optional<String> password,
                                                 app.ember.store.BookMove.Progress progress) {
        try (Database server = ServerBook.open(dataDir(), target, password)) {
            return app.ember.store.BookMove.copy(database, server, progress);
        }
    }

    /**
     * A portable backup of the whole book (every table, as JSON lines in a zip; see PortableBackup): what
     * {@code backup} writes for a shared book, from one consistent snapshot while people work.
     */
    /**
     * Where a shared book's backup goes unless told otherwise: the data dir's {@code shared-backups/},
     * named by the server's database and the time to the second (the folder is made when missing).
     */
    public Path sharedBackupFile() throws IOException {
        Path folder = dataDir().resolve("shared-backups");
        java.nio.file.Files.createDirectories(folder);
        return folder.resolve(location().server().database() + "-" + java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd-HHmmss").format(java.time.LocalDateTime.now(clock)) + ".zip");
    }

    public app.ember.store.PortableBackup.Summary backupPortable(Path zip) throws IOException {
        return app.ember.store.PortableBackup.write(database, zip, clock);
    }

    /**
     * Reads a portable backup into this book, which must be empty (a new data dir, or an empty server database).
     *
     * @throws IllegalArgumentException when the file is not a portable backup or is from a newer Ember
     * @throws IllegalStateException    when this book is not empty (nothing is written then)
     */
    public app.ember.store.PortableBackup.Summary restorePortable(Path zip) {
        return app.ember.store.PortableBackup.restore(zip, database);
    }

    /** On a shared book, told (on a thread of its own) when another Ember committed a change; else never. */
    public void onOthersChanged(Runnable listener) {
        database.onOthersChanged(listener);
    }

    /** Where the book is: the data dir's own, or the server's. */
    public BookLocation location() {
        return new BookLocation(database.dataDir(), database.server().orElse(null));
    }

    /** Opens the same book again (after a restore, or to retry), with the same password. */
    public Services reopen() {
        return open(location().actingAs(database.author()), password);
    }

    /** Loads the sample florist's book; the caller checks that the book is empty first. */
    public int loadSampleLeads() {
        return leadBook.addAll(new SampleLeads(clock, policies.current()).load(), "sample");
    }

    /**
     * Every lead with its tags, preferences, touches and notes, to xlsx, CSV (and its history file beside
     * it) or vCard; the file is written beside and then moved, so a failed export leaves no half file.
     * The command line and File → Export… both come here. Returns how many leads were written.
     */
    public int exportLeads(Path file, FileFormat format) throws IOException {
        return LeadExport.write(new ExportReader(database), file, format);
    }

    @Override
    public void close() {
        database.close();
    }
}
