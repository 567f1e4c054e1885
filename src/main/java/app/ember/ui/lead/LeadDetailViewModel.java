package app.ember.ui.lead;

import app.ember.domain.LeadDetails;
import app.ember.store.LeadBook;
import app.ember.ui.common.Background;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The lead shown beside the list. Loads in the background; a late answer for an older selection is dropped. */
public final class LeadDetailViewModel {
    private final LeadBook book;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<LeadDetails> details = new SimpleObjectProperty<>();
    private int generation;

    public LeadDetailViewModel(LeadBook book, Background background, Consumer<Throwable> onError) {
        this.book = book;
        this.background = background;
        this.onError = onError;
    }

    public ReadOnlyObjectProperty<LeadDetails> detailsProperty() {
        return details;
    }

    /** Shows the lead with this id, or nothing when the id is null. */
    public void show(Long leadId) {
        int requested = ++generation;
        if (leadId == null) {
            details.set(null);
            return;
        }
        background.run(() -> book.details(leadId).orElse(null), loaded -> {
            if (requested == generation) {
                details.set(loaded);
            }
        }, onError);
    }
}
