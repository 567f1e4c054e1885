package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.ui.common.AppAction;
import app.ember.ui.common.Shortcuts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
            if (action.alternate() != null) {
                AppAction before = seen.put(action.scope() + " " + action.alternate().getName(), action);
                assertEquals(null, before, action + " and " + before + " share " + action.alternate().getName());
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

    /** Issue 17: the timeline's second delete key (Backspace) is in the table and the list, not only in the view. */
    @Test
    void aSecondKeyIsInTheTableMatchesAndIsListed() {
        assertTrue(AppAction.TIMELINE_DELETE.matches(key(KeyCode.DELETE)));
        assertTrue(AppAction.TIMELINE_DELETE.matches(key(KeyCode.BACK_SPACE)));
        assertTrue(!AppAction.TIMELINE_EDIT.matches(key(KeyCode.BACK_SPACE)));
        String line = AppAction.TIMELINE_DELETE.keyText() + "\t" + AppAction.TIMELINE_DELETE.text();
        assertTrue(line.startsWith("Delete / " + AppAction.TIMELINE_DELETE.alternate().getDisplayText())
                && Shortcuts.text().contains(line), Shortcuts.text());
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    @Test
    void theFourScreensAreF2ToF5AndRefreshMovedToCtrlR() {
        assertEquals("F5", AppAction.SHOW_REPORTS.accelerator().getName());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+R"), AppAction.REFRESH.accelerator());
        assertTrue(Shortcuts.text().contains("F5\tShow the reports"), Shortcuts.text());
    }
}
