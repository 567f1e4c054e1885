package app.ember.ui.main;

import app.ember.ui.common.ViewLoader;
import app.ember.ui.editor.LeadEditorWindow;
import app.ember.ui.leads.LeadListView;
import app.ember.ui.mailing.MailingView;
import app.ember.ui.planner.PlanRow;
import app.ember.ui.planner.PlannerView;
import app.ember.ui.quicklog.QuickLogWindow;
import app.ember.ui.reports.ReportsView;
import java.util.function.Supplier;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.DialogService;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The main window's tabs: the lead list, This week, Mailing and Reports. The last three are built when first shown,
 * not at start: their views (FXML, controls, styles) are a good part of the start-up time, and most starts
 * only look at the list. The tab shown is the model's screen, kept for the next start.
 */
final class MainTabs {
    private final MainViewModel model;
    private final TabPane tabs;
    private final Tab leadsTab;
    private final Tab plannerTab;
    private final Tab mailingTab;
    private final Tab reportsTab;
    private final LeadListView listView;
    private final Supplier<Window> window;
    private final DialogService dialogs;
    private PlannerView plannerView;
    private MailingView mailingView;
    private ReportsView reportsView;
    private boolean mailingLoaded;

    MainTabs(MainViewModel model, TabPane tabs, Tab leadsTab, Tab plannerTab, Tab mailingTab, Tab reportsTab,
             LeadListView listView, Supplier<Window> window, DialogService dialogs) {
        this.model = model;
        this.tabs = tabs;
        this.leadsTab = leadsTab;
        this.plannerTab = plannerTab;
        this.mailingTab = mailingTab;
        this.reportsTab = reportsTab;
        this.listView = listView;
        this.window = window;
        this.dialogs = dialogs;
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            model.screenProperty().set(now == plannerTab ? MainScreen.WEEK : now == mailingTab ? MainScreen.MAILING
                    : now == reportsTab ? MainScreen.REPORTS : MainScreen.LEADS);
            if (now == plannerTab) {
                ensurePlanner();
                model.plannerShown();
                Platform.runLater(plannerView::focus);
            } else if (now == mailingTab) {
                ensureMailing();
                mailingShown();
            } else if (now == reportsTab) {
                // Counted afresh each time it is shown: touches logged elsewhere change every figure.
                ensureReports();
                model.reports().reload();
            } else {
                model.leadsShown();
            }
        });
        model.screenProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(
                now == MainScreen.WEEK ? plannerTab : now == MainScreen.MAILING ? mailingTab
                        : now == MainScreen.REPORTS ? reportsTab : leadsTab));
        // The screen keys reach the tabs before the lists inside them: a ListView takes F2 as "edit"
        // and swallowed it, so F2 did nothing on This week.
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            Tab target = AppAction.SHOW_LEADS.accelerator().match(key) ? leadsTab
                    : AppAction.SHOW_PLANNER.accelerator().match(key) ? plannerTab
                    : AppAction.SHOW_MAILING.accelerator().match(key) ? mailingTab
                    : AppAction.SHOW_REPORTS.accelerator().match(key) ? reportsTab : null;
            if (target != null) {
                tabs.getSelectionModel().select(target);
                key.consume();
            }
        });
    }

    void showLeads() {
        tabs.getSelectionModel().select(leadsTab);
    }

    void showMailing() {
        tabs.getSelectionModel().select(mailingTab);
    }

    void showReports() {
        tabs.getSelectionModel().select(reportsTab);
    }

    /** Reports in its tab; a lead opened from it is shown in the Leads tab, as from This week. */
    private void ensureReports() {
        if (reportsView != null) {
            return;
        }
        reportsView = new ReportsView(model.reports(), dialogs);
        Parent reports = ViewLoader.load(reportsView);
        reportsTab.setContent(reports);
        reportsView.setOnOpenLead(this::openLead);
    }

    private void openLead(long id) {
        showLeads();
        // Selected in the list when it is on the first page; otherwise shown in the detail pane alone.
        listView.revealAfterReload(id, model.detail()::show);
        model.list().refresh();
    }

    /** Shows This week (building it the first time) and returns its view. */
    PlannerView planner() {
        tabs.getSelectionModel().select(plannerTab);
        return plannerView;
    }

    /** "This week" in its tab: made when first shown, and again when leads changed elsewhere meanwhile. */
    private void ensurePlanner() {
        if (plannerView != null) {
            return;
        }
        plannerView = new PlannerView(model.planner(), dialogs);
        plannerTab.setContent(ViewLoader.load(plannerView));
        plannerView.setOnLog(this::logPlanned);
        plannerView.setOnOpen(row -> {
            showLeads();
            // Selected in the list when it is on the first page; otherwise shown in the detail pane alone.
            listView.revealAfterReload(row.action().leadId(), model.detail()::show);
            model.list().refresh();
        });
    }

    /** Mailing in its tab: whom to mail follows the list's filter and selection when it is shown. */
    private void ensureMailing() {
        if (mailingView != null) {
            return;
        }
        mailingView = new MailingView(model.mailing(), dialogs);
        mailingTab.setContent(ViewLoader.load(mailingView));
        mailingView.setOnOpenLead(id -> model.loadDetails(id, details -> {
            if (details != null) {
                LeadEditorWindow.open(dialogs, window.get(), model.editor(details), model.list().sources(), saved -> {
                    model.list().refresh();
                    model.mailing().choose();
                });
            }
        }));
    }

    private void mailingShown() {
        mailingView.listChanged(model.list().totalProperty().get(), listView.selectedIds().size());
        if (!mailingLoaded) {
            mailingLoaded = true;
            model.mailing().load();
        }
    }

    /** Enter on a planned action: the quick-log panel with its channel and minutes filled in. */
    private void logPlanned(PlanRow row) {
        QuickLogWindow.open(dialogs, window.get(), model.quickLog(row.action().lead(), row.action().channel(), null), () -> {
            model.planner().loggedElsewhere(row);
            plannerView.selectNextToDo();
            plannerView.focus();
        });
    }
}
