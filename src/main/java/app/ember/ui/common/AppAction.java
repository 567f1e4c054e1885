package app.ember.ui.common;

import app.ember.i18n.Messages;
import javafx.scene.input.KeyCombination;

/**
 * Every user action with its accelerator, in one table: menus, tooltips and the shortcut list are
 * built from here, so a key is never bound twice or shown wrong.
 */
public enum AppAction {
    NEW_LEAD("action.newLead", "Shortcut+N"),
    LOAD_SAMPLE_LEADS("action.loadSampleLeads", null),
    IMPORT_FILE("action.importFile", "Shortcut+I"),
    EXPORT_LEADS("action.exportLeads", null),
    BACK_UP_NOW("action.backUpNow", "Shortcut+Shift+B"),
    RESTORE("action.restore", null),
    OPEN_SHARED_BOOK("action.openSharedBook", null),
    MOVE_TO_SERVER("action.moveToServer", null),
    QUIT("action.quit", "Shortcut+Q"),
    LOG_TOUCH("action.logTouch", "Shortcut+L"),
    UNDO_DELETE("action.undoDelete", "Shortcut+Z"),
    FIND("action.find", "Shortcut+F"),
    COPY_EMAIL("action.copyEmail", "Shortcut+Shift+E"),
    COPY_PHONE("action.copyPhone", "Shortcut+Shift+P"),
    SHOW_ALL("action.showAll", "Shortcut+0"),
    SHOW_HOT("action.showHot", "Shortcut+1"),
    SHOW_WARM("action.showWarm", "Shortcut+2"),
    SHOW_COOL("action.showCool", "Shortcut+3"),
    SHOW_COLD("action.showCold", "Shortcut+4"),
    DARK_THEME("action.darkTheme", "Shortcut+Shift+D"),
    FOCUS_LIST("action.focusList", "Shortcut+Shift+L"),
    SHOW_TIMELINE("action.showTimeline", "Shortcut+Shift+H"),
    EDIT_LEAD("action.editLead", "Shortcut+E"),
    SET_TEMPERATURE("action.setTemperature", "Shortcut+T"),
    ADD_TAG("action.addTag", "Shortcut+Shift+T"),
    REMOVE_TAG("action.removeTag", null),
    SET_STATUS("action.setStatus", null),
    DELETE_LEADS("action.deleteLeads", "Delete"),
    // F5 went to the Reports tab, the fourth screen key after F2 to F4.
    REFRESH("action.refresh", "Shortcut+R"),
    SHOW_LEADS("action.showLeads", "F2"),
    SHOW_PLANNER("action.showPlanner", "F3"),
    SHOW_MAILING("action.showMailing", "F4"),
    SHOW_REPORTS("action.showReports", "F5"),
    PRINT_PLAN("action.printPlan", "Shortcut+P"),
    SAVE_PLAN_PDF("action.savePlanPdf", "Shortcut+Shift+S"),
    EXPORT_PLAN_CALENDAR("action.exportPlanCalendar", null),
    SETTINGS("action.settings", "Shortcut+Comma"),
    SHORTCUTS("action.shortcuts", "F1"),
    ABOUT("action.about", null),
    // The mailing preview's zoom (Shortcut+0 stays "show all leads" everywhere). Plus is Shift+= on many
    // keyboards and has its own key on the number pad: each of them zooms.
    ZOOM_IN("action.zoomIn", "Shortcut+Plus", Scope.WINDOW, "Shortcut+Ignore Shift+Equals", "Shortcut+Add"),
    ZOOM_OUT("action.zoomOut", "Shortcut+Minus", Scope.WINDOW, "Shortcut+Subtract"),
    ZOOM_FIT("action.zoomFit", "Shortcut+Shift+0"),

