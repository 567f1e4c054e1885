package app.ember.ui.leads;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.Temperature;
import app.ember.ui.common.Background;
import app.ember.ui.common.PagedList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the lead list: the query, the rows (paged from SQL), the total, and whether the
 * first-start offer is due. All database work goes through {@link Background}.
 */
public final class LeadListViewModel {
    static final int PAGE_SIZE = 100;

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final PagedList<LeadRow> rows;
    private final ObjectProperty<LeadQuery> query = new SimpleObjectProperty<>(LeadQuery.all());
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty offerSampleLeads = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable redraw = () -> { };
    private int generation;

    public LeadListViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        this.rows = new PagedList<>(PAGE_SIZE, background, () -> redraw.run(), onError);
    }

    public PagedList<LeadRow> rows() {
        return rows;
    }

    /** The view sets how to redraw visible rows when a page arrives. */
    void setRedraw(Runnable redraw) {
        this.redraw = redraw;
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

    /** Shows only these temperatures; an empty set shows all. */
    public void showTemperatures(Set<Temperature> temperatures) {
        query.set(query.get().withTemperatures(temperatures));
        reload();
    }

    /** Reads the count and the first page of the current query, then shows them together. */
    public void reload() {
        LeadQuery current = query.get();
        int requested = ++generation;
        loaded.set(false);
        background.run(() -> new FirstPage(services.leadBook().count(current),
                        services.leadBook().page(current, 0, PAGE_SIZE), services.leadBook().needsOnboarding()),
                first -> {
                    if (requested != generation) {
                        return;
                    }
                    rows.reset((offset, limit) -> services.leadBook().page(current, offset, limit), first.count(),
                            first.rows());
                    total.set(first.count());
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

    private record FirstPage(int count, List<LeadRow> rows, boolean onboarding) {
    }
}
