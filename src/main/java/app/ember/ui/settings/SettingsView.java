package app.ember.ui.settings;

import app.ember.domain.Channel;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.TemperatureLook;
import java.time.DayOfWeek;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings screen's bindings. Every control is bound to the view model; the rows that repeat
 * per temperature and per channel are built here, one per enum value, with ids for tests
 * ("settings-hot-cadence", "settings-minutes-call").
 */
public final class SettingsView {
    /** Minutes are laid out three channels to a row. */
    private static final int CHANNELS_PER_ROW = 3;

    private final SettingsViewModel model;
    private final Runnable onSaved;
    private final Runnable onCancel;

    @FXML private GridPane temperatureGrid;
    @FXML private GridPane minutesGrid;
    @FXML private Label budgetLabel;
    @FXML private Spinner<Integer> budgetSpinner;
    @FXML private Label budgetProblem;
    @FXML private Label weekStartLabel;
    @FXML private ChoiceBox<DayOfWeek> weekStartBox;
    @FXML private Label greetingLabel;
    @FXML private ComboBox<Channel> greetingBox;
    @FXML private Label nurtureLabel;
    @FXML private Spinner<Integer> nurtureSpinner;
    @FXML private Label nurtureProblem;
    @FXML private CheckBox overdueFirstBox;
    @FXML private Label workingHourLabel;
    @FXML private ComboBox<java.time.LocalTime> workingHourBox;
    @FXML private Label saveErrorLabel;
    @FXML private Button saveButton;

    public SettingsView(SettingsViewModel model, Runnable onSaved, Runnable onCancel) {
        this.model = model;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        int row = 1;
        for (Temperature temperature : Temperature.values()) {
            addTemperatureRow(model.rule(temperature), row);
            row += 2;
        }
        Channel[] channels = Channel.values();
        for (int start = 0; start < channels.length; start += CHANNELS_PER_ROW) {
            addMinutesRow(channels, start, start / CHANNELS_PER_ROW * 2);
        }

        SettingsControls.bind(budgetSpinner, model.session());
        SettingsControls.show(budgetProblem, model.session().problemProperty());
        budgetLabel.setLabelFor(budgetSpinner);
        SettingsControls.dayChoices(weekStartBox);
        weekStartBox.valueProperty().bindBidirectional(model.weekStartProperty());
        weekStartLabel.setLabelFor(weekStartBox);
        SettingsControls.channelChoices(greetingBox);
        greetingBox.valueProperty().bindBidirectional(model.greetingChannelProperty());
        greetingLabel.setLabelFor(greetingBox);
        SettingsControls.bind(nurtureSpinner, model.nurture());
        SettingsControls.show(nurtureProblem, model.nurture().problemProperty());
        nurtureLabel.setLabelFor(nurtureSpinner);
        overdueFirstBox.selectedProperty().bindBidirectional(model.overdueFirstProperty());
        // Whole and half hours of a working day; a stored time outside them still shows as itself.
        for (int minutes = 6 * 60; minutes <= 20 * 60; minutes += 30) {
            workingHourBox.getItems().add(java.time.LocalTime.of(minutes / 60, minutes % 60));
        }
        workingHourBox.valueProperty().bindBidirectional(model.workingHourProperty());
        workingHourLabel.setLabelFor(workingHourBox);

        saveErrorLabel.textProperty().bind(model.saveErrorProperty());
        saveButton.disableProperty().bind(model.validProperty().not().or(model.savingProperty()));
        Platform.runLater(() -> temperatureGrid.lookup("#settings-hot-window").requestFocus());
    }

