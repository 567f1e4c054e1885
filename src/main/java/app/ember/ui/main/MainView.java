package app.ember.ui.main;

import app.ember.domain.Channel;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadRow;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.backup.RestoreDialog;
import app.ember.ui.backup.SharedRestoreDialog;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.Theme;
import app.ember.ui.common.ViewLoader;
import app.ember.ui.editor.LeadEditorWindow;
import app.ember.ui.importer.ImportWindow;
import app.ember.ui.lead.LeadDetailView;
import app.ember.ui.leads.LeadListView;
import app.ember.ui.quicklog.QuickLogWindow;
import app.ember.ui.settings.SettingsWindow;
import app.ember.ui.timeline.TimelineView;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;

/** The main window: menus built from the action table, the lead list beside the selected lead. */
public final class MainView {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    /** Whether the book shown is a shared one (then it cannot be moved to a server again). */
    private boolean sharedBook;
    private LeadListView listView;
    private LeadDetailView detailView;
    private TimelineView timelineView;

    @FXML private MenuBar menuBar;
    @FXML private SplitPane split;
    @FXML private TabPane tabs;
    @FXML private Tab leadsTab;
    @FXML private Tab plannerTab;
    @FXML private Tab mailingTab;
    @FXML private Tab reportsTab;
    private MainTabs mainTabs;
    @FXML private Label statusLabel;
    @FXML private Label dataDirLabel;

    private static final double DETAIL_MIN_WIDTH = 330;