    // Single keys that work the week's plan: each logs the selected action's touch at once.
    PLAN_REACHED("action.planReached", "R", Scope.PLANNER),
    PLAN_NO_ANSWER("action.planNoAnswer", "N", Scope.PLANNER),
    PLAN_LEFT_MESSAGE("action.planLeftMessage", "M", Scope.PLANNER),
    PLAN_SENT("action.planSent", "P", Scope.PLANNER),
    PLAN_MEETING_BOOKED("action.planMeetingBooked", "B", Scope.PLANNER),
    PLAN_QUOTE_SENT("action.planQuoteSent", "Q", Scope.PLANNER),
    PLAN_NOT_INTERESTED("action.planNotInterested", "X", Scope.PLANNER),
    PLAN_LOG("action.planLog", "Enter", Scope.PLANNER),
    PLAN_SNOOZE("action.planSnooze", "S", Scope.PLANNER),
    PLAN_OPEN("action.planOpen", "O", Scope.PLANNER),

    // Keys on a touch selected in a lead's timeline.
    TIMELINE_EDIT("action.timelineEdit", "Enter", Scope.TIMELINE),
    // Backspace too: a Mac keyboard's "delete" key is Backspace to JavaFX.
    TIMELINE_DELETE("action.timelineDelete", "Delete", Scope.TIMELINE, "Backspace"),

    // Enter where a pane takes it for itself: the lead under it opened, the typed tag added, the field taken.
    REPORT_OPEN_LEAD("action.reportOpenLead", "Enter", Scope.REPORTS),
    DETAIL_ADD_TAG("action.detailAddTag", "Enter", Scope.DETAIL_TAG),
    IMPORT_TAKE_FIELD("action.importTakeField", "Enter", Scope.IMPORT_FIELD);

    /**
     * Where a key works: anywhere in the window (a menu accelerator), or only while a pane has the
     * keyboard. Within one scope, and between the window and any pane, no key is bound twice.
     */
    public enum Scope {
        WINDOW("shortcuts.window"),
        PLANNER("shortcuts.planner"),
        TIMELINE("shortcuts.timeline"),
        REPORTS("shortcuts.reports"),
        DETAIL_TAG("shortcuts.detailTag"),
        IMPORT_FIELD("shortcuts.importField");

        private final String titleKey;

        Scope(String titleKey) {
            this.titleKey = titleKey;
        }

        public String title() {
            return Messages.get(titleKey);
        }
    }

    private final String textKey;
    private final KeyCombination accelerator;
    private final Scope scope;
    /** Further keys for the same action (in the same scope); most actions have none. */
    private final java.util.List<KeyCombination> alternates;

    AppAction(String textKey, String accelerator) {
        this(textKey, accelerator, Scope.WINDOW);
    }

    AppAction(String textKey, String accelerator, Scope scope, String... alternates) {
        this.textKey = textKey;
        this.accelerator = accelerator == null ? null : KeyCombination.valueOf(accelerator);
        this.scope = scope;
        this.alternates = java.util.Arrays.stream(alternates).map(KeyCombination::valueOf).toList();
    }

    /** Empty for most actions: they have one key only. */
    public java.util.List<KeyCombination> alternates() {
        return alternates;
    }

    public Scope scope() {
        return scope;
    }

    /** The key as the user reads it: "Ctrl+1", "R"; Enter as a word, where JavaFX shows a bare arrow. */
    public String keyText() {
        if (accelerator == null) {
            return "";
        }
        String main = accelerator.getName().equals("Enter") ? Messages.get("planner.keyEnter")
                : accelerator.getDisplayText();
        // Each key as it reads once: the number pad's plus reads as the main row's "Ctrl++".
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(java.util.List.of(main));
        alternates.forEach(key -> keys.add(key.getDisplayText()));
        return String.join(" / ", keys);
    }

    /** Whether a key press is this action's key (never for an action without one). */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        return accelerator != null && accelerator.match(event) || alternates.stream().anyMatch(key -> key.match(event));
    }

    public String text() {
        return Messages.get(textKey);
    }

    /** May be null: not every action needs a key. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** "Show hot leads (Ctrl+1)": the text of a tooltip. */
    public String tooltip() {
        return accelerator == null ? text() : text() + " (" + keyText() + ")";
    }
}
