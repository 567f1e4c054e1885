package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.ui.common.AppAction;
import app.ember.ui.common.Shortcuts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one key table: every planner and timeline key is in it, none twice in one place, and F1 lists them all. */
class KeyTableTest {
    @Test
    void noKeyIsBoundTwiceWhereItWorks() {
        Map<String, AppAction> seen = new HashMap<>();
        for (AppAction action : AppAction.values()) {
            if (action.accelerator() != null) {
                AppAction before = seen.put(action.scope() + " " + action.accelerator().getName(), action);
                assertEquals(null, before, action + " and " + before + " share " + action.accelerator().getName());
            }
        }
    }

    @Test
    void theShortcutListHasEveryPlannerAndTimelineKeyIncludingOneForSent() {
        String text = Shortcuts.text();
        for (String line : List.of("R\tLog \"reached\"", "N\tLog \"no answer\"", "M\tLog \"left a message\"",
                "P\tLog \"sent\" (a postcard or letter posted)", "B\tLog \"meeting booked\"", "Q\tLog \"quote sent\"",
                "X\tLog \"not interested\"", "S\tSnooze to another day…", "O\tOpen the lead in the Leads tab",
                "Enter\tChange the selected touch…", "F1\tKeyboard shortcuts")) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        assertTrue(text.indexOf("In This week") < text.indexOf("R\tLog \"reached\""), text);
    }

    @Test
    void theFourScreensAreF2ToF5AndRefreshMovedToCtrlR() {
        assertEquals("F5", AppAction.SHOW_REPORTS.accelerator().getName());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+R"), AppAction.REFRESH.accelerator());
        assertTrue(Shortcuts.text().contains("F5\tShow the reports"), Shortcuts.text());
    }
}
