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
            for (javafx.scene.input.KeyCombination alternate : action.alternates()) {
                AppAction before = seen.put(action.scope() + " " + alternate.getName(), action);
                assertEquals(null, before, action + " and " + before + " share " + alternate.getName());
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
        assertTrue(line.startsWith("Delete / " + AppAction.TIMELINE_DELETE.alternates().get(0).getDisplayText())
                && Shortcuts.text().contains(line), Shortcuts.text());
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private static KeyEvent shortcut(KeyCode code, boolean shift) {
        // Ctrl on the machines the suite runs on (Shortcut is Cmd only on a Mac).
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false, false);
    }

    /** Issue 17: the preview's zoom keys (plus typed as Shift+=, or on the number pad) are the table's. */
    @Test
    void everyZoomKeyIsTheTablesAndListed() {
        assertTrue(AppAction.ZOOM_IN.matches(shortcut(KeyCode.PLUS, false)));
        assertTrue(AppAction.ZOOM_IN.matches(shortcut(KeyCode.EQUALS, false)));
        assertTrue(AppAction.ZOOM_IN.matches(shortcut(KeyCode.EQUALS, true)), "Ctrl+Shift+= is Ctrl++");
        assertTrue(AppAction.ZOOM_IN.matches(shortcut(KeyCode.ADD, false)));
        assertTrue(AppAction.ZOOM_OUT.matches(shortcut(KeyCode.MINUS, false)));
        assertTrue(AppAction.ZOOM_OUT.matches(shortcut(KeyCode.SUBTRACT, false)));
        assertTrue(!AppAction.ZOOM_IN.matches(key(KeyCode.EQUALS)), "not without Ctrl");
        assertTrue(AppAction.ZOOM_FIT.matches(shortcut(KeyCode.DIGIT0, true)));
        assertTrue(!AppAction.SHOW_ALL.matches(shortcut(KeyCode.DIGIT0, true)), "Ctrl+0 stays show all");
        assertTrue(Shortcuts.text().contains(AppAction.ZOOM_IN.keyText() + "\t" + AppAction.ZOOM_IN.text()),
                Shortcuts.text());
    }

    /** Issue 17: Enter where a pane takes it (reports, the tag field, the import's fields) is in the table. */
    @Test
    void enterInReportsTheTagFieldAndTheImportIsInTheTableAndListed() {
        for (AppAction action : List.of(AppAction.REPORT_OPEN_LEAD, AppAction.DETAIL_ADD_TAG,
                AppAction.IMPORT_TAKE_FIELD)) {
            assertTrue(action.matches(key(KeyCode.ENTER)), action.toString());
            String text = Shortcuts.text();
            assertTrue(text.contains("Enter\t" + action.text()) && text.contains(action.scope().title()), text);
        }
    }

    /**
     * Issue 17: every key lives in the key table. A view names a key only through an AppAction, never as
     * a KeyCode or a key combination of its own, so the help lists every key there is.
     */
    @Test
    void noKeyIsNamedOutsideTheKeyTable() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        java.nio.file.Path table = main.resolve("app/ember/ui/common/AppAction.java");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "KeyCode\\.[A-Z]|KeyCombination\\.valueOf|KeyCodeCombination\\(|KeyCharacterCombination\\(");
        List<String> found = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(main)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(table))
                    .toList()) {
                List<String> lines = java.nio.file.Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (key.matcher(lines.get(i)).find()) {
                        found.add(main.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "keys named outside AppAction");
    }

    @Test
    void theFourScreensAreF2ToF5AndRefreshMovedToCtrlR() {
        assertEquals("F5", AppAction.SHOW_REPORTS.accelerator().getName());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+R"), AppAction.REFRESH.accelerator());
        assertTrue(Shortcuts.text().contains("F5\tShow the reports"), Shortcuts.text());
    }
}
