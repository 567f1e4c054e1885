package app.ember.ui.planner;

import app.ember.app.Services;
import app.ember.domain.Direction;
import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.WeekPlan;
import app.ember.domain.WeekTouch;
import app.ember.i18n.Messages;
import app.ember.io.PlanCalendar;
import app.ember.mail.PdfPrinting;
import app.ember.mail.PlanSheet;
import app.ember.ui.common.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * "This week": the plan of the chosen week, worked one action at a time. A logged or snoozed action
 * stays in place, marked, until the plan is made again, so the session reads as a checklist; the
 * totals follow at once. Every database call runs on the background executor.
 */
public final class PlannerViewModel {
    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<PlanWeek> week = new SimpleObjectProperty<>();
    private final ObjectProperty<WeekPlan> plan = new SimpleObjectProperty<>();
    // The extractor makes the list tell its cells when a row is logged or snoozed, so they redraw at once.
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList(row -> new Observable[] {row.stateProperty()});
    private final IntegerProperty budget = new SimpleIntegerProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty hotWarning = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Only the leads assigned to the person at this Ember ("mine", in a shared book). */
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable onTouchLogged = () -> { };
    private long generation;
    /** The minutes of the touches logged this week before the plan was made: already off its budget. */
    private int doneBefore;

    public PlannerViewModel(Services services, Background background, Consumer<Throwable> onFailure) {
        this.services = services;
        this.background = background;
        this.onFailure = onFailure;
        budget.set(services.policy().sessionMinutes());
        week.set(services.planBook().thisWeek());
        mine.addListener((o, was, now) -> reload());
    }

    /** Whether the plan holds only the leads assigned to {@link #who()}. */
    public BooleanProperty mineProperty() {
        return mine;
    }

    /** The name "mine" stands for; "" when nobody is named. */
    public String who() {
        return services.who();
    }

