package app.ember.ui.common;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list as long as the whole query result, holding only the pages a table has asked for.
 * A row not loaded yet reads as null (an empty row) while its page loads in the background; when the
 * page arrives, the list reports those rows as replaced, so the table fills in just their cells.
 *
 * <p>Sorting and filtering happen in SQL; this list only pages.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Loads rows [offset, offset + limit) of the current result. Runs off the JavaFX thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> load(int offset, int limit) throws Exception;
    }

    private static final int MAX_CACHED_PAGES = 50;

    private final int pageSize;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private PageSource<T> source;
    private int size;
    private int generation;
    /** Set when a newer list replaced this one: its queued page loads then cost nothing. */
    private volatile boolean retired;

    public PagedList(int pageSize, Background background, Consumer<Throwable> onError) {
        this.pageSize = pageSize;
        this.background = background;
        this.onError = onError;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Shows a new result: its size, its first page (already loaded) and where to load the rest. */
    public void reset(PageSource<T> newSource, int newSize, List<T> firstPage) {
        generation++;
        source = newSource;
        pages.clear();
        loading.clear();
        pages.put(0, List.copyOf(firstPage));
        int oldSize = size;
        size = newSize;
        if (oldSize == 0 && newSize == 0) {
            return;
        }
        // One replacement of the whole range; cheap for a short list (the timeline). The lead list
        // makes a new PagedList per query instead, so a table never sees 100,000 rows replaced.
        beginChange();
        nextReplace(0, newSize, new RemovedRows<>(oldSize));
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int inPage = index - page * pageSize;
        return inPage < rows.size() ? rows.get(inPage) : null;
    }

    /**
     * Looks only in the pages already loaded. The inherited version calls get(i) on every row, and
     * TableView calls indexOf for its old selection whenever its items change: that asked for all
     * thousand pages of a 100,000-row list and made the next search wait behind them.
     */
    @Override
    public int indexOf(Object row) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> page : pages.entrySet()) {
            int at = page.getValue().indexOf(row);
            if (at >= 0) {
                int index = page.getKey() * pageSize + at;
                best = best < 0 ? index : Math.min(best, index);
            }
        }
        return best;
    }

    @Override
    public int lastIndexOf(Object row) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> page : pages.entrySet()) {
            int at = page.getValue().lastIndexOf(row);
            if (at >= 0) {
                best = Math.max(best, page.getKey() * pageSize + at);
            }
        }
        return best;
    }

    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    /** This list is no longer shown: drop the page loads it still has queued. */
    public void retire() {
        retired = true;
    }

    /** True when the row at this index is in memory (a test and the smoke check use it). */
    public boolean isLoaded(int index) {
        List<T> rows = pages.get(index / pageSize);
        return rows != null && index % pageSize < rows.size();
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Tells the table that rows [from, to) arrived: a replacement of the empty rows it showed. A
     * table answers that by updating those rows' cells; {@code TableView.refresh()} would instead
     * throw every cell away and build new ones, which measured 300 ms on the JavaFX thread.
     */
    private void announce(int from, int to) {
        if (from >= to) {
            return;
        }
        beginChange();
        nextReplace(from, to, new RemovedRows<>(to - from));
        endChange();
    }

    /** The removed rows of a reset, without a list of that many nulls in memory. */
    private static final class RemovedRows<T> extends java.util.AbstractList<T> {
        private final int size;

        RemovedRows(int size) {
            this.size = size;
        }

        @Override
        public T get(int index) {
            return null;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private void request(int page) {
        if (source == null || !loading.add(page)) {
            return;
        }
        int requested = generation;
        PageSource<T> from = source;
        background.run(() -> retired ? List.<T>of() : from.load(page * pageSize, pageSize), rows -> {
            if (requested != generation || retired) {
                return; // an answer to an older query: the list has moved on
            }
            loading.remove(page);
            pages.put(page, List.copyOf(rows));
            announce(page * pageSize, Math.min(size, page * pageSize + rows.size()));
        }, error -> {
            loading.remove(page);
            onError.accept(error);
        });
    }
}
