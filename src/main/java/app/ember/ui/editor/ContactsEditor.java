package app.ember.ui.editor;

import app.ember.domain.ContactLabel;
import app.ember.i18n.Messages;
import app.ember.ui.common.WordCell;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form's further e-mails, phones and addresses: a row each (label, text, "Make primary", "Remove"),
 * and a button to add one of each kind. The rows are rebuilt whenever one is added or removed; the texts
 * are bound both ways to the view model's rows.
 */
final class ContactsEditor {
    private static final List<String> ADDRESS_PROMPTS = List.of("editor.line1", "editor.line2", "editor.city",
            "editor.region", "editor.postcode", "editor.country");

    private final LeadEditorViewModel model;
    private final VBox box;
    private final VBox rowsBox = new VBox(8);

    ContactsEditor(LeadEditorViewModel model, VBox box) {
        this.model = model;
        this.box = box;
    }

    void build() {
        Button addEmail = addButton("editor.addEmail", ContactRows.Kind.EMAIL);
        Button addPhone = addButton("editor.addPhone", ContactRows.Kind.PHONE);
        Button addAddress = addButton("editor.addAddress", ContactRows.Kind.ADDRESS);
        box.getChildren().setAll(rowsBox, new FlowPane(8, 8, addEmail, addPhone, addAddress));
        model.contacts().rows().addListener((ListChangeListener<ContactRows.Row>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    /** A label chooser (work, home, mobile, other; fax for a phone) bound to the property. */
    static ComboBox<ContactLabel> labelBox(ComboBox<ContactLabel> box, ObjectProperty<ContactLabel> label,
            ContactRows.Kind kind) {
        box.getItems().setAll(ContactRows.labels(kind, label.get()));
        // A lead loaded after the box was made may bring a label the box does not offer yet.
        label.addListener((o, was, now) -> {
            if (now != null && !box.getItems().contains(now)) {
                box.getItems().setAll(ContactRows.labels(kind, now));
            }
        });
        box.setButtonCell(new WordCell<>("contactLabel.", ""));
        box.setCellFactory(list -> new WordCell<>("contactLabel.", ""));
        box.valueProperty().bindBidirectional(label);
        box.setAccessibleText(Messages.get("editor.contactLabel"));
        return box;
    }

    private Button addButton(String key, ContactRows.Kind kind) {
        Button button = new Button(Messages.get(key));
        button.setId(key.substring(key.indexOf('.') + 1));
        button.setOnAction(e -> model.contacts().add(kind));
        return button;
    }

    private void rebuild() {
        rowsBox.getChildren().clear();
        int n = 0;
        for (ContactRows.Row row : model.contacts().rows()) {
            rowsBox.getChildren().add(row(row, n++));
        }
    }

    /** The row's controls have ids by its place ("contactField0_0", "makePrimary0"): tests and tools find them. */
    private Node row(ContactRows.Row row, int n) {
        Label kind = new Label(Messages.get(switch (row.kind()) {
            case EMAIL -> "editor.email";
            case PHONE -> "editor.phone";
            case ADDRESS -> "editor.address";
        }));
        kind.getStyleClass().add("field-label");
        ComboBox<ContactLabel> label = labelBox(new ComboBox<>(), row.labelProperty(), row.kind());
        label.getStyleClass().add("contact-label");
        label.setId("contactLabel" + n);
        Button primary = new Button(Messages.get("editor.makePrimary"));
        primary.setOnAction(e -> model.makePrimary(row));
        primary.setId("makePrimary" + n);
        Button remove = new Button(Messages.get("editor.removeContact"));
        remove.setOnAction(e -> model.contacts().remove(row));
        remove.setId("removeContact" + n);
        HBox head = new HBox(6, kind, label, primary, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        Node fields;
        if (row.kind() == ContactRows.Kind.ADDRESS) {
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(6);
            for (int i = 0; i < 6; i++) {
                TextField field = field(row, i, n);
                field.setPromptText(Messages.get(ADDRESS_PROMPTS.get(i)));
                GridPane.setHgrow(field, Priority.ALWAYS);
                grid.add(field, i % 2, i / 2);
            }
            fields = grid;
        } else {
            fields = field(row, 0, n);
        }
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(row.problemProperty());
        problem.visibleProperty().bind(row.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox each = new VBox(3, head, fields, problem);
        each.getStyleClass().add("form-field");
        return each;
    }

    private static TextField field(ContactRows.Row row, int i, int n) {
        TextField field = new TextField();
        field.setId("contactField" + n + "_" + i);
        field.textProperty().bindBidirectional(row.texts().get(i));
        return field;
    }
}
