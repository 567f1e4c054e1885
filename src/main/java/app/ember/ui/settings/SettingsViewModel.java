package app.ember.ui.settings;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The follow-up policy form: every value as typed or chosen, a message per value that is wrong
 * (checked as the user types), and saving. The policy is built only from a valid form, and only
 * Save stores it: Reset to defaults just fills the form.
 */
public final class SettingsViewModel {
    /** The domain's own floor for a session; shorter is not worth planning. */
    static final int MIN_SESSION_MINUTES = 5;

    private final Services services;
    private final Background background;
    private final Map<Temperature, RuleFields> rules = new EnumMap<>(Temperature.class);
    private final Map<Channel, NumberField> minutes = new EnumMap<>(Channel.class);
    private final NumberField session;
    private final NumberField nurture;
    private final ObjectProperty<DayOfWeek> weekStart = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final ObjectProperty<Channel> greetingChannel = new SimpleObjectProperty<>(Channel.POSTCARD);
    private final BooleanProperty overdueFirst = new SimpleBooleanProperty();
    private final ObjectProperty<java.time.LocalTime> workingHour =
            new SimpleObjectProperty<>(FollowUpPolicy.DEFAULT_WORKING_HOUR);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private List<Object> stored;

    public SettingsViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        for (Temperature temperature : Temperature.values()) {
            rules.put(temperature, new RuleFields(temperature));
        }
        for (Channel channel : Channel.values()) {
            minutes.put(channel, new NumberField(Messages.format("settings.field.minutes",
                    Messages.get("channel." + channel.code())), 0, FollowUpPolicy.MAX_CHANNEL_MINUTES));
        }
        session = new NumberField(Messages.get("settings.field.session"), MIN_SESSION_MINUTES,
                FollowUpPolicy.MAX_SESSION_MINUTES);
        nurture = new NumberField(Messages.get("settings.field.nurture"), 1, FollowUpPolicy.MAX_NURTURE_DAYS);
        valid = Bindings.createBooleanBinding(this::allValid, problems());
        load(services.policies().current());
        stored = snapshot();
    }

    private Observable[] problems() {
        List<Observable> all = new ArrayList<>();
        rules.values().forEach(row -> all.addAll(List.of(row.problems())));
        minutes.values().forEach(field -> all.add(field.problemProperty()));
        all.add(session.problemProperty());
        all.add(nurture.problemProperty());
        all.add(weekStart);
        all.add(greetingChannel);
        return all.toArray(new Observable[0]);
    }

    private boolean allValid() {
        return rules.values().stream().allMatch(RuleFields::valid)
                && minutes.values().stream().allMatch(field -> field.problemProperty().get().isEmpty())
                && session.problemProperty().get().isEmpty() && nurture.problemProperty().get().isEmpty()
                && weekStart.get() != null && greetingChannel.get() != null;
    }

    /** Fills the form with a policy's values. */
    private void load(FollowUpPolicy policy) {
        for (Temperature temperature : Temperature.values()) {
            rules.get(temperature).load(policy.rule(temperature));
        }
        for (Channel channel : Channel.values()) {
            minutes.get(channel).set(policy.minutes(channel));
        }
        session.set(policy.sessionMinutes());
        nurture.set(policy.nurtureDays());
        weekStart.set(policy.weekStart());
        greetingChannel.set(policy.greetingChannel());
        overdueFirst.set(policy.overdueFirst());
        workingHour.set(policy.workingHour());
    }

    /** Puts the defaults in the form; nothing is stored until Save. */
    public void resetToDefaults() {
        load(services.policies().defaults());
    }

    public RuleFields rule(Temperature temperature) {
        return rules.get(temperature);
    }

    public NumberField minutes(Channel channel) {
        return minutes.get(channel);
    }

    public NumberField session() {
        return session;
    }

    public NumberField nurture() {
        return nurture;
    }

    public ObjectProperty<DayOfWeek> weekStartProperty() {
        return weekStart;
    }

    public ObjectProperty<Channel> greetingChannelProperty() {
        return greetingChannel;
    }

    /** "Overdue first, across temperatures": off by default, when hot leads come first. */
    public BooleanProperty overdueFirstProperty() {
        return overdueFirst;
    }

    /** The hour a follow-up counted from a touch falls due. */
    public ObjectProperty<java.time.LocalTime> workingHourProperty() {
        return workingHour;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** True when the form says something other than what is stored (changing a value back is no change). */
    public boolean isDirty() {
        return !snapshot().equals(stored);
    }

    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>();
        rules.values().forEach(row -> values.addAll(row.snapshot()));
        minutes.values().forEach(field -> values.add(field.textProperty().get()));
        values.add(session.textProperty().get());
        values.add(nurture.textProperty().get());
        values.add(weekStart.get());
        values.add(greetingChannel.get());
        values.add(overdueFirst.get());
        values.add(workingHour.get());
        return values;
    }

    /** The policy as the form says it, built on the one in force; only called when the form is valid. */
    FollowUpPolicy toPolicy() {
        FollowUpPolicy policy = services.policies().current();
        for (Temperature temperature : Temperature.values()) {
            policy = policy.withRule(temperature, rules.get(temperature).toRule());
        }
        for (Channel channel : Channel.values()) {
            policy = policy.withMinutes(channel, minutes.get(channel).value());
        }
        return policy.withSessionMinutes(session.value())
                .withWeekStart(weekStart.get())
                .withNurtureDays(nurture.value())
                .withGreetingChannel(greetingChannel.get())
                .withOverdueFirst(overdueFirst.get())
                .withWorkingHour(workingHour.get());
    }

    /**
     * Stores the policy on the background executor, never on the JavaFX thread. On success the form
     * is clean and {@code onSaved} runs; on failure the message shows and everything typed stays.
     */
    public void save(Runnable onSaved) {
        if (!valid.get() || saving.get()) {
            return;
        }
        FollowUpPolicy policy;
        try {
            policy = toPolicy();
        } catch (IllegalArgumentException e) {
            // The form checks the same limits as the domain; this is a guard, not a path users take.
            java.util.logging.Logger.getLogger(SettingsViewModel.class.getName())
                    .log(java.util.logging.Level.WARNING, "the settings form let through what the rules refuse", e);
            saveError.set(Messages.format("settings.saveFailed", e.getMessage()));
            return;
        }
        saving.set(true);
        saveError.set("");
        background.run(() -> {
            services.policies().save(policy);
            return null;
        }, done -> {
            saving.set(false);
            stored = snapshot();
            onSaved.run();
        }, error -> {
            saving.set(false);
            saveError.set(Messages.format("settings.saveFailed",
                    error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        });
    }
}
