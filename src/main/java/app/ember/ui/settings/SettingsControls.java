package app.ember.ui.settings;

import app.ember.domain.Channel;
import app.ember.i18n.Messages;
import app.ember.ui.common.ChannelLook;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The settings screen's controls wired to the view model: spinners that keep what is typed, channel and day choices. */
final class SettingsControls {
    private SettingsControls() {
    }

    /**
     * Binds an editable spinner to a number field. The spinner commits its text on Enter, on focus
     * loss and before each arrow step; a text that is not a good number commits as "no change", so
     * the typed text stays on screen (with the field's message) instead of being replaced or clamped.
     */
    static void bind(Spinner<Integer> spinner, NumberField field) {
        Integer start = field.value();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                field.min(), field.max(), start == null ? field.min() : start);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer parsed = NumberField.parse(text, field.min(), field.max());
                return parsed == null ? factory.getValue() : parsed;
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.getEditor().textProperty().bindBidirectional(field.textProperty());
        // Keeps the arrows stepping from what is typed. Only a plain number is taken over while the
        // user types: "090" would come back as "90" and move the caret under their fingers.
        field.textProperty().addListener((o, was, now) -> {
            Integer value = NumberField.parse(now, field.min(), field.max());
            if (value != null && value.toString().equals(now)) {
                factory.setValue(value);
            }
        });
    }

    /** A field's message label: shown, and taking room, only while there is a message. */
    static Label problemLabel(String id, ReadOnlyStringProperty problem) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        show(label, problem);
        return label;
    }

    static void show(Label label, ReadOnlyStringProperty problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(problem.isNotEmpty());
    }

    /** A channel box whose choices may include "none" (shown as a dash). */
    static void sequenceChoices(ComboBox<Optional<Channel>> box, boolean allowNone) {
        List<Optional<Channel>> items = new ArrayList<>();
        if (allowNone) {
            items.add(Optional.empty());
        }
        for (Channel channel : Channel.values()) {
            items.add(Optional.of(channel));
        }
        box.getItems().setAll(items);
        box.setCellFactory(list -> new SlotCell(false));
        // Four boxes share one row: the closed box says "Text", its list says "Text message".
        box.setButtonCell(new SlotCell(true));
    }

    static void channelChoices(ComboBox<Channel> box) {
        box.getItems().setAll(Channel.values());
        box.setCellFactory(list -> new ChannelCell());
        box.setButtonCell(new ChannelCell());
    }

    /** The seven days in the user's own order (Sunday first in the US) and words. */
    static void dayChoices(ChoiceBox<DayOfWeek> box) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            box.getItems().add(first.plus(i));
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek day) {
                return day == null ? "" : day.getDisplayName(TextStyle.FULL, locale);
            }

            @Override
            public DayOfWeek fromString(String text) {
                throw new UnsupportedOperationException("days are chosen, not typed");
            }
        });
    }

    static FontIcon channelIcon(Channel channel) {
        FontIcon icon = new FontIcon(ChannelLook.iconCode(channel));
        icon.getStyleClass().add("settings-channel-icon");
        return icon;
    }

    private static final class SlotCell extends ListCell<Optional<Channel>> {
        private final boolean shortWords;

        SlotCell(boolean shortWords) {
            this.shortWords = shortWords;
        }

        @Override
        protected void updateItem(Optional<Channel> slot, boolean empty) {
            super.updateItem(slot, empty);
            setText(empty || slot == null ? null : slot.map(this::word).orElse(Messages.get("settings.noChannel")));
        }

        private String word(Channel channel) {
            return shortWords ? Messages.get("settings.channelShort." + channel.code()) : ChannelLook.word(channel);
        }
    }

    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty || channel == null ? null : ChannelLook.word(channel));
            setGraphic(empty || channel == null ? null : channelIcon(channel));
        }
    }
}
