package app.ember.ui.reports;

import app.ember.app.Services;
import app.ember.domain.Table;
import app.ember.domain.report.Behind;
import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.i18n.Messages;
import app.ember.io.ReportTables;
import app.ember.mail.PdfPrinting;
import app.ember.mail.ReportSheet;
import app.ember.ui.common.Background;
import app.ember.ui.common.Tasks;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.pdmodel.PDDocument;

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
    /** The latest period asked wins: an answer to an older one (the user changed it meanwhile) is dropped. */
    private final Tasks.Lane reports;
    /** Likewise for the leads behind a bar. */
    private final Tasks.Lane behindLeads;

    public ReportsViewModel(Services services, Background background, Consumer<Throwable> onFailure) {
        this.services = services;
        this.background = background;
        this.onFailure = onFailure;
        this.reports = background.lane();
        this.behindLeads = background.lane();
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
        ReportPeriod asked = period.get();
        busy.set(true);
        reports.submit(() -> services.reportBook().report(asked), made -> {
            busy.set(false);
            report.set(made);
            behind.clear();
            behindTitle.set(Messages.get("reports.behindHint"));
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    /** Lists the leads behind a bar or a row, under {@code title}. */
    public void showBehind(Behind what, String title) {
        ReportPeriod asked = period.get();
        if (asked == null) {
            return;
        }
        behindTitle.set(Messages.format("reports.behind", title));
        behindLeads.submit(() -> services.reportBook().behind(asked, what), behind::setAll, onFailure);
    }

    /** Lists leads the report already holds (a row of a lead table is the lead itself). */
    public void showLeads(List<ReportLead> leads, String title) {
        behindLeads.cancel();
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

    /** The zone the report's days and times are shown in. */
    public ZoneId zone() {
        return services.clock().getZone();
    }

    /** The day the book's weeks start on: names the period ("2026-W10") in titles and file names. */
    public DayOfWeek weekStart() {
        return services.policy().weekStart();
    }

    /**
     * Prints the shown report through the system's print dialog (AWT's own, modal on its own thread), with
     * the same PDFBox sheet as {@code report --pdf}, off the FX thread; says so when it printed.
     */
    void print(Consumer<Throwable> onFailed) {
        Report shown = report.get();
        if (shown == null) {
            return;
        }
        ZoneId zone = zone();
        DayOfWeek weekStart = weekStart();
        background.run(() -> {
            try (PDDocument document = ReportSheet.render(shown, weekStart, zone,
                    Locale.getDefault(Locale.Category.FORMAT))) {
                return PdfPrinting.printWithDialog(document, Messages.format("reports.printJob",
                        shown.period().name(weekStart)));
            }
        }, printed -> {
            if (printed) {
                say(Messages.get("reports.printed"));
            }
        }, onFailed);
    }

    /** Writes the shown report as a PDF to the file, off the FX thread, and says so in the status line. */
    void savePdf(Path file, Consumer<Throwable> onFailed) {
        Report shown = report.get();
        if (shown == null) {
            return;
        }
        ZoneId zone = zone();
        DayOfWeek weekStart = weekStart();
        background.run(() -> {
            ReportSheet.write(shown, weekStart, zone, Locale.getDefault(Locale.Category.FORMAT), file);
            return file;
        }, this::saved, onFailed);
    }

    /** Writes one of the report's tables as CSV to the file, off the FX thread, and says so in the status line. */
    void saveCsv(Table table, Path file, Consumer<Throwable> onFailed) {
        background.run(() -> {
            ReportTables.write(table, file);
            return file;
        }, this::saved, onFailed);
    }

    private void saved(Path file) {
        say(Messages.format("reports.saved", file.getFileName()));
    }
}
