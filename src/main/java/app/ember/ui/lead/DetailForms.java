package app.ember.ui.lead;

import app.ember.domain.Note;
import app.ember.domain.Preference;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.Formats;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The parts of the detail pane that take input: notes, preferences and tags, each with its add row. */
final class DetailForms {
    private final LeadDetailViewModel model;
    private final Clock clock;

    DetailForms(LeadDetailViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    Node notes(List<Note> notes) {
        TextArea text = new TextArea();
        text.setId("noteArea");
        text.setPromptText(Messages.get("detail.notePrompt"));
        text.setPrefRowCount(2);
        text.setWrapText(true);
        Button add = new Button(Messages.get("detail.addNote"));
        add.setId("addNoteButton");
        add.disableProperty().bind(text.textProperty().isEmpty());
        add.setOnAction(event -> {
            model.addNote(text.getText());
            text.clear();
        });
        VBox list = new VBox(8, text, add);
        for (Note note : notes) {
            list.getChildren().add(withRemove(LeadDetailView.entry(null, Formats.dateTime(note.at(), clock), note.text()),
                    () -> model.deleteNote(note.id())));
        }
        return list;
    }

    Node preferences(List<Preference> preferences) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (Preference preference : preferences) {
            Label key = new Label(preference.key());
            key.getStyleClass().add("fact-label");
            Label value = new Label(preference.value());
            value.setWrapText(true);
            value.getStyleClass().add("fact-value");
            grid.addRow(row++, key, value, removeButton(() -> model.deletePreference(preference.id())));
        }
        ComboBox<String> key = new ComboBox<>();
        key.setId("preferenceKey");
        key.setEditable(true);
        key.setPromptText(Messages.get("detail.preferenceKey"));
        key.setPrefWidth(180);
        key.setMinWidth(150);
        key.setOnShowing(event -> model.preferenceKeys(keys -> key.getItems().setAll(keys)));
        TextField value = new TextField();
        value.setId("preferenceValue");
        value.setPromptText(Messages.get("detail.preferenceValue"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button add = new Button(Messages.get("detail.add"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setId("addPreferenceButton");
        add.disableProperty().bind(key.getEditor().textProperty().isEmpty());
        Runnable submit = () -> {
            model.addPreference(key.getEditor().getText().strip(), value.getText().strip());
            key.getEditor().clear();
            value.clear();
        };
        add.setOnAction(event -> submit.run());
        value.setOnAction(event -> submit.run());
        return new VBox(8, grid, new HBox(6, key, value, add));
    }

    Node tags(List<String> tags) {
        FlowPane flow = new FlowPane(6, 6);
        for (String tag : tags) {
            Label chip = new Label(tag);
            chip.getStyleClass().add("tag-chip");
            Button remove = removeButton(() -> model.removeTag(tag));
            HBox pair = new HBox(0, chip, remove);
            pair.getStyleClass().add("tag-pair");
            flow.getChildren().add(pair);
        }
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("tagField");
        tag.setEditable(true);
        tag.setPromptText(Messages.get("detail.tagPrompt"));
        tag.setPrefWidth(170);
        tag.setOnShowing(event -> model.tags(all -> tag.getItems().setAll(all)));
        Button add = new Button(Messages.get("detail.add"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setId("addTagButton");
        add.disableProperty().bind(tag.getEditor().textProperty().isEmpty());
        Runnable submit = () -> {
            model.addTag(tag.getEditor().getText().strip());
            tag.getEditor().clear();
        };
        add.setOnAction(event -> submit.run());
        // The editable combo box's skin takes Enter for itself (it commits the value and the editor's
        // action never fires), so Enter is caught before it: typed text is added at once.
        tag.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (AppAction.DETAIL_ADD_TAG.matches(event) && !tag.getEditor().getText().isBlank()) {
                event.consume();
                submit.run();
                tag.setValue(null);
            }
        });
        return new VBox(8, flow, new HBox(6, tag, add));
    }

    private static Node withRemove(Node entry, Runnable remove) {
        HBox.setHgrow(entry, Priority.ALWAYS);
        return new HBox(6, entry, removeButton(remove));
    }

    private static Button removeButton(Runnable action) {
        Button button = new Button(null, new FontIcon("mdi2c-close"));
        button.getStyleClass().addAll("flat", "remove-button");
        button.setTooltip(new Tooltip(Messages.get("detail.remove")));
        button.setOnAction(event -> action.run());
        return button;
    }
}