    /** One temperature: chip, window, cadence, up to four channels, two switches; its messages on the line below. */
    private void addTemperatureRow(RuleFields rule, int row) {
        Temperature temperature = rule.temperature();
        String code = temperature.code();
        String word = Messages.get("temperature." + code);
        Label chip = TemperatureLook.chip(temperature, false);
        // The word must never be cut to "Wa…": the channel boxes give way instead.
        chip.setMinWidth(Region.USE_PREF_SIZE);
        temperatureGrid.add(chip, 0, row);

        Spinner<Integer> window = spinner("settings-" + code + "-window", rule.window());
        window.setAccessibleText(Messages.format("settings.field.window", word));
        temperatureGrid.add(window, 1, row);
        Spinner<Integer> cadence = spinner("settings-" + code + "-cadence", rule.cadence());
        cadence.setAccessibleText(Messages.format("settings.field.cadence", word));
        temperatureGrid.add(cadence, 2, row);

        HBox sequence = new HBox(4);
        sequence.setAlignment(Pos.CENTER_LEFT);
        for (int slot = 0; slot < RuleFields.SLOTS; slot++) {
            ComboBox<Optional<Channel>> box = new ComboBox<>();
            box.setId("settings-" + code + "-sequence-" + (slot + 1));
            box.getStyleClass().add("settings-sequence-box");
            // The first prong is required, so only the later ones offer "none".
            SettingsControls.sequenceChoices(box, slot > 0);
            box.valueProperty().bindBidirectional(rule.slot(slot));
            box.setAccessibleText(Messages.format("settings.field.sequence", word, slot + 1));
            sequence.getChildren().add(box);
        }
        temperatureGrid.add(sequence, 3, row);

        CheckBox timeLeft = new CheckBox();
        timeLeft.setId("settings-" + code + "-time-left");
        timeLeft.selectedProperty().bindBidirectional(rule.onlyWhenTimeLeftProperty());
        timeLeft.setAccessibleText(Messages.format("settings.field.onlyWhenTimeLeft", word));
        temperatureGrid.add(timeLeft, 4, row);
        CheckBox greetings = new CheckBox();
        greetings.setId("settings-" + code + "-greetings");
        greetings.selectedProperty().bindBidirectional(rule.greetingsProperty());
        greetings.setAccessibleText(Messages.format("settings.field.greetings", word));
        temperatureGrid.add(greetings, 5, row);

        VBox problems = new VBox(2,
                SettingsControls.problemLabel("settings-" + code + "-window-problem", rule.window().problemProperty()),
                SettingsControls.problemLabel("settings-" + code + "-cadence-problem", rule.cadence().problemProperty()),
                SettingsControls.problemLabel("settings-" + code + "-sequence-problem", rule.sequenceProblemProperty()));
        collapseWhenEmpty(problems);
        temperatureGrid.add(problems, 1, row + 1, 5, 1);
    }

    /** Up to three channels side by side, each a word with its icon and a spinner; their messages below. */
    private void addMinutesRow(Channel[] channels, int start, int row) {
        VBox problems = new VBox(2);
        for (int i = start; i < Math.min(start + CHANNELS_PER_ROW, channels.length); i++) {
            Channel channel = channels[i];
            NumberField field = model.minutes(channel);
            Spinner<Integer> spinner = spinner("settings-minutes-" + channel.code(), field);
            Label label = new Label(ChannelLook.word(channel), SettingsControls.channelIcon(channel));
            label.getStyleClass().add("field-label");
            label.setLabelFor(spinner);
            int column = (i - start) * 2;
            minutesGrid.add(label, column, row);
            minutesGrid.add(spinner, column + 1, row);
            problems.getChildren().add(SettingsControls.problemLabel("settings-minutes-" + channel.code() + "-problem",
                    field.problemProperty()));
        }
        collapseWhenEmpty(problems);
        minutesGrid.add(problems, 0, row + 1, CHANNELS_PER_ROW * 2, 1);
    }

    private static Spinner<Integer> spinner(String id, NumberField field) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setPrefWidth(84);
        SettingsControls.bind(spinner, field);
        return spinner;
    }

    /** A row of messages takes no room (not even the grid's gap) while all of them are empty. */
    private static void collapseWhenEmpty(VBox problems) {
        Runnable update = () -> {
            boolean any = problems.getChildren().stream().anyMatch(node -> node.isManaged());
            problems.setVisible(any);
            problems.setManaged(any);
        };
        problems.getChildren().forEach(node -> node.managedProperty().addListener((o, was, now) -> update.run()));
        update.run();
    }

    @FXML
    private void reset() {
        model.resetToDefaults();
    }

    @FXML
    private void save() {
        model.save(onSaved);
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
