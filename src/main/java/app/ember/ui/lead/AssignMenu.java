package app.ember.ui.lead;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;

/**
 * Whose lead it is, in the detail pane: "Assigned to Sam" and a menu to assign it to me, to someone the
 * book knows, to someone else (typed), or to nobody. "Mine" in the list and the week's plan follows it.
 */
final class AssignMenu {
    private final LeadDetailViewModel model;
    private final DialogService dialogs;

    AssignMenu(LeadDetailViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** The line for the lead shown now. */
    Node line(String assignee) {
        // Bound, not set once: an assignment leaves the lead's details equal, so the pane is not built again.
        Label who = new Label();
        who.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String now = model.assigneeProperty().get();
            return now.isEmpty() ? Messages.get("assign.nobody") : Messages.format("assign.assignedTo", now);
        }, model.assigneeProperty()));
        who.setId("assignee-label");
        who.setWrapText(true);
        who.getStyleClass().add("fact-value");
        MenuButton menu = new MenuButton(Messages.get("assign.button"));
        menu.setId("assign-button");
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The names are read when the menu opens: someone may have joined the book since.
        menu.setOnShowing(event -> model.people(names -> menu.getItems().setAll(items(menu, names,
                model.assigneeProperty().get()))));
        menu.getItems().setAll(items(menu, List.of(), assignee));
        HBox line = new HBox(10, who, menu);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private List<MenuItem> items(MenuButton menu, List<String> names, String assignee) {
        List<MenuItem> items = new ArrayList<>();
        String me = model.me();
        if (!me.isEmpty()) {
            items.add(item(Messages.format("assign.me", me), me, "assign-me"));
        }
        for (String name : names) {
            if (!name.equalsIgnoreCase(me)) {
                items.add(item(name, name, null));
            }
        }
        MenuItem other = new MenuItem(Messages.get("assign.someoneElse"));
        other.setId("assign-other");
        other.setOnAction(event -> askName(menu));
        items.add(other);
        items.add(new SeparatorMenuItem());
        MenuItem nobody = item(Messages.get("assign.toNobody"), "", "assign-nobody");
        nobody.setDisable(assignee.isEmpty());
        items.add(nobody);
        return items;
    }

    private MenuItem item(String text, String name, String id) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        item.setOnAction(event -> model.assign(name));
        return item;
    }

    private void askName(MenuButton menu) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(Messages.get("assign.title"));
        dialog.setHeaderText(Messages.get("assign.askName"));
        dialogs.ask(dialog, menu.getScene() == null ? null : menu.getScene().getWindow()).map(String::strip).filter(name -> !name.isEmpty() && name.length() <= 200)
                .ifPresent(model::assign);
    }
}
