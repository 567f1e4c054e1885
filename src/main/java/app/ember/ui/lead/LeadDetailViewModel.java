package app.ember.ui.lead;

import app.ember.app.Services;
import app.ember.domain.Advice;
import app.ember.domain.LeadDetails;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lead shown beside the list, with Ember's temperature advice for it, and the small edits made
 * right there: notes, preferences, tags, accepting advice. Every read and write runs in the
 * background; a late answer for an older selection is dropped.
 */
public final class LeadDetailViewModel {
    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<LeadDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<Advice> advice = new SimpleObjectProperty<>();
    /** Who the lead shown is assigned to ("" for nobody), read with it. */
    private final StringProperty assignee = new SimpleStringProperty("");
    /** Leads whose advice the user dismissed: not offered again while this window is open. */
    private final Set<Long> dismissed = new HashSet<>();
    private Runnable changed = () -> { };
    private Long shown;
    private int generation;

    public LeadDetailViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    public ReadOnlyObjectProperty<LeadDetails> detailsProperty() {
        return details;
    }

    /** Advice that differs from the lead's temperature, or null. */
    public ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice;
    }

    /** Who the lead shown is assigned to; "" for nobody. */
    public ReadOnlyStringProperty assigneeProperty() {
        return assignee;
    }

    /** The name this person's work is kept under ("" when nobody is named): what "Me" assigns. */
    public String me() {
        return services.who();
    }

    /** Assigns the lead shown to someone, or to nobody with "". */
    public void assign(String name) {
        Long id = shown;
        if (id != null) {
            write(() -> services.leadBook().assign(List.of(id), name));
        }
    }

    /** The names the book knows, for the assign menu. */
    public void people(Consumer<List<String>> then) {
        background.run(() -> services.leadBook().people(), then, onError);
    }

    /** Told after every edit made here, so the list can show the lead as it is now. */
    public void setOnChanged(Runnable listener) {
        changed = listener;
    }

    /** The id of the lead shown (or being loaded), null for none. */
    public Long shownId() {
        return shown;
    }

    /** Shows the lead with this id, or nothing when the id is null. */
    public void show(Long leadId) {
        shown = leadId;
        int requested = ++generation;
        if (leadId == null) {
            details.set(null);
            advice.set(null);
            return;
        }
        background.run(() -> {
            LeadDetails loaded = services.leadBook().details(leadId).orElse(null);
            Advice suggestion = loaded == null ? null : services.advisor().advise(loaded.lead(), loaded.interactions(),
                    LocalDate.now(services.clock()));
            return new Loaded(loaded, suggestion, loaded == null ? "" : services.leadBook().assignee(leadId));
        }, loaded -> {
            if (requested == generation) {
                assignee.set(loaded.assignee());
                details.set(loaded.details());
                boolean offer = loaded.advice() != null && loaded.details() != null && !dismissed.contains(leadId)
                        && loaded.advice().differsFrom(loaded.details().lead().temperature());
                advice.set(offer ? loaded.advice() : null);
            }
        }, onError);
    }

    public void reload() {
        show(shown);
    }

    public void addNote(String text) {
        Long id = shown;
        if (id != null && !text.isBlank()) {
            write(() -> services.leadBook().addNote(id, text));
        }
    }

    public void deleteNote(long noteId) {
        write(() -> {
            services.leadBook().deleteNote(noteId);
            return null;
        });
    }

    public void addPreference(String key, String value) {
        Long id = shown;
        if (id != null && !key.isBlank()) {
            write(() -> services.leadBook().addPreference(id, key, value));
        }
    }

    public void deletePreference(long preferenceId) {
        write(() -> {
            services.leadBook().deletePreference(preferenceId);
            return null;
        });
    }

    public void addTag(String tag) {
        Long id = shown;
        if (id != null && !tag.isBlank()) {
            write(() -> {
                services.leadBook().addTag(List.of(id), tag);
                return null;
            });
        }
    }

    public void removeTag(String tag) {
        Long id = shown;
        if (id != null) {
            write(() -> {
                services.leadBook().removeTag(List.of(id), tag);
                return null;
            });
        }
    }

    /** Takes Ember's suggestion: the temperature changes, with the advice's words as the reason. */
    public void acceptAdvice() {
        Advice current = advice.get();
        LeadDetails lead = details.get();
        if (current == null || lead == null) {
            return;
        }
        String reason = Messages.format("advice.accepted", Messages.advice(current));
        write(() -> services.leadBook().setTemperature(List.of(lead.lead().id()), current.suggested(), false, reason));
    }

    public void dismissAdvice() {
        if (shown != null) {
            dismissed.add(shown);
        }
        advice.set(null);
    }

    /** Offers the keys used before, then the common ones. */
    public void preferenceKeys(Consumer<List<String>> then) {
        background.run(() -> services.leadBook().preferenceKeys(), then, onError);
    }

    public void tags(Consumer<List<String>> then) {
        background.run(() -> services.leadBook().tags(), then, onError);
    }

    private <T> void write(Callable<T> work) {
        background.run(work, done -> {
            reload();
            changed.run();
        }, onError);
    }

    private record Loaded(LeadDetails details, Advice advice, String assignee) {
    }
}
