package app.ember.ui.main;

import app.ember.app.Services;
import app.ember.store.ServerAddress;
import app.ember.domain.Channel;
import app.ember.domain.Contacts;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.io.FileFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import app.ember.ui.backup.RestoreViewModel;
import app.ember.ui.common.Background;
import app.ember.ui.editor.LeadEditorViewModel;
import app.ember.ui.importer.ImportViewModel;
import app.ember.ui.quicklog.QuickLogViewModel;
import app.ember.ui.settings.SettingsViewModel;
import app.ember.ui.common.Undo;
import app.ember.i18n.Messages;
import app.ember.ui.lead.LeadDetailViewModel;
import app.ember.ui.leads.LeadListViewModel;
import app.ember.ui.mailing.MailingViewModel;
import app.ember.ui.planner.PlannerViewModel;
import app.ember.ui.reports.ReportsViewModel;
import app.ember.ui.timeline.TimelineViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's state: the list and detail models, the status line, the theme. */
public final class MainViewModel {
    private final Services services;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty();
    /** The screen shown (kept with the window's place for next time). */
    private final ObjectProperty<MainScreen> screen = new SimpleObjectProperty<>(MainScreen.LEADS);
    private final LeadListViewModel list;
    private final LeadDetailViewModel detail;
    private final TimelineViewModel timeline;
    private final PlannerViewModel planner;
    private final MailingViewModel mailing;
    private final ReportsViewModel reports;
    private java.util.function.Supplier<java.util.List<Long>> selectedLeads = java.util.List::of;
    /** Set when leads changed outside the planner: the plan is made again when it is next shown. */
    private boolean planStale = true;
    /** Set when the planner logged touches: the list and detail are reloaded when the Leads tab is next shown. */
    private boolean leadsStale;
    private Undo undo;
    private final Background background;
    /** A backup or a restore is under way: the menu items wait for it. */
    private final BooleanProperty backupBusy = new SimpleBooleanProperty();
    private final BookFilesViewModel files;
    /** Told when a restore reopened the window on new services (whoever closes them must know). */
    private java.util.function.BiConsumer<MainViewModel, Services> onReopened = (reopened, on) -> { };

    public MainViewModel(Services services, Background background) {
        this.services = services;
        this.list = new LeadListViewModel(services, background, this::failed);
        this.detail = new LeadDetailViewModel(services, background, this::failed);
        this.background = background;
        this.files = new BookFilesViewModel(services, background, status, backupBusy, this::failed, () -> {
            list.refresh();
            detail.reload();
        });
        // An edit in one pane shows in the other: the list reloads after a detail edit, the detail after a bulk action.
        detail.setOnChanged(list::refresh);
        list.setOnChanged(detail::reload);
        list.messageProperty().addListener((o, was, now) -> status.set(now));
        this.timeline = new TimelineViewModel(services, background, this::failed);
        // The timeline follows the lead the detail pane shows, as freshly loaded.
        detail.detailsProperty().addListener((o, was, now) -> timeline.show(now == null ? null : now.lead()));
        timeline.setOnChanged(() -> {
            list.refresh();
            detail.reload();
        });
        timeline.setOnUndoable(this::undoable);
        this.planner = new PlannerViewModel(services, background, this::failed);
        // Touches logged in the plan change the leads' list; it is reloaded when it is next shown, so
        // the session's keystrokes never wait on a list nobody is looking at.
        planner.setOnTouchLogged(() -> leadsStale = true);
        planner.messageProperty().addListener((o, was, now) -> status.set(now));
        list.loadedProperty().addListener((o, was, now) -> planStale = true);
        this.mailing = new MailingViewModel(services, background, this::failed, () -> list.queryProperty().get(),
                () -> selectedLeads.get(), () -> planner.weekProperty().get());
        mailing.messageProperty().addListener((o, was, now) -> status.set(now));
        mailing.setOnTouchesLogged(() -> {
            leadsStale = true;
            planStale = true;
        });
        this.reports = new ReportsViewModel(services, background, this::failed);
        reports.messageProperty().addListener((o, was, now) -> status.set(now));
        list.setOnUndoable(this::undoable);
        mailing.setOnUndoable(this::undoable);
        // A shared book: another person's commit shows here within seconds; the plan when next shown.
        services.onOthersChanged(() -> javafx.application.Platform.runLater(() -> {
            list.refresh();
            detail.reload();
            planStale = true;
        }));
    }

