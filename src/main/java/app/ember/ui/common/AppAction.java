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
    BACK_UP_NOW("action.backUpNow", "Shortcut+Shift+B"),
    RESTORE("action.restore", null),
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
    REFRESH("action.refresh", "F5"),
    SHOW_LEADS("action.showLeads", "F2"),
    SHOW_PLANNER("action.showPlanner", "F3"),
    SHOW_MAILING("action.showMailing", "F4"),
    PRINT_PLAN("action.printPlan", "Shortcut+P"),
    SAVE_PLAN_PDF("action.savePlanPdf", "Shortcut+Shift+S"),
    EXPORT_PLAN_CALENDAR("action.exportPlanCalendar", null),
    SETTINGS("action.settings", "Shortcut+Comma"),
    SHORTCUTS("action.shortcuts", "F1"),
    ABOUT("action.about", null),
    // The mailing preview's zoom: keys of the Mailing tab only (elsewhere Shortcut+0 shows all leads).
    ZOOM_IN("action.zoomIn", "Shortcut+Plus"),
    ZOOM_OUT("action.zoomOut", "Shortcut+Minus"),
    ZOOM_FIT("action.zoomFit", "Shortcut+0");

    private final String textKey;
    private final KeyCombination accelerator;

    AppAction(String textKey, String accelerator) {
        this.textKey = textKey;
        this.accelerator = accelerator == null ? null : KeyCombination.valueOf(accelerator);
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
        return accelerator == null ? text() : text() + " (" + accelerator.getDisplayText() + ")";
    }
}
