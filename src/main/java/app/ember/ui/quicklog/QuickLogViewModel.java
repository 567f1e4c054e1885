package app.ember.ui.quicklog;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.TouchPlan;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quick-log panel: channel (the next prong by default), outcome, note, minutes (the channel's
 * estimate), when (now) and the next follow-up (from the cadence, until the user types another).
 * Also edits an existing touch, without the next follow-up.
 */
public final class QuickLogViewModel {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Services services;
    private final Background background;
    private final Lead lead;
    private final Interaction editing;
    private final ZoneId zone;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.OUT);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty at = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty minutesProblem = new SimpleStringProperty("");
    private final StringProperty atProblem = new SimpleStringProperty("");
    private final StringProperty nextProblem = new SimpleStringProperty("");
    private final StringProperty saveError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding valid;
    private boolean minutesTyped;
    private boolean nextTyped;
    private boolean atTyped;
    private final Instant opened;
    private boolean updating;

    /**
     * @param suggested the next prong of the lead's sequence
     * @param editing   the touch to change, or null to log a new one
     */
    public QuickLogViewModel(Services services, Background background, Lead lead, Channel suggested,
                             Interaction editing) {
        this.services = services;
        this.background = background;
        this.lead = lead;
        this.editing = editing;
        this.zone = services.clock().getZone();
        this.opened = services.clock().instant();
        if (editing == null) {
            channel.set(suggested);
            minutes.set(String.valueOf(services.policy().minutes(suggested)));
            at.set(FORMAT.format(services.clock().instant().atZone(zone)));
        } else {
            channel.set(editing.channel());
            direction.set(editing.direction());
            outcome.set(editing.outcome());
            note.set(editing.note());
            minutes.set(String.valueOf(editing.minutes()));
            at.set(FORMAT.format(editing.at().atZone(zone)));
        }
        channel.addListener((o, was, now) -> {
            if (!minutesTyped && now != null) {
                updating = true;
                minutes.set(String.valueOf(services.policy().minutes(now)));
                updating = false;
            }
        });
        minutes.addListener((o, was, now) -> minutesTyped |= !updating);
        next.addListener((o, was, now) -> nextTyped |= !updating);
        at.addListener((o, was, now) -> atTyped = true);
        outcome.addListener((o, was, now) -> suggestNext());
        at.addListener((o, was, now) -> suggestNext());
        minutes.addListener((o, was, now) -> validate());
        at.addListener((o, was, now) -> validate());
        next.addListener((o, was, now) -> validate());
        valid = Bindings.createBooleanBinding(() -> outcome.get() != null && channel.get() != null
                && minutesProblem.get().isEmpty() && atProblem.get().isEmpty() && nextProblem.get().isEmpty(),
                outcome, channel, minutesProblem, atProblem, nextProblem);
        suggestNext();
        validate();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Lead lead() {
        return lead;
    }

    /** Keeps the next follow-up in step with the outcome and the time, until the user types a date. */
    private void suggestNext() {
        if (nextTyped || editing != null) {
            return;
        }
        Instant when = parse(at.get());
        Outcome result = outcome.get() == null ? Outcome.REACHED : outcome.get();
        Instant due = when == null ? null : TouchPlan.nextAfter(services.policy(), lead, result, when, zone);
        updating = true;
        next.set(due == null ? "" : FORMAT.format(due.atZone(zone)));
        updating = false;
    }

    private void validate() {
        minutesProblem.set(minutesValue() == null ? Messages.get("quicklog.minutesProblem") : "");
        Instant when = parse(at.get());
        if (when == null) {
            atProblem.set(Messages.get("quicklog.dateProblem"));
        } else if (when.isAfter(services.clock().instant().plus(1, ChronoUnit.MINUTES))) {
            atProblem.set(Messages.get("quicklog.futureProblem"));
        } else {
            atProblem.set("");
        }
        nextProblem.set(!next.get().isBlank() && parse(next.get()) == null ? Messages.get("quicklog.dateProblem") : "");
    }

    private Integer minutesValue() {
        try {
            int value = Integer.parseInt(minutes.get().strip());
            return value >= 0 && value <= 24 * 60 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Instant parse(String text) {
        try {
            return LocalDateTime.parse(text.strip(), FORMAT).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<Direction> directionProperty() { return direction; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public StringProperty noteProperty() { return note; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty atProperty() { return at; }
    public StringProperty nextProperty() { return next; }
    public StringProperty minutesProblemProperty() { return minutesProblem; }
    public StringProperty atProblemProperty() { return atProblem; }
    public StringProperty nextProblemProperty() { return nextProblem; }
    public StringProperty saveErrorProperty() { return saveError; }
    public BooleanProperty savingProperty() { return saving; }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Saves in the background; on failure the message is shown and everything typed stays. */
    public void save(Runnable onSaved) {
        if (!valid.get() || saving.get()) {
            return;
        }
        // The field shows minutes; an untouched "now" keeps its seconds, so the touch sorts after what came just before.
        Instant when = atTyped || editing != null ? parse(at.get()) : opened;
        Instant nextAt = next.get().isBlank() || !nextTyped ? null : parse(next.get());
        int spent = minutesValue();
        saving.set(true);
        background.run(() -> {
            if (editing == null) {
                services.touchLog().logTouch(lead.id(), channel.get(), direction.get(), outcome.get(), spent,
                        note.get(), when, nextAt);
            } else {
                services.touchLog().updateTouch(new Interaction(editing.id(), editing.leadId(), when, channel.get(),
                        direction.get(), outcome.get(), spent, note.get()));
            }
            return null;
        }, done -> {
            saving.set(false);
            onSaved.run();
        }, error -> {
            saving.set(false);
            saveError.set(Messages.format("editor.saveFailed", error.getMessage()));
        });
    }
}