    /**
     * Makes the plan of the chosen week again from the database. The touches already logged this
     * week come first, ticked, and their minutes come off the budget: the tally and the ticks are
     * read from the timeline, so they hold when the tab is left and the plan made again.
     */
    public void reload() {
        long asked = ++generation;
        PlanWeek chosen = week.get();
        int minutes = budget.get();
        String whose = mine.get() ? services.who() : null;
        busy.set(true);
        background.run(() -> {
            List<WeekTouch> done = services.planBook().touchesIn(chosen, whose);
            int spent = done.stream().mapToInt(WeekTouch::minutes).sum();
            return new Made(services.planBook().plan(chosen, Math.max(0, minutes - spent),
                    app.ember.store.PlanBook.KEEP_BELOW_CUT, whose), done, spent);
        }, made -> {
            if (asked != generation) {
                return; // a newer week or budget was asked for meanwhile
            }
            busy.set(false);
            doneBefore = made.spentMinutes();
            plan.set(made.plan());
            List<PlanRow> fresh = new ArrayList<>(made.done().size() + made.plan().actions().size());
            for (WeekTouch touch : made.done()) {
                fresh.add(PlanRow.done(touch));
            }
            int cut = made.plan().cutIndex();
            List<PlanAction> actions = made.plan().actions();
            for (int i = 0; i < actions.size(); i++) {
                fresh.add(new PlanRow(actions.get(i), i == cut, false));
            }
            rows.setAll(fresh);
            updateSummary();
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    /** A plan with the week's touches so far and their minutes. */
    private record Made(WeekPlan plan, List<WeekTouch> done, int spentMinutes) {
    }

    public void thisWeek() {
        budget.set(services.policy().sessionMinutes());
        show(services.planBook().thisWeek());
    }

    public void nextWeek() {
        show(week.get().next());
    }

    public void previousWeek() {
        show(week.get().previous());
    }

    private void show(PlanWeek chosen) {
        week.set(chosen);
        reload();
    }

    /** A new budget for this session only (the settings keep the usual one); the cut line moves. */
    public void setBudget(int minutes) {
        if (minutes != budget.get()) {
            budget.set(minutes);
            reload();
        }
    }

    /**
     * Logs the action's touch with one key: its channel and minutes, the outcome chosen, now. The
     * lead's next follow-up follows from its cadence, as with any logged touch.
     */
    public void log(PlanRow row, Outcome outcome) {
        if (row == null || row.state() != PlanRow.State.TO_DO) {
            return;
        }
        PlanAction action = row.action();
        row.setState(PlanRow.State.LOGGING);
        background.run(() -> services.touchLog().logTouch(action.leadId(), action.channel(), Direction.OUT, outcome,
                action.minutes(), "", services.clock().instant(), null), logged -> {
                    row.markDone(outcome);
                    message.set(Messages.format("planner.logged", action.lead().name(),
                            Messages.get("outcome." + outcome.code())));
                    updateSummary();
                    onTouchLogged.run();
                }, error -> {
                    row.setState(PlanRow.State.TO_DO);
                    onFailure.accept(error);
                });
    }

    /** After the quick-log window stored a touch for this action. */
    public void loggedElsewhere(PlanRow row) {
        row.markDone(null);
        message.set(Messages.format("planner.loggedPlain", row.action().lead().name()));
        updateSummary();
        onTouchLogged.run();
    }

    /** Puts the action's lead off to {@code day}; the action is marked and leaves the totals. */
    public void snooze(PlanRow row, LocalDate day) {
        if (row == null || row.state() != PlanRow.State.TO_DO) {
            return;
        }
        row.setState(PlanRow.State.LOGGING);
        background.run(() -> {
            services.planBook().snooze(row.action().leadId(), day);
            return day;
        }, done -> {
            row.markSnoozed(day);
            message.set(Messages.format("planner.snoozed", row.action().lead().name(), PlanFormats.day(day)));
            updateSummary();
            onTouchLogged.run();
        }, error -> {
            row.setState(PlanRow.State.TO_DO);
            onFailure.accept(error);
        });
    }

    /** "14 actions · 112 of 120 min planned · done 3 (28 min) · 84 min to go". */
    private void updateSummary() {
        WeekPlan current = plan.get();
        if (current == null) {
            summary.set("");
            hotWarning.set("");
            return;
        }
        // The budget is the user's to choose; when it leaves hot leads out, the header says what would fit them.
        int hotBelow = current.hotBelowCut();
        hotWarning.set(hotBelow == 0 ? "" : Messages.format("planner.hotBelow", hotBelow, current.minutesForAllHot()));
        int done = 0;
        int doneMinutes = 0;
        int toGo = 0;
        for (PlanRow row : rows) {
            if (row.state() == PlanRow.State.DONE) {
                done++;
                doneMinutes += row.action().minutes();
            } else if (row.state() != PlanRow.State.SNOOZED && row.action().fits()) {
                toGo += row.action().minutes();
            }
        }
        String text = Messages.format("planner.summary", current.allActions(), doneBefore + current.plannedMinutes(),
                budget.get(), done, doneMinutes, toGo);
        // A big book: the list ends a few hundred actions after the cut line; the rest are counted.
        summary.set(current.moreActions() == 0 ? text
                : text + " · " + Messages.format("planner.more", current.moreActions(), current.moreMinutes()));
    }

    /** The window alerts belong to; set by the view once it is shown. */
    private javafx.stage.Window owner;

    void setOwner(javafx.stage.Window window) {
        owner = window;
    }

    javafx.stage.Window owner() {
        return owner;
    }

    /** A line for the status bar: what was just done. */
    void say(String text) {
        message.set(text);
    }

    public void setOnTouchLogged(Runnable action) {
        this.onTouchLogged = action;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<PlanWeek> weekProperty() {
        return week;
    }

    public ReadOnlyObjectProperty<WeekPlan> planProperty() {
        return plan;
    }

    public IntegerProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** "2 hot leads below the line: 150 min would fit them", or empty when every hot lead fits. */
    public ReadOnlyStringProperty hotWarningProperty() {
        return hotWarning;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The clock the plan is read in: the cells' "today" and the snooze dialog's first day. */
    public Clock clock() {
        return services.clock();
    }

    /**
     * Prints the shown plan through the system's print dialog, off the FX thread (that dialog is AWT's own
     * and modal on its own thread, so the window stays free meanwhile); says so when it printed.
     */
    void print(Consumer<Throwable> onFailed) {
        WeekPlan shown = plan.get();
        if (shown == null) {
            return;
        }
        ZoneId zone = services.clock().getZone();
        background.run(() -> {
            try (PDDocument document = PlanSheet.render(shown, zone, Locale.getDefault(Locale.Category.FORMAT))) {
                return PdfPrinting.printWithDialog(document, Messages.format("planner.printJob", shown.week().isoName()));
            }
        }, printed -> {
            if (printed) {
                say(Messages.get("planner.printed"));
            }
        }, onFailed);
    }

    /** Writes the shown plan as a PDF to the file, off the FX thread, and says so in the status line. */
    void savePdf(Path file, Consumer<Throwable> onFailed) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        write(file, (shown, zone, to) -> PlanSheet.write(shown, zone, locale, to), onFailed);
    }

    /** Writes the shown plan as an iCalendar file, off the FX thread, and says so in the status line. */
    void exportCalendar(Path file, Consumer<Throwable> onFailed) {
        write(file, PlanCalendar::write, onFailed);
    }

    private interface PlanWriter {
        void write(WeekPlan plan, ZoneId zone, Path file) throws IOException;
    }

    private void write(Path file, PlanWriter writer, Consumer<Throwable> onFailed) {
        WeekPlan shown = plan.get();
        if (shown == null) {
            return;
        }
        ZoneId zone = services.clock().getZone();
        background.run(() -> {
            writer.write(shown, zone, file);
            return file;
        }, saved -> say(Messages.format("planner.saved", saved.getFileName())), onFailed);
    }
}
