package app.ember.ui.main;

import app.ember.app.Services;
import app.ember.ui.common.Background;
import app.ember.i18n.Messages;
import app.ember.ui.lead.LeadDetailViewModel;
import app.ember.ui.leads.LeadListViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's state: the list and detail models, the status line, the theme. */
public final class MainViewModel {
    private final Services services;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final LeadListViewModel list;
    private final LeadDetailViewModel detail;
    private final Background background;

    public MainViewModel(Services services, Background background) {
        this.services = services;
        this.list = new LeadListViewModel(services, background, this::failed);
        this.detail = new LeadDetailViewModel(services, background, this::failed);
        this.background = background;
        // An edit in one pane shows in the other: the list reloads after a detail edit, the detail after a bulk action.
        detail.setOnChanged(list::reload);
        list.setOnChanged(detail::reload);
        list.messageProperty().addListener((o, was, now) -> status.set(now));
    }

    public LeadListViewModel list() {
        return list;
    }

    public LeadDetailViewModel detail() {
        return detail;
    }

    public Background background() {
        return background;
    }

    public Services services() {
        return services;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** A failure in background work: said in the status line, never swallowed, never a stack trace. */
    void failed(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        status.set(Messages.format("status.failed", message));
    }
}
