package app.ember.ui.mailing;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import app.ember.domain.PlanWeek;
import app.ember.domain.Recipient;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.mail.LabelTemplates;
import app.ember.domain.Sender;
import app.ember.mail.PdfPrinting;
import app.ember.store.MailBook;
import app.ember.ui.common.Background;
import app.ember.ui.common.Undo;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mailing screen's state: whom to mail (the list's filter, its selection, this week's postcards
 * or some temperatures), what to make of it (labels, postcards, a mailing list, a mail-merge CSV), on
 * which sheet and from which label. Choosing runs in the background; the pieces and the leads left
 * out follow each change. Writing, printing and logging are in {@link MailingRuns}.
 */
public final class MailingViewModel {
    public enum Source { LIST, SELECTION, PLAN, TEMPERATURE }

    public enum Output implements app.ember.domain.Coded {
        LABELS(LabelTemplate.Kind.LABELS), POSTCARDS(LabelTemplate.Kind.POSTCARDS), LIST(null), CSV(null);

        private final LabelTemplate.Kind kind;

        Output(LabelTemplate.Kind kind) {
            this.kind = kind;
        }

        /** The kind of sheet it prints on, or null when it needs no template. */
        public LabelTemplate.Kind kind() {
            return kind;
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onFailure;
    private final Supplier<LeadQuery> listQuery;
    private final Supplier<List<Long>> listSelection;
    private final Supplier<PlanWeek> planWeek;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.TEMPERATURE);
    private final Set<Temperature> temperatures = EnumSet.of(Temperature.HOT, Temperature.WARM, Temperature.COOL);
    private final BooleanProperty merge = new SimpleBooleanProperty();
    private final ObjectProperty<MailSort> sort = new SimpleObjectProperty<>(MailSort.POSTCODE);
    private final ObjectProperty<Output> output = new SimpleObjectProperty<>(Output.LABELS);
    private final ObservableList<LabelTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LabelTemplate> template = new SimpleObjectProperty<>();
    private final IntegerProperty startAt = new SimpleIntegerProperty(1);
    private final DoubleProperty offsetX = new SimpleDoubleProperty();
    private final DoubleProperty offsetY = new SimpleDoubleProperty();
    private final ObjectProperty<Sender> sender = new SimpleObjectProperty<>(Sender.NONE);
    private final StringProperty campaign = new SimpleStringProperty("");
    private final ObjectProperty<MailingSelection> selection = new SimpleObjectProperty<>();
    private final BooleanProperty choosing = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onTouchesLogged = () -> { };
    private java.util.function.Consumer<app.ember.ui.common.Undo> onUndoable = undo -> { };
    private LabelTemplates library;
    private long generation;

    public MailingViewModel(Services services, Background background, Consumer<Throwable> onFailure,
                            Supplier<LeadQuery> listQuery, Supplier<List<Long>> listSelection,
                            Supplier<PlanWeek> planWeek) {
        this.services = services;
        this.background = background;
        this.onFailure = onFailure;
        this.listQuery = listQuery;
        this.listSelection = listSelection;
        this.planWeek = planWeek;
        output.addListener((o, was, now) -> showTemplatesFor(now));
        template.addListener((o, was, now) -> startAt.set(1));
        source.addListener((o, was, now) -> choose());
        merge.addListener((o, was, now) -> choose());
        sort.addListener((o, was, now) -> choose());
    }

    /** Reads the templates and the saved settings (off the FX thread), then chooses the leads. */
    public void load() {
        background.run(() -> new Loaded(LabelTemplates.load(services.dataDir()), services.mailSettings().current()),
                loaded -> {
                    library = loaded.templates;
                    sender.set(loaded.settings.sender());
                    offsetX.set(loaded.settings.offsetX());
                    offsetY.set(loaded.settings.offsetY());
                    // From now on a changed offset is kept for the next run (and the alignment page).
                    offsetX.addListener((o, was, now) -> saveSettings());
                    offsetY.addListener((o, was, now) -> saveSettings());
                    showTemplatesFor(output.get());
                    choose();
                }, onFailure);
    }

    private record Loaded(LabelTemplates templates, app.ember.store.MailSettings settings) {
    }

    /** Keeps the return address and the printer offset (off the FX thread). */
    public void saveSettings() {
        app.ember.store.MailSettings settings = new app.ember.store.MailSettings(sender.get(), offsetX.get(),
                offsetY.get());
        background.run(() -> {
            services.mailSettings().save(settings);
            return settings;
        }, saved -> { }, onFailure);
    }

    /** Which leads the mailing goes to, and which it leaves out, for the current choices. */
    public void choose() {
        long mine = ++generation;
        Source from = source.get();
        boolean together = merge.get();
        MailSort order = sort.get();
        LeadQuery query = listQuery.get();
        List<Long> ids = new ArrayList<>(listSelection.get());
        Set<Temperature> chosen = EnumSet.copyOf(temperatures.isEmpty() ? EnumSet.of(Temperature.HOT) : temperatures);
        boolean none = from == Source.TEMPERATURE && temperatures.isEmpty();
        PlanWeek week = planWeek.get();
        choosing.set(true);
        background.run(() -> {
            if (none) {
                return new MailingSelection(List.of(), List.of());
            }
            return switch (from) {
                case LIST -> services.mailBook().select(query, together, order);
                case SELECTION -> services.mailBook().select(ids, together, order);
                case PLAN -> services.mailBook().selectPlanPostcards(week, together, order);
                case TEMPERATURE -> services.mailBook().selectByTemperature(chosen, together, order);
            };
        }, chosenNow -> {
            if (mine == generation) {
                choosing.set(false);
                selection.set(chosenNow);
            }
        }, error -> {
            choosing.set(false);
            onFailure.accept(error);
        });
    }

