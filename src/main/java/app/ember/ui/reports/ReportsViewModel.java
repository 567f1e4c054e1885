package app.ember.ui.reports;

import app.ember.app.Services;
import app.ember.domain.report.Behind;
import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports tab's state: the chosen period, its report, and the leads behind the last bar or row
 * clicked. Every query runs on the background executor; an answer to an older question (the user
 * changed the period meanwhile) is dropped.
 */
public final class ReportsViewModel {
    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(PeriodChoice.THIS_WEEK);
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty behindTitle = new SimpleStringProperty(Messages.get("reports.behindHint"));
    private final ObservableList<ReportLead> behind = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private long generation;
    private long behindGeneration;

    public ReportsViewModel(Services services, Background background, Consumer<Throwable> onFailure) {
        this.services = services;
        this.background = background;
        this.onFailure = onFailure;
    }

    /** A period from the list; {@link PeriodChoice#CUSTOM} keeps the days shown until new ones are given. */
    public void choose(PeriodChoice chosen) {
        choice.set(chosen);
        if (chosen != PeriodChoice.CUSTOM) {
            period.set(services.reportBook().period(chosen));
            reload();
        } else if (period.get() == null) {
            period.set(services.reportBook().period(PeriodChoice.THIS_WEEK));
        }
    }

    /**
     * Days typed in the From and To fields.
     *
     * @return false (and nothing changes) when they make no period: the last day before the first
     */
    public boolean chooseDays(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        try {
            period.set(new ReportPeriod(from, to));
        } catch (IllegalArgumentException e) {
            message.set(Messages.get("reports.badRange"));
            return false;
        }
        choice.set(PeriodChoice.CUSTOM);
        reload();
        return true;
    }

    /** Counts the chosen period again (the tab was shown, or leads changed). */
    public void reload() {
        if (period.get() == null) {
            period.set(services.reportBook().period(choice.get()));
        }
        long mine = ++generation;
        ReportPeriod asked = period.get();
        busy.set(true);
        background.run(() -> services.reportBook().report(asked), made -> {
            if (mine == generation) {
                busy.set(false);
                report.set(made);
                behind.clear();
                behindTitle.set(Messages.get("reports.behindHint"));
            }
        }, error -> {
            if (mine == generation) {
                busy.set(false);
            }
            onFailure.accept(error);
        });
    }

    /** Lists the leads behind a bar or a row, under {@code title}. */
    public void showBehind(Behind what, String title) {
        ReportPeriod asked = period.get();
        if (asked == null) {
            return;
        }
        long mine = ++behindGeneration;
        behindTitle.set(Messages.format("reports.behind", title));
        background.run(() -> services.reportBook().behind(asked, what), leads -> {
            if (mine == behindGeneration) {
                behind.setAll(leads);
            }
        }, onFailure);
    }

    /** Lists leads the report already holds (a row of a lead table is the lead itself). */
    public void showLeads(List<ReportLead> leads, String title) {
        ++behindGeneration;
        behindTitle.set(Messages.format("reports.behind", title));
        behind.setAll(leads);
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty behindTitleProperty() {
        return behindTitle;
    }

    public ObservableList<ReportLead> behind() {
        return behind;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void say(String text) {
        message.set(text);
    }

    public Services services() {
        return services;
    }

    public Background background() {
        return background;
    }
}
