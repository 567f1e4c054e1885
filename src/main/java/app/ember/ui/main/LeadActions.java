package app.ember.ui.main;

import app.ember.domain.LeadRow;
import app.ember.ui.common.DialogService;
import app.ember.ui.leads.BulkDialogs;
import app.ember.ui.leads.LeadListView;
import app.ember.ui.leads.LeadListViewModel;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** What the Leads menu and the list's right click do to the selected leads: each asks, then the list model acts. */
final class LeadActions {
    private final LeadListViewModel list;
    private final LeadListView listView;
    private final Supplier<Window> window;
    private final DialogService dialogs;

    LeadActions(LeadListViewModel list, LeadListView listView, Supplier<Window> window, DialogService dialogs) {
        this.list = list;
        this.listView = listView;
        this.window = window;
        this.dialogs = dialogs;
    }

    void setTemperature() {
        List<Long> ids = listView.selectedIds();
        if (!ids.isEmpty()) {
            BulkDialogs.temperature(dialogs, window.get(), ids.size()).ifPresent(choice ->
                    list.setTemperature(ids, choice.temperature(), choice.sameDay(), choice.reason()));
        }
    }

    void tag(boolean add) {
        List<Long> ids = listView.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        BulkDialogs.tag(dialogs, window.get(), add ? "bulk.addTagTitle" : "bulk.removeTagTitle", ids.size(), list.tags())
                .ifPresent(tag -> {
                    if (add) {
                        list.addTag(ids, tag);
                    } else {
                        list.removeTag(ids, tag);
                    }
                });
    }

    void setStatus() {
        List<Long> ids = listView.selectedIds();
        if (!ids.isEmpty()) {
            BulkDialogs.status(dialogs, window.get(), ids.size()).ifPresent(status -> list.setStatus(ids, status));
        }
    }

    void deleteSelected() {
        List<Long> ids = listView.selectedIds();
        if (!ids.isEmpty() && BulkDialogs.confirmDelete(dialogs, window.get(), ids.size())) {
            list.delete(ids);
        }
    }

    void copy(Function<LeadRow, String> field) {
        LeadRow row = listView.selectedRowProperty().get();
        if (row == null || field.apply(row).isBlank()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(field.apply(row));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
