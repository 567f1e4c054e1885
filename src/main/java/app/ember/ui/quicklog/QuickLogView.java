package app.ember.ui.quicklog;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Outcome;
import app.ember.i18n.Messages;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.WordCell;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quick-log panel's bindings; Enter saves from any field, Escape cancels. */
public final class QuickLogView {
    private final QuickLogViewModel model;
    private final Runnable onSaved;
    private final Runnable onCancel;

    @FXML private Label titleLabel;
    @FXML private ComboBox<Channel> channelBox;
    @FXML private ComboBox<Direction> directionBox;
    @FXML private ComboBox<Outcome> outcomeBox;
    @FXML private TextField noteField;
    @FXML private TextField minutesField;
    @FXML private TextField atField;
    @FXML private TextField nextField;
    @FXML private Label nextCaption;
    @FXML private VBox nextBox;
    @FXML private Label minutesProblem;
    @FXML private Label atProblem;
    @FXML private Label nextProblem;
    @FXML private Label saveErrorLabel;
    @FXML private Button saveButton;

    public QuickLogView(QuickLogViewModel model, Runnable onSaved, Runnable onCancel) {
        this.model = model;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(Messages.format(model.isEditing() ? "quicklog.editTitle" : "quicklog.title",
                model.lead().name()));
        channelBox.getItems().setAll(Channel.values());
        channelBox.setCellFactory(view -> new ChannelCell());
        channelBox.setButtonCell(new ChannelCell());
        channelBox.valueProperty().bindBidirectional(model.channelProperty());
        directionBox.getItems().setAll(Direction.values());
        directionBox.setCellFactory(view -> new WordCell<>("direction.", null));
        directionBox.setButtonCell(new WordCell<>("direction.", null));
        directionBox.valueProperty().bindBidirectional(model.directionProperty());
        outcomeBox.getItems().setAll(Outcome.values());
        outcomeBox.setCellFactory(view -> new WordCell<>("outcome.", null));
        outcomeBox.setButtonCell(new WordCell<>("outcome.", null));
        outcomeBox.valueProperty().bindBidirectional(model.outcomeProperty());
        noteField.textProperty().bindBidirectional(model.noteProperty());
        minutesField.textProperty().bindBidirectional(model.minutesProperty());
        atField.textProperty().bindBidirectional(model.atProperty());
        nextField.textProperty().bindBidirectional(model.nextProperty());
        show(minutesProblem, model.minutesProblemProperty());
        show(atProblem, model.atProblemProperty());
        show(nextProblem, model.nextProblemProperty());
        nextCaption.setVisible(!model.isEditing());
        nextBox.setVisible(!model.isEditing());
        saveErrorLabel.textProperty().bind(model.saveErrorProperty());
        saveButton.disableProperty().bind(model.validProperty().not().or(model.savingProperty()));
        // The outcome is the one thing always to choose: the panel opens there (arrow keys pick it).
        Platform.runLater(outcomeBox::requestFocus);
    }

    private static void show(Label label, StringProperty problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(problem.isNotEmpty());
    }

    @FXML
    private void save() {
        model.save(onSaved);
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }

    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty || channel == null ? null : ChannelLook.word(channel));
            setGraphic(empty || channel == null ? null : new FontIcon(ChannelLook.iconCode(channel)));
        }
    }
}
