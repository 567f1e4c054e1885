package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.ui.common.Background;
import app.ember.ui.common.PagedList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The paged list must not load pages to answer indexOf: a table asks it on every items change. */
class PagedListTest {

    @Test
    void indexOfLooksOnlyInLoadedPagesAndLoadsNothing() {
        AtomicInteger loads = new AtomicInteger();
        // A background that records work and never runs it: any page request would be counted.
        Background recording = new Background(work -> loads.incrementAndGet());
        PagedList<String> rows = new PagedList<>(10, recording, error -> { });
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add("row " + i);
        }
        rows.reset((offset, limit) -> List.of(), 100_000, first);
        assertEquals(3, rows.indexOf("row 3"));
        assertEquals(3, rows.lastIndexOf("row 3"));
        assertEquals(-1, rows.indexOf("row 50"));
        assertTrue(rows.contains("row 9"));
        assertFalse(rows.contains("nowhere"));
        assertEquals(0, loads.get(), "no page was requested");
        rows.get(55);
        assertEquals(1, loads.get(), "reading an unloaded row does request its page");
    }
}
