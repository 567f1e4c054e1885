package app.ember.ui.leads;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureCounts;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import app.ember.ui.common.Tasks;
import app.ember.ui.common.PagedList;
import app.ember.ui.common.Undo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the lead list: the query, the rows (paged from SQL), the total, and whether the
 * first-start offer is due. All database work goes through {@link Background}.
 */
public final class LeadListViewModel {
    static final int PAGE_SIZE = 100;

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<PagedList<LeadRow>> rows = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadQuery> query = new SimpleObjectProperty<>(LeadQuery.all());
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty offerSampleLeads = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Only the leads assigned to the person at this Ember ("mine", in a shared book). */
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final ObjectProperty<TemperatureCounts> counts = new SimpleObjectProperty<>(
            new TemperatureCounts(Map.of(), 0));
    private final ObservableList<String> sources = FXCollections
            .observableArrayList();
    private final ObservableList<String> tags = FXCollections
            .observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Consumer<Undo> onUndoable = undo -> { };
    /** The source and tag choices change only with a write: not re-read on every search keystroke. */
    private boolean choicesStale = true;
    /** The latest search or filter wins: a superseded reload does not query, and an older answer is dropped. */
    private final Tasks.Lane pages;

    public LeadListViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        this.pages = background.lane();
        this.rows.set(newRows());
        mine.addListener((o, was, now) -> setQuery(query.get().withAssignedTo(now ? services.who() : null)));
    }

    /** Whether the list shows only the leads assigned to {@link #who()}. */
    public BooleanProperty mineProperty() {
        return mine;
    }

    /** The name "mine" stands for; "" when nobody is named (then there is no "mine"). */
    public String who() {
        return services.who();
    }

    /** The rows of the current query; each reload brings a new list (see {@link #reload}). */
    public PagedList<LeadRow> rows() {
        return rows.get();
    }

    public ReadOnlyObjectProperty<PagedList<LeadRow>> rowsProperty() {
        return rows;
    }

    private PagedList<LeadRow> newRows() {
        return new PagedList<>(PAGE_SIZE, background, onError);
    }


    public ReadOnlyObjectProperty<LeadQuery> queryProperty() {
        return query;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    /** True once the first page of the current query is in the list. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty offerSampleLeadsProperty() {
        return offerSampleLeads;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<TemperatureCounts> countsProperty() {
        return counts;
    }

    /** Sources in use, for the source filter. */
    public ObservableList<String> sources() {
        return sources;
    }

    /** Tags in use, for the tag filter and the bulk tag actions. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** What the last bulk action did ("3 leads deleted"), for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Shows only these temperatures; an empty set shows all. */
    public void showTemperatures(Set<Temperature> temperatures) {
        setQuery(query.get().withTemperatures(temperatures));
    }

    /** Adds or removes one temperature from the filter (the counts bar's toggles). */
    public void toggleTemperature(Temperature temperature) {
        Set<Temperature> now = EnumSet.noneOf(Temperature.class);
        now.addAll(query.get().temperatures());
        if (!now.remove(temperature)) {
            now.add(temperature);
        }
        showTemperatures(now);
    }

    public void search(String text) {
        if (!text.strip().equals(query.get().search())) {
            setQuery(query.get().withSearch(text));
        }
    }

    public void sortBy(LeadSort sort) {
        if (sort != query.get().sort()) {
            setQuery(query.get().withSort(sort));
        }
    }

    /** Any change of the query goes through here, so the list always shows what the query says. */
    public void setQuery(LeadQuery newQuery) {
        query.set(newQuery);
        reload();
    }

    public void clearFilters() {
        setQuery(query.get().withoutOtherFilters().withTemperatures(Set.of()));
    }

    /** Hides the leads; the window's Undo brings them back, for as long as it is open. */
    public void delete(List<Long> ids) {
        List<Long> deleted = List.copyOf(ids);
        write(() -> services.leadBook().delete(deleted), done -> onUndoable.accept(new Undo(
                Messages.format("leads.deleted", deleted.size()), () -> write(() -> services.leadBook().restore(deleted),
                        restored -> message.set(Messages.format("leads.restored", deleted.size()))))));
    }

    /** Given every undoable deletion, so one Undo command serves the whole window. */
    public void setOnUndoable(Consumer<Undo> listener) {
        onUndoable = listener;
    }

    public void setTemperature(List<Long> ids, Temperature temperature, boolean sameDay, String reason) {
        write(() -> services.leadBook().setTemperature(ids, temperature, sameDay, reason),
                changed -> message.set(Messages.format("leads.temperatureSet", changed)));
    }

    public void setStatus(List<Long> ids, LeadStatus status) {
        write(() -> services.leadBook().setStatus(ids, status),
                changed -> message.set(Messages.format("leads.statusSet", changed)));
    }

    public void addTag(List<Long> ids, String tag) {
        write(() -> {
            services.leadBook().addTag(ids, tag);
            return ids.size();
        }, n -> message.set(Messages.format("leads.tagAdded", tag, n)));
    }

    public void removeTag(List<Long> ids, String tag) {
        write(() -> {
            services.leadBook().removeTag(ids, tag);
            return ids.size();
        }, n -> message.set(Messages.format("leads.tagRemoved", tag, n)));
    }

    /** A write in the background, then the list (and whoever listens for changes) reloads. */
    private <T> void write(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        background.run(work, result -> {
            busy.set(false);
            then.accept(result);
            choicesStale = true;
            reload();
            changed.run();
        }, error -> {
            busy.set(false);
            onError.accept(error);
        });
    }

    private Runnable changed = () -> { };

    /** Told after every write, so the detail pane can show the lead as it is now. */
    public void setOnChanged(Runnable listener) {
        changed = listener;
    }

    /** Reads the count and the first page of the current query, then shows them together. */
    /** Reads everything again, the filter choices too (after an edit elsewhere, an import...). */
    public void refresh() {
        choicesStale = true;
        reload();
    }

    public void reload() {
        LeadQuery current = query.get();
        loaded.set(false);
        boolean withChoices = choicesStale;
        choicesStale = false;
        // The total is the sum of the counts bar over the shown temperatures: one aggregate, not two.
        pages.submit(() -> new FirstPage(services.leadBook().page(current, 0, PAGE_SIZE),
                        services.leadBook().needsOnboarding(), services.leadBook().countByTemperature(current),
                        withChoices ? services.leadBook().sources() : null,
                        withChoices ? services.leadBook().tags() : null),
                first -> {
                    int count = first.counts().total(current.temperatures());
                    // A new list, not a reset of the old one: replacing 100,000 rows in place made the
                    // table and its selection walk every row on the JavaFX thread (measured 240 ms).
                    PagedList<LeadRow> fresh = newRows();
                    fresh.reset((offset, limit) -> services.leadBook().page(current, offset, limit), count,
                            first.rows());
                    rows.get().retire();
                    rows.set(fresh);
                    total.set(count);
                    counts.set(first.counts());
                    if (first.sources() != null) {
                        sources.setAll(first.sources());
                        tags.setAll(first.tags());
                    }
                    offerSampleLeads.set(first.onboarding());
                    loaded.set(true);
                }, onError);
    }

    public void loadSampleLeads() {
        busy.set(true);
        background.run(() -> {
            if (services.leadBook().count(LeadQuery.all()) > 0) {
                return 0; // a second click, or leads came in meanwhile: never mix samples into a real book
            }
            return services.loadSampleLeads();
        }, added -> {
            busy.set(false);
            choicesStale = true;
            reload();
        }, error -> {
            busy.set(false);
            onError.accept(error);
        });
    }

    public void startEmpty() {
        background.run(() -> {
            services.leadBook().startEmpty();
            return null;
        }, done -> offerSampleLeads.set(false), onError);
    }

    /** The clock the list's days are read in ("3 days ago", the next step's day). */
    public java.time.Clock clock() {
        return services.clock();
    }

    /** The follow-up policy as it stands (the settings may change it): the response column reads it. */
    public app.ember.domain.FollowUpPolicy policy() {
        return services.policy();
    }

    private record FirstPage(List<LeadRow> rows, boolean onboarding, TemperatureCounts counts,
                             List<String> sources, List<String> tags) {
    }
}