    public MainView(MainViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Loads Main.fxml with its two panes and returns the root; every dialog goes through {@code dialogs}. */
    public static Parent create(MainViewModel model, DialogService dialogs) {
        return ViewLoader.load(new MainView(model, dialogs));
    }

    @FXML
    private void initialize() {
        listView = new LeadListView(model.list());
        Parent list = ViewLoader.load(listView);
        LeadDetailView detailView = new LeadDetailView(model.detail(), model.clock(), dialogs);
        Parent detail = ViewLoader.load(detailView);
        detailView.setOnEdit(this::openEditor);
        timelineView = new TimelineView(model.timeline(), model.clock(), dialogs);
        detailView.setTimeline(ViewLoader.load(timelineView));
        timelineView.setOnLog(this::logTouch);
        timelineView.setOnEdit(this::editTouch);
        this.detailView = detailView;
        listView.setOnNewLead(() -> openEditor(null));
        listView.setOnImport(() -> handlers.get(AppAction.IMPORT_FILE).run());
        listView.table().setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && listView.selectedRowProperty().get() != null) {
                editSelected();
            }
        });
        listView.table().setContextMenu(contextMenu());
        split.getItems().setAll(list, detail);
        mainTabs = new MainTabs(model, tabs, leadsTab, plannerTab, mailingTab, reportsTab, listView, this::window, dialogs);
        model.setSelectedLeads(listView::selectedIds);
        SplitPane.setResizableWithParent(detail, false);
        keepListColumnsWhole((Region) list, (Region) detail);
        // The detail pane follows the selection once it rests: holding an arrow key or typing a search
        // does not rebuild the pane (and its timeline) for every row passed on the way.
        PauseTransition settle = new PauseTransition(Duration.millis(120));
        Runnable followSelection = () -> {
            settle.setOnFinished(event -> {
                LeadRow now = listView.table().getSelectionModel().getSelectedItem();
                Long id = now == null ? null : now.id();
                // A new search that keeps the same lead on top re-selects it: nothing to rebuild then.
                if (!java.util.Objects.equals(id, model.detail().shownId())) {
                    model.detail().show(id);
                }
            });
            settle.playFromStart();
        };
        listView.selectedRowProperty().addListener((o, was, now) -> followSelection.run());
        listView.setOnSelectedRowLoaded(followSelection);
        statusLabel.textProperty().bind(model.statusProperty());
        dataDirLabel.setText(Messages.format("status.dataDir", model.bookName()));
        bindHandlers();
        buildMenus();
        model.darkProperty().addListener((o, was, now) -> Theme.apply(menuBar.getScene(), now));
        model.list().reload();
    }

    /**
     * The detail pane keeps its width while the window grows or shrinks, but never at the cost of the
     * list's columns: below the width all columns need, the detail pane gives way (down to a width its
     * cards still read at). At 1024 px the list then shows every column, Last to Event.
     */
    private void keepListColumnsWhole(Region list, Region detail) {
        list.setMinWidth(listView.narrowestWidth());
        detail.setMinWidth(DETAIL_MIN_WIDTH);
    }

    private void openSettings() {
        SettingsWindow.open(dialogs, window(), model.settings(), model::settingsSaved);
    }

    private void bindHandlers() {
        handlers.put(AppAction.NEW_LEAD, () -> openEditor(null));
        handlers.put(AppAction.EDIT_LEAD, this::editSelected);
        LeadActions selected = new LeadActions(model.list(), listView, this::window, dialogs);
        handlers.put(AppAction.SET_TEMPERATURE, selected::setTemperature);
        handlers.put(AppAction.ADD_TAG, () -> selected.tag(true));
        handlers.put(AppAction.REMOVE_TAG, () -> selected.tag(false));
        handlers.put(AppAction.SET_STATUS, selected::setStatus);
        handlers.put(AppAction.DELETE_LEADS, selected::deleteSelected);
        handlers.put(AppAction.UNDO_DELETE, model::undo);
        handlers.put(AppAction.LOG_TOUCH, this::logTouch);
        handlers.put(AppAction.SHOW_TIMELINE, () -> detailView.showTimeline());
        handlers.put(AppAction.FIND, () -> listView.searchField().requestFocus());
        handlers.put(AppAction.LOAD_SAMPLE_LEADS, model.list()::loadSampleLeads);
        handlers.put(AppAction.QUIT, Platform::exit);
        handlers.put(AppAction.BACK_UP_NOW, model::backUpNow);
        handlers.put(AppAction.RESTORE, this::restore);
        SharedBookActions shared = new SharedBookActions(dialogs, this::window, model, this::reopen);
        handlers.put(AppAction.OPEN_SHARED_BOOK, shared::openSharedBook);
        handlers.put(AppAction.MOVE_TO_SERVER, shared::moveToServer);
        sharedBook = !shared.model().isLocal();
        handlers.put(AppAction.COPY_EMAIL, () -> selected.copy(LeadRow::email));
        handlers.put(AppAction.COPY_PHONE, () -> selected.copy(LeadRow::phone));
        handlers.put(AppAction.SHOW_ALL, () -> model.list().showTemperatures(Set.of()));
        handlers.put(AppAction.SHOW_HOT, () -> model.list().showTemperatures(Set.of(Temperature.HOT)));
        handlers.put(AppAction.SHOW_WARM, () -> model.list().showTemperatures(Set.of(Temperature.WARM)));
        handlers.put(AppAction.SHOW_COOL, () -> model.list().showTemperatures(Set.of(Temperature.COOL)));
        handlers.put(AppAction.SHOW_COLD, () -> model.list().showTemperatures(Set.of(Temperature.COLD)));
        handlers.put(AppAction.DARK_THEME, () -> model.darkProperty().set(!model.darkProperty().get()));
        handlers.put(AppAction.FOCUS_LIST, () -> listView.table().requestFocus());
        handlers.put(AppAction.REFRESH, model.list()::refresh);
        handlers.put(AppAction.SHORTCUTS, this::showShortcuts);
        handlers.put(AppAction.IMPORT_FILE, () -> ImportWindow.open(dialogs, window(), model.importer(),
                summary -> {
                    model.list().refresh();
                    model.say(Messages.format("import.done", summary.imported(), summary.updated(), summary.skipped(),
                            summary.rejected()));
                }));
        handlers.put(AppAction.EXPORT_LEADS, () -> ExportChooser.ask(dialogs, window(), model.today())
                .ifPresent(choice -> model.exportLeads(choice.file(), choice.format())));
        handlers.put(AppAction.SHOW_LEADS, mainTabs::showLeads);
        handlers.put(AppAction.SHOW_PLANNER, () -> mainTabs.planner());
        handlers.put(AppAction.SHOW_MAILING, mainTabs::showMailing);
        handlers.put(AppAction.SHOW_REPORTS, mainTabs::showReports);
        handlers.put(AppAction.PRINT_PLAN, () -> {
            mainTabs.planner().printPlan();
        });
        handlers.put(AppAction.SAVE_PLAN_PDF, () -> {
            mainTabs.planner().savePlanPdf();
        });
        handlers.put(AppAction.EXPORT_PLAN_CALENDAR, () -> {
            mainTabs.planner().exportPlanCalendar();
        });
        handlers.put(AppAction.SETTINGS, this::openSettings);
        handlers.put(AppAction.ABOUT, this::showAbout);
    }

    private void buildMenus() {
        menuBar.getMenus().setAll(
                menu("menu.file", AppAction.NEW_LEAD, AppAction.LOAD_SAMPLE_LEADS, AppAction.IMPORT_FILE, AppAction.EXPORT_LEADS, null,
                        AppAction.BACK_UP_NOW,
                        AppAction.RESTORE, null, AppAction.OPEN_SHARED_BOOK, AppAction.MOVE_TO_SERVER, null,
                        AppAction.QUIT),
                menu("menu.edit", AppAction.UNDO_DELETE, null, AppAction.FIND, AppAction.COPY_EMAIL,
                        AppAction.COPY_PHONE, null, AppAction.SETTINGS),
                menu("menu.view", AppAction.SHOW_LEADS, AppAction.SHOW_PLANNER, AppAction.SHOW_MAILING,
                        AppAction.SHOW_REPORTS, null, AppAction.DARK_THEME, null,
                        AppAction.SHOW_ALL, AppAction.SHOW_HOT,
                        AppAction.SHOW_WARM, AppAction.SHOW_COOL, AppAction.SHOW_COLD),
                menu("menu.leads", AppAction.LOG_TOUCH, AppAction.SHOW_TIMELINE, null, AppAction.EDIT_LEAD,
                        AppAction.SET_TEMPERATURE, AppAction.ADD_TAG,
                        AppAction.REMOVE_TAG, AppAction.SET_STATUS, AppAction.DELETE_LEADS, null,
                        AppAction.FOCUS_LIST, AppAction.REFRESH),
                menu("menu.plan", AppAction.SHOW_PLANNER, null, AppAction.PRINT_PLAN, AppAction.SAVE_PLAN_PDF,
                        AppAction.EXPORT_PLAN_CALENDAR),
                menu("menu.help", AppAction.SHORTCUTS, AppAction.ABOUT));
        // Sample leads go only into an empty book; the menu item follows the welcome offer.
        menuItem(AppAction.LOAD_SAMPLE_LEADS).disableProperty().bind(model.list().totalProperty().greaterThan(0)
                .or(model.list().busyProperty()));
        menuItem(AppAction.BACK_UP_NOW).disableProperty().bind(model.backupBusyProperty());
        menuItem(AppAction.RESTORE).disableProperty().bind(model.backupBusyProperty());
        // Only the data dir's own book moves to a server; a shared one is there already.
        menuItem(AppAction.MOVE_TO_SERVER).setDisable(sharedBook);
    }

    /**
     * File → Restore: which backup, confirmed; restored in the background, then the window is built
     * again on services opened on the restored data (the old ones are closed by the restore).
     */
    private void restore() {
        if (model.isSharedBook()) {
            SharedRestoreDialog.ask(dialogs, window(), model.sharedBackupFolder()).ifPresent(model::restoreShared);
            return;
        }
        model.loadBackups(backups -> RestoreDialog.ask(dialogs, window(), backups, model.restoring()).ifPresent(choice ->
                model.restore(choice.file(), choice.label(), this::reopen)));
    }

    private void reopen(MainViewModel next, String message) {
        javafx.scene.Scene scene = menuBar.getScene();
        scene.setRoot(create(next, dialogs));
        Theme.apply(scene, model.darkProperty().get());
        model.reopenedAs(next, message);
    }

    /** A menu of actions; null stands for a separator. */
    private Menu menu(String textKey, AppAction... actions) {
        Menu menu = new Menu(Messages.get(textKey));
        for (AppAction action : actions) {
            if (action == null) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuItem item = action == AppAction.DARK_THEME ? darkThemeItem() : new MenuItem(action.text());
            item.setId("action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setAccelerator(action.accelerator());
            item.setOnAction(event -> handlers.get(action).run());
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The same actions on a right click, for the selected leads. */
    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (AppAction action : new AppAction[] {AppAction.LOG_TOUCH, AppAction.EDIT_LEAD, AppAction.SET_TEMPERATURE,
            AppAction.ADD_TAG,
            AppAction.REMOVE_TAG, AppAction.SET_STATUS, AppAction.DELETE_LEADS}) {
            MenuItem item = new MenuItem(action.text());
            item.setAccelerator(action.accelerator());
            item.setOnAction(event -> handlers.get(action).run());
            menu.getItems().add(item);
        }
        return menu;
    }

    private Window window() {
        return menuBar.getScene().getWindow();
    }

    private void editSelected() {
        LeadRow row = listView.selectedRowProperty().get();
        if (row == null) {
            return;
        }
        model.loadDetails(row.id(), details -> {
            if (details != null) {
                openEditor(details);
            }
        });
    }

    /**
     * Opens the form; after a save the list and the detail show the lead as saved. The detail pane
     * is loaded again even when the list keeps the same lead selected (it used to show the old
     * values). A new lead saved while a search or filter is on clears them, so the new lead is in
     * the list, selected, rather than vanishing behind the search.
     */
    private void openEditor(LeadDetails details) {
        boolean isNew = details == null;
        LeadEditorWindow.open(dialogs, window(), model.editor(details), model.list().sources(), id -> {
            listView.revealAfterReload(id, model.detail()::show);
            if (isNew) {
                listView.showEveryLead();
            } else {
                model.list().refresh();
            }
            model.detail().show(id);
        });
    }

    /**
     * Opens the quick-log panel for the lead shown in the detail pane, with the channel of the next
     * prong. After saving, the list, the overview and the timeline (brought to the front) follow.
     */
    private void logTouch() {
        Lead lead = model.timeline().leadProperty().get();
        LeadRow row = listView.selectedRowProperty().get();
        if (lead == null || row == null || lead.id() != row.id()) {
            return; // the detail pane is still loading the selected lead: nothing safe to log against yet
        }
        Channel channel = model.timeline().nextChannelProperty().get();
        QuickLogWindow.open(dialogs, window(), model.quickLog(lead, channel == null ? Channel.CALL : channel, null), () -> {
            detailView.showTimeline();
            model.touchSaved();
        });
    }

    private void editTouch(Interaction touch) {
        Lead lead = model.timeline().leadProperty().get();
        if (lead != null) {
            QuickLogWindow.open(dialogs, window(), model.quickLog(lead, touch.channel(), touch), model::touchSaved);
        }
    }

    private MenuItem darkThemeItem() {
        CheckMenuItem item = new CheckMenuItem(AppAction.DARK_THEME.text());
        item.selectedProperty().bindBidirectional(model.darkProperty());
        // The check item flips itself; the handler must not flip it back.
        handlers.put(AppAction.DARK_THEME, () -> { });
        return item;
    }

    private MenuItem menuItem(AppAction action) {
        String id = "action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return menuBar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void showShortcuts() {
        // Sixty keys do not fit a 768 px screen as one block of text: they scroll inside the dialog.
        Label keys = new Label(app.ember.ui.common.Shortcuts.text());
        keys.setId("shortcuts-text");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(keys);
        scroll.setPrefViewportWidth(480);
        scroll.setPrefViewportHeight(400);
        scroll.setFitToWidth(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.get("action.shortcuts"));
        alert.setHeaderText(Messages.get("action.shortcuts"));
        alert.getDialogPane().setContent(scroll);
        dialogs.tell(alert, menuBar.getScene().getWindow());
    }

    private void showAbout() {
        info(Messages.get("about.title"), Messages.get("about.body"));
    }

    private void info(String title, String body) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, body);
        alert.setTitle(title);
        alert.setHeaderText(title);
        dialogs.tell(alert, menuBar.getScene().getWindow());
    }
}
