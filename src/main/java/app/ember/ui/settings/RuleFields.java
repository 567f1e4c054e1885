package app.ember.ui.settings;

import app.ember.domain.Channel;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureRule;
import app.ember.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One temperature's row of the settings: window, cadence, channel sequence and the two switches. */
public final class RuleFields {
    /** Four prongs are plenty for a solo business; the default uses three. */
    public static final int SLOTS = 4;

    private final Temperature temperature;
    private final NumberField window;
    private final NumberField cadence;
    private final List<ObjectProperty<Optional<Channel>>> sequence = new ArrayList<>();
    private final BooleanProperty onlyWhenTimeLeft = new SimpleBooleanProperty();
    private final BooleanProperty greetings = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper sequenceProblem = new ReadOnlyStringWrapper("");

    RuleFields(Temperature temperature) {
        this.temperature = temperature;
        String word = Messages.get("temperature." + temperature.code());
        window = new NumberField(Messages.format("settings.field.window", word), 1, TemperatureRule.MAX_WINDOW_HOURS);
        cadence = new NumberField(Messages.format("settings.field.cadence", word), 1, TemperatureRule.MAX_CADENCE_DAYS);
        for (int slot = 0; slot < SLOTS; slot++) {
            ObjectProperty<Optional<Channel>> choice = new SimpleObjectProperty<>(Optional.empty());
            choice.addListener((o, was, now) -> checkSequence());
            sequence.add(choice);
        }
    }

    public Temperature temperature() {
        return temperature;
    }

    public NumberField window() {
        return window;
    }

    public NumberField cadence() {
        return cadence;
    }

    /** The channel of each slot; an empty slot is "none" and is skipped. */
    public ObjectProperty<Optional<Channel>> slot(int index) {
        return sequence.get(index);
    }

    public BooleanProperty onlyWhenTimeLeftProperty() {
        return onlyWhenTimeLeft;
    }

    public BooleanProperty greetingsProperty() {
        return greetings;
    }

    public ReadOnlyStringProperty sequenceProblemProperty() {
        return sequenceProblem.getReadOnlyProperty();
    }

    void load(TemperatureRule rule) {
        window.set((int) rule.firstResponse().toHours());
        cadence.set(rule.cadenceDays());
        for (int slot = 0; slot < SLOTS; slot++) {
            // A stored sequence longer than the screen shows is cut to its first four prongs.
            sequence.get(slot).set(slot < rule.sequence().size() ? Optional.of(rule.sequence().get(slot)) : Optional.empty());
        }
        onlyWhenTimeLeft.set(rule.onlyWhenTimeLeft());
        greetings.set(rule.greetings());
    }

    /** The chosen channels in order, gaps closed up ("call, none, e-mail" is call then e-mail). */
    List<Channel> channels() {
        List<Channel> channels = new ArrayList<>();
        for (ObjectProperty<Optional<Channel>> choice : sequence) {
            choice.get().ifPresent(channels::add);
        }
        return channels;
    }

    /**
     * No channel at all leaves nothing to follow up with; a channel twice would trap the round at
     * its first place (the next prong is found from where the last channel first stands).
     */
    private void checkSequence() {
        List<Channel> channels = channels();
        String word = Messages.get("temperature." + temperature.code());
        Set<Channel> distinct = new LinkedHashSet<>(channels);
        if (channels.isEmpty()) {
            sequenceProblem.set(Messages.format("settings.problem.noChannel", word));
        } else if (distinct.size() < channels.size()) {
            sequenceProblem.set(Messages.format("settings.problem.twice", word));
        } else {
            sequenceProblem.set("");
        }
    }

    /** The rule as the row says it; only called when the row is valid. */
    TemperatureRule toRule() {
        return new TemperatureRule(Duration.ofHours(window.value()), cadence.value(), channels(),
                onlyWhenTimeLeft.get(), greetings.get());
    }

    /** Every value of the row, to tell whether the form differs from what is stored. */
    List<Object> snapshot() {
        List<Object> values = new ArrayList<>(List.of(window.textProperty().get(), cadence.textProperty().get(),
                onlyWhenTimeLeft.get(), greetings.get()));
        sequence.forEach(choice -> values.add(choice.get()));
        return values;
    }

    Observable[] problems() {
        return new Observable[] {window.problemProperty(), cadence.problemProperty(), sequenceProblem};
    }

    boolean valid() {
        return window.problemProperty().get().isEmpty() && cadence.problemProperty().get().isEmpty()
                && sequenceProblem.get().isEmpty();
    }
}
