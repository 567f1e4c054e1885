package app.ember.ui.timeline;

import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.ResponseClock;
import app.ember.domain.TimelineEntry;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.Formats;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The timeline tab: binds the header and the virtualized list, and handles edit and delete of a touch. */
public final class TimelineView {
    private final TimelineViewModel model;
    private final Clock clock;
    private final DialogService dialogs;
    private Runnable onLog = () -> { };
    private Consumer<app.ember.domain.Interaction> onEdit = touch -> { };

    @FXML private Label nextLabel;
    @FXML private Label sinceLabel;
    @FXML private Label clockLabel;
    @FXML private Label countLabel;
    @FXML private ComboBox<Channel> channelFilterBox;
    @FXML private ListView<TimelineEntry> list;

    public TimelineView(TimelineViewModel model, Clock clock, DialogService dialogs) {
        this.model = model;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /** What "Log a touch" does: the window opens the quick-log panel. */
    public void setOnLog(Runnable action) {
        onLog = action;
    }

    /** What editing a touch does: the window opens the quick-log panel on it. */
    public void setOnEdit(Consumer<app.ember.domain.Interaction> action) {
        onEdit = action;
    }

    public ListView<TimelineEntry> list() {
        return list;
    }

    @FXML
    private void initialize() {
        list.setItems(model.entries());
        list.setCellFactory(view -> new TimelineCell(clock, i -> i < model.entries().size()
                && model.entries().isLoaded(i) ? model.entries().get(i) : null));
        list.setPlaceholder(new Label(Messages.get("timeline.empty")));
        channelFilterBox.getItems().add(null);
        channelFilterBox.getItems().addAll(Channel.values());
        channelFilterBox.setButtonCell(new ChannelCell());
        channelFilterBox.setCellFactory(view -> new ChannelCell());
        channelFilterBox.valueProperty().bindBidirectional(model.channelFilterProperty());
        model.leadProperty().addListener((o, was, now) -> header());
        model.nextChannelProperty().addListener((o, was, now) -> header());
        model.responseClockProperty().addListener((o, was, now) -> header());
        model.entries().addListener((javafx.collections.ListChangeListener<TimelineEntry>) c ->
                countLabel.setText(Messages.format("timeline.count", model.entries().size())));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editSelected();
            }
        });
        list.setOnKeyPressed(event -> {
            if (AppAction.TIMELINE_EDIT.matches(event)) {
                editSelected();
                event.consume();
            } else if (AppAction.TIMELINE_DELETE.matches(event)) {
                deleteSelected();
                event.consume();
            }
        });
        header();
    }

    @FXML
    private void log() {
        onLog.run();
    }

    private void header() {
        Lead lead = model.leadProperty().get();
        if (lead == null) {
            return;
        }
        nextLabel.getStyleClass().remove("overdue");
        if (lead.nextFollowUp() == null) {
            nextLabel.setText(Messages.get("timeline.nothingPlanned"));
            nextLabel.getStyleClass().add("overdue");
        } else {
            Channel channel = model.nextChannelProperty().get();
            nextLabel.setText(Messages.format("timeline.nextValue", Formats.dayAndTime(lead.nextFollowUp(), clock),
                    Formats.due(lead.nextFollowUp(), clock), channel == null ? "" : ChannelLook.word(channel)));
            if (Formats.isOverdue(lead.nextFollowUp(), clock)) {
                nextLabel.getStyleClass().add("overdue");
            }
        }
        sinceLabel.setText(Formats.ago(lead.lastContact(), clock));
        ResponseClock response = model.responseClockProperty().get();
        clockLabel.getStyleClass().removeAll("overdue", "on-time");
        clockLabel.setText(response == null ? "" : describe(response));
        if (response != null) {
            clockLabel.getStyleClass().add(response.isLate() ? "overdue" : "on-time");
        }
    }

    /** "On time (5 h to spare)", "Late by 6 h", "Running: 14 h left", "Overdue by 2 d". */
    public static String describe(ResponseClock clock) {
        String span = span(clock.margin());
        return Messages.format("clock." + clock.state().name().toLowerCase(java.util.Locale.ROOT), span);
    }

    /** A duration in the largest unit that says it: "45 min", "6 h", "3 d". */
    public static String span(Duration duration) {
        if (duration.toHours() >= 48) {
            return Messages.format("span.days", duration.toDays());
        }
        if (duration.toMinutes() >= 60) {
            return Messages.format("span.hours", duration.toHours());
        }
        return Messages.format("span.minutes", Math.max(1, duration.toMinutes()));
    }

    private void editSelected() {
        TimelineEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null && entry.kind() == TimelineEntry.Kind.INTERACTION) {
            model.touch(entry.id(), touch -> touch.ifPresent(onEdit));
        }
    }

    private void deleteSelected() {
        TimelineEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null || entry.kind() != TimelineEntry.Kind.INTERACTION) {
            return;
        }
        ButtonType delete = new ButtonType(Messages.get("timeline.delete"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("timeline.deleteBody"), delete,
                ButtonType.CANCEL);
        alert.setHeaderText(Messages.format("timeline.deleteTitle", ChannelLook.word(entry.channel()),
                Formats.dateTime(entry.at(), clock)));
        if (dialogs.ask(alert, list.getScene().getWindow()).filter(delete::equals).isPresent()) {
            model.deleteTouch(entry.id());
        }
    }

    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty ? null : channel == null ? Messages.get("timeline.allEntries") : ChannelLook.word(channel));
        }
    }
}