    public LeadListViewModel list() {
        return list;
    }

    public LeadDetailViewModel detail() {
        return detail;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public PlannerViewModel planner() {
        return planner;
    }

    public MailingViewModel mailing() {
        return mailing;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    /** Where the mailing finds the leads selected in the list (a view's state, handed over by the window). */
    public void setSelectedLeads(java.util.function.Supplier<java.util.List<Long>> source) {
        selectedLeads = source;
    }

    /** The planner is being shown: its plan is made again if leads changed elsewhere since. */
    public void plannerShown() {
        if (planStale || planner.planProperty().get() == null) {
            planStale = false;
            planner.reload();
        }
    }

    /** The Leads tab is being shown: it catches up with what the planner logged meanwhile. */
    public void leadsShown() {
        if (leadsStale) {
            leadsStale = false;
            list.refresh();
            detail.reload();
        }
    }

    /** Settings changed: the budget and every rule may differ, so the plan is made afresh. */
    public void settingsSaved() {
        planner.thisWeek();
        list.refresh();
    }

    /** Keeps the last deletion so Edit → Undo (Ctrl+Z) can take it back; says so in the status line. */
    void undoable(Undo deletion) {
        undo = deletion;
        status.set(Messages.format("status.undoable", deletion.message()));
    }

    /** Takes back the last deletion, once. */
    public void undo() {
        if (undo != null) {
            Undo last = undo;
            undo = null;
            last.action().run();
            status.set(Messages.get("status.undone"));
        }
    }

    /** After a touch was logged or changed: the list, the detail and the timeline show its effect. */
    public void touchSaved() {
        list.refresh();
        detail.reload();
    }

    public BooleanProperty backupBusyProperty() {
        return backupBusy;
    }

    /** File → Back up now: in the background; the status line says where the backup went. */
    public void backUpNow() {
        files.backUpNow();
    }

    /** File → Export…: every lead, written in the background; the status line says how many went where. */
    public void exportLeads(Path file, FileFormat format) {
        files.exportLeads(file, format);
    }

    /** The day's backup when the window opens, if none was taken today; said in the status line. */
    public void dailyBackup() {
        background.run(services::dailyBackup, daily -> {
            daily.taken().ifPresent(backup -> status.set(Messages.format("backup.daily", backup.leads(), backup.file())));
            daily.failure().ifPresent(failure -> status.set(Messages.format("status.failed", failure)));
        }, this::failed);
    }

    /** The backups of the data dir, newest first (read in the background). */
    public void loadBackups(java.util.function.Consumer<java.util.List<app.ember.store.Backups.Backup>> then) {
        background.run(() -> services.backups().list(), then, this::failed);
    }

    /** Told the model the window shows now and the services it is on (whoever closes them must know). */
    public void setOnReopened(java.util.function.BiConsumer<MainViewModel, Services> listener) {
        onReopened = listener;
    }

    /**
     * Restores the backup in the background (the book as it is now is backed up first), then hands
     * the window's model on the restored data to {@code reopen}, on the JavaFX thread; this model's
     * services are closed by then. A failure is said in the status line; if it came after the data was closed,
     * the data dir is opened again and handed over the same way.
     */
    public void restore(java.nio.file.Path zip, String label,
                        java.util.function.BiConsumer<MainViewModel, String> reopen) {
        if (backupBusy.get()) {
            return;
        }
        backupBusy.set(true);
        status.set(Messages.format("restore.running", label));
        background.run(() -> services.restore(zip), done -> reopen.accept(new MainViewModel(done.services(), background),
                Messages.format("restore.done", label, Messages.leadsInBackup(done.restored().leads()), done.before().file())),
                error -> {
                    backupBusy.set(false);
                    if (services.isOpen()) {
                        failed(error);
                        return;
                    }
                    String message = Messages.format("status.failed", error.getMessage());
                    background.run(services::reopen, again -> reopen.accept(new MainViewModel(again, background), message),
                            this::failed);
                });
    }


    /**
     * Reads a portable backup into the shared book, in the background, only when the book is empty (as
     * `ember restore` does); a book with leads is refused, nothing written, and the status line says why.
     */
    public void restoreShared(Path zip) {
        files.restoreShared(zip);
    }

    /** The window now shows {@code next} (opened on restored data): tell whoever closes the services. */
    void reopenedAs(MainViewModel next, String message) {
        next.dark.set(dark.get());
        next.screen.set(screen.get());
        next.onReopened = onReopened;
        next.status.set(message);
        onReopened.accept(next, next.services);
    }

    /** What File → Restore checks of a backup before it asks to confirm. */
    public RestoreViewModel restoring() {
        return new RestoreViewModel();
    }

    /** The model of the settings window, on this book. */
    public SettingsViewModel settings() {
        return new SettingsViewModel(services, background);
    }

    /** The model of the import wizard, on this book. */
    public ImportViewModel importer() {
        return new ImportViewModel(services, background);
    }

    /** The model of the lead form: {@code details} to edit, or null for a new lead. */
    public LeadEditorViewModel editor(LeadDetails details) {
        return details == null ? new LeadEditorViewModel(services, background, null, Contacts.NONE)
                : new LeadEditorViewModel(services, background, details.lead(), details.contacts());
    }

    /** The model of the quick-log panel: a new touch with {@code suggested}'s channel, or {@code editing} to change. */
    public QuickLogViewModel quickLog(Lead lead, Channel suggested, Interaction editing) {
        return new QuickLogViewModel(services, background, lead, suggested, editing);
    }

    /** The model behind File → Open shared book and Move this book to a server. */
    SharedBookViewModel sharedBook() {
        return new SharedBookViewModel(services, background);
    }

    /**
     * Opens the shared book at the address off the FX thread; {@code opened} gets the window's model on
     * it (the window is then built again on it), {@code failed} a refused login or else.
     */
    void openSharedBook(SharedBookViewModel shared, ServerAddress address, Optional<String> password,
                        Consumer<MainViewModel> opened, Consumer<Throwable> failed) {
        shared.open(address, password, fresh -> opened.accept(new MainViewModel(fresh, background)), failed);
    }

    /** Lets this book go (its connections or the data dir's lock) once the window shows another. */
    void closeBook() {
        services.close();
    }

    /** True for a shared book opened here for the first time with no name set: the person is asked for one. */
    boolean asksDisplayName() {
        return services.location().isServer() && !services.hasDisplayName();
    }

    /** The name this person's work is kept under in a shared book (the role they log in as until they set one). */
    String who() {
        return services.who();
    }

    /** Keeps the name this person's work is kept under in the shared book, for this and later sessions. */
    void keepDisplayName(String name) throws java.io.IOException {
        services.setDisplayName(name);
    }

    /** Loads a lead with its contacts off the FX thread (to open the form); null when it is gone. */
    public void loadDetails(long id, Consumer<LeadDetails> then) {
        background.run(() -> services.leadBook().details(id).orElse(null), then, this::failed);
    }

    /** The clock the window reads its days and times in (the book's clock). */
    public Clock clock() {
        return services.clock();
    }

    /** Today, in the book's clock (an export file's name carries it). */
    public LocalDate today() {
        return LocalDate.now(services.clock());
    }

    /** True when the book is on a server: File → Restore then reads a portable backup, not the data dir's. */
    public boolean isSharedBook() {
        return services.location().isServer();
    }

    /** Where a shared book's portable backups are looked for first: the data dir (its shared-backups/). */
    public Path sharedBackupFolder() {
        return services.dataDir();
    }

    /** The name of the book shown in the status bar: the data dir's folder, or the server's address. */
    public String bookName() {
        return services.location().name();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<MainScreen> screenProperty() {
        return screen;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** A line for the status bar from elsewhere in the window (an import's result). */
    public void say(String text) {
        status.set(text);
    }

    /**
     * A failure in background work: said in the status line, never swallowed, never a stack trace (that is
     * in the log: {@link app.ember.ui.common.Background} logs every failure). A full disk is said as such.
     */
    void failed(Throwable error) {
        String message = app.ember.store.DiskFull.describe(error, services.dataDir())
                .orElse(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        status.set(Messages.format("status.failed", message));
    }
}