    public void setTemperature(Temperature temperature, boolean included) {
        if (included ? temperatures.add(temperature) : temperatures.remove(temperature)) {
            if (source.get() == Source.TEMPERATURE) {
                choose();
            } else {
                source.set(Source.TEMPERATURE);
            }
        }
    }

    public boolean includes(Temperature temperature) {
        return temperatures.contains(temperature);
    }

    private void showTemplatesFor(Output chosen) {
        if (library == null) {
            return;
        }
        LabelTemplate.Kind kind = chosen.kind();
        templates.setAll(kind == null ? List.of() : library.all(kind));
        template.set(templates.isEmpty() ? null : templates.get(0));
    }

    /** After a custom template was added: it is offered and chosen. */
    void templateAdded(LabelTemplates updated, LabelTemplate added) {
        library = updated;
        showTemplatesFor(output.get());
        templates.stream().filter(t -> t.id().equals(added.id())).findFirst().ifPresent(template::set);
    }

    /** The pieces of the current choice (empty while nothing is chosen yet). */
    public List<Recipient> recipients() {
        return selection.get() == null ? List.of() : selection.get().included();
    }

    /** "42 pieces for 45 leads · 3 left out". */
    public String summary() {
        MailingSelection chosen = selection.get();
        if (chosen == null) {
            return "";
        }
        int leads = chosen.included().stream().mapToInt(r -> r.leadIds().size()).sum();
        return Messages.format("mailing.summary", chosen.included().size(), leads, chosen.leftOut().size());
    }

    void say(String text) {
        message.set(text);
    }

    void busy(boolean value) {
        busy.set(value);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** After postcards were recorded as sent: the lists elsewhere catch up. */
    public void setOnTouchesLogged(Runnable action) {
        onTouchesLogged = action;
    }

    /** Where a recorded mailing is offered for Edit → Undo (the window's one undo). */
    public void setOnUndoable(java.util.function.Consumer<app.ember.ui.common.Undo> listener) {
        onUndoable = listener;
    }

    void undoable(app.ember.ui.common.Undo undo) {
        onUndoable.accept(undo);
    }

    void touchesLogged() {
        onTouchesLogged.run();
        choose();
    }

    /**
     * Runs the making of a document (a preview page, a PDF, a print) on this tab's task executor and
     * hands the result over on the FX thread; the work itself needs no book.
     */
    <T> void offThread(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        background.run(work, onDone, onFailed);
    }

    /** Whether a printer is set up, asked off the FX thread (the system may take a while to answer). */
    void whenPrinterKnown(Consumer<Boolean> then) {
        background.run(PdfPrinting::hasPrinter, then, onFailure);
    }

    /** Adds the user's own label template to the data dir's templates, offers it and chooses it. */
    void addTemplate(LabelTemplate added) {
        background.run(() -> LabelTemplates.addCustom(services.dataDir(), added),
                updated -> templateAdded(updated, added), onFailure);
    }

    /** Where a printed run's PDF is kept: a file named by the output and the minute, in the data dir. */
    Path keptPrintFile() {
        return services.dataDir().resolve("mailings").resolve("ember-" + output.get().name().toLowerCase(Locale.ROOT)
                + "-" + STAMP.format(LocalDateTime.now(services.clock())) + ".pdf");
    }

    /** The question before a run is recorded: how many leads, how many move on, how many keep their plan. */
    interface SentQuestion {
        boolean confirm(int leads, int movedOn, int keptPlan);
    }

    /**
     * Records the leads of a run as sent, after asking with the counts: recorded, the run can be taken
     * back with Ctrl+Z as one step. {@code onRecorded} and {@code onUndone} let the runs follow.
     */
    void recordSent(List<Long> leads, SentQuestion question, Runnable onRecorded, Runnable onUndone) {
        String name = campaign.get().strip();
        MailBook book = services.mailBook();
        busy.set(true);
        background.run(() -> book.preview(leads), counts -> {
            busy.set(false);
            if (!question.confirm(counts.leads(), counts.movedOn(), counts.keptPlan())) {
                return;
            }
            busy.set(true);
            background.run(() -> book.logSent(leads, name, services.clock().instant()), run -> {
                busy.set(false);
                onRecorded.run();
                String shown = name.isEmpty() ? Messages.get("mailsel.campaignNoName") : name;
                say(Messages.format("mailing.recordedCampaign", shown, run.counts().movedOn(), run.counts().keptPlan()));
                touchesLogged();
                undoable(new Undo(Messages.format("mailing.undoRecorded", shown), () -> undoSent(run, onUndone)));
            }, this::failed);
        }, this::failed);
    }

    /** Takes a recorded run back; its leads can be recorded again. */
    private void undoSent(MailBook.CampaignRun run, Runnable onUndone) {
        busy.set(true);
        background.run(() -> {
            services.mailBook().undo(run);
            return run;
        }, undone -> {
            busy.set(false);
            onUndone.run();
            touchesLogged();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        onFailure.accept(error);
    }

    Consumer<Throwable> onFailure() {
        return onFailure;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public BooleanProperty mergeProperty() {
        return merge;
    }

    public ObjectProperty<MailSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Output> outputProperty() {
        return output;
    }

    public ObservableList<LabelTemplate> templates() {
        return templates;
    }

    public ObjectProperty<LabelTemplate> templateProperty() {
        return template;
    }

    public IntegerProperty startAtProperty() {
        return startAt;
    }

    public DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public ObjectProperty<Sender> senderProperty() {
        return sender;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public ReadOnlyObjectProperty<MailingSelection> selectionProperty() {
        return selection;
    }

    public ReadOnlyBooleanProperty choosingProperty() {
        return choosing;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
