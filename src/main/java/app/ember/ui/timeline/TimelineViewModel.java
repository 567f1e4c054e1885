package app.ember.ui.timeline;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.ResponseClock;
import app.ember.domain.TimelineEntry;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import app.ember.ui.common.PagedList;
import app.ember.ui.common.Undo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline of the selected lead: its entries paged from SQL (so ten thousand open as fast as
 * ten), the channel filter, the header facts (next follow-up and its channel, first-response clock),
 * and deleting a touch with undo.
 */
public final class TimelineViewModel {
    static final int PAGE_SIZE = 100;

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final PagedList<TimelineEntry> entries;
    private final ObjectProperty<Lead> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> nextChannel = new SimpleObjectProperty<>();
    private final ObjectProperty<ResponseClock> responseClock = new SimpleObjectProperty<>();
    private Runnable changed = () -> { };
    private Consumer<Undo> onUndoable = undo -> { };
    private int generation;

    public TimelineViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        this.entries = new PagedList<>(PAGE_SIZE, background, onError);
        channelFilter.addListener((o, was, now) -> reload());
    }

    public PagedList<TimelineEntry> entries() {
        return entries;
    }


    /** Told after a touch was changed or removed here, so the list and the overview follow. */
    public void setOnChanged(Runnable listener) {
        changed = listener;
    }

    /** Given every undoable deletion, so one Undo command serves the whole window. */
    public void setOnUndoable(Consumer<Undo> listener) {
        onUndoable = listener;
    }

    public ReadOnlyObjectProperty<Lead> leadProperty() {
        return lead;
    }

    public ObjectProperty<Channel> channelFilterProperty() {
        return channelFilter;
    }

    public ReadOnlyObjectProperty<Channel> nextChannelProperty() {
        return nextChannel;
    }

    public ReadOnlyObjectProperty<ResponseClock> responseClockProperty() {
        return responseClock;
    }

    /** Shows this lead's timeline (null: none). */
    public void show(Lead shown) {
        lead.set(shown);
        reload();
    }

    public void reload() {
        Lead current = lead.get();
        int requested = ++generation;
        if (current == null) {
            entries.reset((offset, limit) -> List.of(), 0, List.of());
            responseClock.set(null);
            nextChannel.set(null);
            return;
        }
        Set<Channel> channels = channelFilter.get() == null ? Set.of() : Set.of(channelFilter.get());
        long id = current.id();
        background.run(() -> new Loaded(services.touchLog().timelineCount(id, channels),
                        services.touchLog().timeline(id, channels, 0, PAGE_SIZE),
                        services.touchLog().nextProng(id)),
                loaded -> {
                    if (requested != generation) {
                        return;
                    }
                    entries.reset((offset, limit) -> services.touchLog().timeline(id, channels, offset, limit),
                            loaded.count(), loaded.firstPage());
                    nextChannel.set(loaded.nextChannel());
                    responseClock.set(ResponseClock.of(services.policy(), current.temperature(), current.sameDay(),
                            current.created(), current.firstContact(), services.clock().instant(),
                            services.clock().getZone()));
                }, onError);
    }

    /**
     * Removes a touch (after the view asked) and what it did to the lead's schedule; the window's
     * Undo puts both back.
     */
    public void deleteTouch(long interactionId) {
        background.run(() -> services.touchLog().deleteTouch(interactionId), deleted -> {
            reload();
            changed.run();
            deleted.ifPresent(touch -> onUndoable.accept(new Undo(Messages.get("timeline.deleted"),
                    () -> restore(touch))));
        }, onError);
    }

    private void restore(app.ember.store.TouchLog.Removed touch) {
        background.run(() -> services.touchLog().restoreTouch(touch), id -> {
            reload();
            changed.run();
        }, onError);
    }

    /** Loads a touch for editing. */
    public void touch(long interactionId, Consumer<Optional<Interaction>> then) {
        background.run(() -> services.touchLog().touch(interactionId), then, onError);
    }

    private record Loaded(int count, List<TimelineEntry> firstPage, Channel nextChannel) {
    }
}
