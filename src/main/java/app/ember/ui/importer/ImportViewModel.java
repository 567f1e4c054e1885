package app.ember.ui.importer;

import app.ember.app.LeadImports;
import app.ember.app.Services;
import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.Table;
import app.ember.io.FileFormat;
import app.ember.io.TableFiles;
import app.ember.ui.common.Background;
import app.ember.ui.common.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The import wizard's state: the file and its sheet, the column mapping (guessed, then corrected by
 * the user), the plan that mapping gives (each row added, updated, skipped or rejected, with the
 * problems of the rejected ones), and the import itself, all or nothing, with progress and cancel.
 * Reading and planning run in the background after every change.
 */
public final class ImportViewModel {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            ImportViewModel.class.getName());
    private final Services services;
    private final Background background;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Table>> sheets = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Table> leads = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<DuplicatePolicy> duplicates = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty error = new SimpleStringProperty("");
    /** The country of an address that names none, as typed (ISO code or name); preset on the first file. */
    private final StringProperty defaultCountry = new SimpleStringProperty("");
    private final ObjectProperty<ImportSummary> done = new SimpleObjectProperty<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** The sheet (or the file beside a CSV) read as the leads' history; null for none. */
    private final ObjectProperty<Table> history = new SimpleObjectProperty<>();
    /** What the user may choose as the history: every other sheet, and the history file beside a CSV. */
    private final ObjectProperty<List<Table>> historyChoices = new SimpleObjectProperty<>(List.of());
    /** The sheets neither the leads nor the history, named, so none is dropped without a word; empty if none. */
    private final StringProperty leftOut = new SimpleStringProperty("");
    private Table historyBeside;
    /** The latest mapping or choice wins: a plan made for an older one is dropped. */
    private final Tasks.Lane plans;
    /** This wizard's plans, which read the book's duplicate keys once (see {@link LeadImports.Previews}). */
    private final LeadImports.Previews previews;

    public ImportViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        this.plans = background.lane();
        this.previews = services.imports().previews();
        // While the user chooses a file: the book's keys and the reading's tables, so the first preview is quick.
        // A failure here is logged and left: the first plan reads them itself and says what is wrong.
        background.run(() -> {
            previews.prepare();
            return Boolean.TRUE;
        }, ready -> { }, problem -> { });
        duplicates.addListener((o, was, now) -> replan());
        defaultCountry.addListener((o, was, now) -> {
            if (!countryCode(was).equals(countryCode(now))) {
                replan();
            }
        });
    }

    /** The default country field's ISO code; empty while it names no country. */
    static String countryCode(String text) {
        return text == null ? "" : app.ember.domain.ImportValues.country(text).orElse("");
    }

    public StringProperty defaultCountryProperty() {
        return defaultCountry;
    }

    /**
     * Reads the file, and the history an export writes beside a CSV, in the background; a bad file is said
     * in words and the wizard keeps what it had.
     */
    public void open(Path chosen) {
        busy.set(true);
        long asked = System.nanoTime();
        background.run(() -> {
            FileFormat kind = FileFormat.of(chosen, null);
            List<Table> read = TableFiles.read(chosen, kind);
            Table beside;
            try {
                beside = TableFiles.historyBeside(chosen, kind);
            } catch (IllegalArgumentException unreadable) {
                java.util.logging.Logger.getLogger(ImportViewModel.class.getName()).log(java.util.logging.Level.INFO,
                        "the history file beside " + chosen + " is not read", unreadable);
                beside = null; // the leads still import; their history file is the user's to fix
            }
            // The user's own country: the return address's in the mail settings, else the computer's.
            String home = services.imports().homeCountry();
            return new Opened(read, beside, home.isEmpty() ? java.util.Locale.getDefault().getCountry() : home);
        }, opened -> {
            LOG.info(() -> String.format("import preview: %s read in %,d ms", chosen.getFileName(),
                    (System.nanoTime() - asked) / 1_000_000));
            busy.set(false);
            error.set("");
            if (defaultCountry.get().isBlank()) {
                defaultCountry.set(opened.homeCountry());
            }
            file.set(chosen);
            historyBeside = opened.historyBeside();
            sheets.set(opened.sheets());
            useSheet(opened.sheets().get(0));
        }, this::failed);
    }

    private record Opened(List<Table> sheets, Table historyBeside, String homeCountry) {
    }

    /**
     * The sheet holding the leads. Another sheet named as people name a history ("Contact log", "Touches",
     * "Calls") is read as their touches; the user may choose another, or none.
     */
    public void useSheet(Table sheet) {
        leads.set(sheet);
        List<Table> choices = new java.util.ArrayList<>(sheets.get().stream().filter(t -> t != sheet).toList());
        if (historyBeside != null) {
            choices.add(historyBeside);
        }
        historyChoices.set(List.copyOf(choices));
        Table historySheet = TableFiles.historySheet(sheets.get(), sheet);
        history.set(historySheet != null ? historySheet : historyBeside);
        sayLeftOut();
        mapping.set(ColumnMapping.guess(sheet));
        replan();
    }

    /** The user's choice of the history sheet; null reads no history. */
    public void useHistory(Table sheet) {
        if (sheet != history.get() && (sheet == null || historyChoices.get().contains(sheet))) {
            history.set(sheet);
            sayLeftOut();
            replan();
        }
    }

    private void sayLeftOut() {
        List<String> names = sheets.get().stream().filter(t -> t != leads.get() && t != history.get())
                .map(t -> "\u201c" + t.name() + "\u201d").toList();
        leftOut.set(names.isEmpty() ? "" : app.ember.i18n.Messages.format("import.sheetsLeftOut", names.size(),
                String.join(", ", names)));
    }

    /** The user's correction of one column. */
    public void remap(int column, ImportField field) {
        if (mapping.get() != null && mapping.get().field(column) != field) {
            mapping.set(mapping.get().with(column, field));
            replan();
        }
    }

    private void replan() {
        Table table = leads.get();
        ColumnMapping columns = mapping.get();
        if (table == null || columns == null) {
            return;
        }
        Table contacts = history.get();
        DuplicatePolicy policy = duplicates.get();
        String country = countryCode(defaultCountry.get());
        busy.set(true);
        long asked = System.nanoTime();
        plans.submit(() -> previews.plan(table, columns, contacts, country, policy), planned -> {
            busy.set(false);
            plan.set(planned);
            // In the log, so a slow preview on someone's machine can be told from a slow window.
            LOG.info(() -> String.format("import preview: %,d rows planned in %,d ms", planned.entries().size(),
                    (System.nanoTime() - asked) / 1_000_000));
        }, this::failed);
    }

    /**
     * One duplicate row's own choice (skip, update, add as new), over the choice made for all. Choosing for
     * all again replaces the single choices.
     */
    public void decide(int rowNumber, ImportPlan.Action action) {
        ImportPlan planned = plan.get();
        if (planned != null && !running.get()) {
            plan.set(planned.decide(rowNumber, action));
        }
    }

    /**
     * Imports the plan in one transaction. Rows with problems stop it unless the user chose to leave
     * them out; cancelling (or any failure) leaves the book as it was.
     */
    public void run(Consumer<ImportSummary> after) {
        ImportPlan planned = plan.get();
        if (planned == null || planned.hasRejected() && !skipBadRows.get()) {
            return;
        }
        cancelled.set(false);
        running.set(true);
        progress.set(0);
        // Not cancelled through the task: the import's own check stops it, and its outcome (rolled back)
        // must still reach the wizard.
        background.submit(work -> previews.run(planned, (count, total) -> work.update(
                total == 0 ? 1 : (double) count / total), cancelled::get), progress::set, summary -> {
                    running.set(false);
                    done.set(summary);
                    after.accept(summary);
                    // The rows are in the book now: planned again, they show as already there, and a
                    // second click on Import cannot bring them in twice.
                    replan();
                }, error -> {
                    running.set(false);
                    failed(error);
                });
    }

    public void cancel() {
        cancelled.set(true);
    }

    private void failed(Throwable problem) {
        busy.set(false);
        error.set(problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<List<Table>> sheetsProperty() {
        return sheets;
    }

    public ReadOnlyObjectProperty<Table> leadsProperty() {
        return leads;
    }

    public ReadOnlyObjectProperty<Table> historyProperty() {
        return history;
    }

    public ReadOnlyObjectProperty<List<Table>> historyChoicesProperty() {
        return historyChoices;
    }

    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut;
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObjectProperty<DuplicatePolicy> duplicatesProperty() {
        return duplicates;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<ImportSummary> doneProperty() {
        return done;
    }
}
