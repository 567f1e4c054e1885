package app.ember.ui.reports;

import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.TemperatureLook;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Reports tab: the period bar, the report's sections, and the leads behind the last click. */
public final class ReportsView {
    private final ReportsViewModel model;
    private final ReportDocuments documents;
    private LongConsumer onOpenLead = id -> { };
    private final DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault(Locale.Category.FORMAT));

    @FXML private ComboBox<PeriodChoice> periodBox;
    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button printButton;
    @FXML private Button pdfButton;
    @FXML private SplitPane split;
    @FXML private ScrollPane scroll;
    @FXML private VBox sections;
    @FXML private Label behindTitle;
    @FXML private ListView<ReportLead> behindList;
    @FXML private Button openButton;
    private ReportSections builder;

    public ReportsView(ReportsViewModel model, DialogService dialogs) {
        this.model = model;
        this.documents = new ReportDocuments(model, dialogs);
    }

    @FXML
    private void initialize() {
        ZoneId zone = model.zone();
        builder = new ReportSections(model, zone, lead -> onOpenLead.accept(lead.id()),
                (table, name) -> documents.saveCsv(sections.getScene().getWindow(), table, name));
        periodBox.getItems().setAll(PeriodChoice.values());
        periodBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PeriodChoice choice) {
                return choice == null ? "" : Messages.get("reports.period." + choice.code());
            }

            @Override
            public PeriodChoice fromString(String text) {
                return null;
            }
        });
        periodBox.setValue(model.choiceProperty().get());
        periodBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.choiceProperty().get()) {
                model.choose(now);
            }
        });
        model.choiceProperty().addListener((o, was, now) -> {
            periodBox.setValue(now);
            showDays(now == PeriodChoice.CUSTOM);
        });
        showDays(false);
        fromPicker.valueProperty().addListener((o, was, now) -> typedDays());
        toPicker.valueProperty().addListener((o, was, now) -> typedDays());
        model.periodProperty().addListener((o, was, now) -> showPeriod(now));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        printButton.disableProperty().bind(model.reportProperty().isNull());
        pdfButton.disableProperty().bind(model.reportProperty().isNull());
        model.reportProperty().addListener((o, was, now) -> show(now));
        behindTitle.textProperty().bind(model.behindTitleProperty());
        behindList.setItems(model.behind());
        behindList.setPlaceholder(new Label(Messages.get("reports.behindNone")));
        behindList.setCellFactory(list -> new LeadCell());
        behindList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openChosen();
            }
        });
        behindList.setOnKeyPressed(key -> {
            if (AppAction.REPORT_OPEN_LEAD.matches(key)) {
                openChosen();
            }
        });
        openButton.disableProperty().bind(behindList.getSelectionModel().selectedItemProperty().isNull());
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    /** Where a lead asked to be opened goes (the main window shows it in the Leads tab). */
    public void setOnOpenLead(LongConsumer listener) {
        onOpenLead = listener;
    }

    @FXML
    private void openChosen() {
        ReportLead chosen = behindList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            onOpenLead.accept(chosen.id());
        }
    }

    @FXML
    private void print() {
        documents.print();
    }

    @FXML
    private void savePdf() {
        documents.savePdf(sections.getScene().getWindow());
    }

    private void showDays(boolean custom) {
        for (javafx.scene.Node node : new javafx.scene.Node[] {fromLabel, fromPicker, toLabel, toPicker}) {
            node.setVisible(custom);
            node.setManaged(custom);
        }
        periodLabel.setVisible(!custom);
        periodLabel.setManaged(!custom);
        if (custom && model.periodProperty().get() != null) {
            fromPicker.setValue(model.periodProperty().get().from());
            toPicker.setValue(model.periodProperty().get().to());
        }
    }

    private void typedDays() {
        if (model.choiceProperty().get() != PeriodChoice.CUSTOM || fromPicker.getValue() == null
                || toPicker.getValue() == null) {
            return;
        }
        ReportPeriod shown = model.periodProperty().get();
        if (shown != null && shown.from().equals(fromPicker.getValue()) && shown.to().equals(toPicker.getValue())) {
            return;
        }
        model.chooseDays(fromPicker.getValue(), toPicker.getValue());
    }

    private void showPeriod(ReportPeriod period) {
        periodLabel.setText(period == null ? "" : Messages.format("reports.periodDays", day.format(period.from()),
                day.format(period.to())));
    }

    private void show(Report report) {
        double at = scroll.getVvalue();
        if (report == null) {
            sections.getChildren().clear();
            return;
        }
        Label title = new Label(Messages.get("reports.title"));
        title.getStyleClass().add("reports-title");
        sections.getChildren().setAll(title);
        sections.getChildren().addAll(builder.build(report));
        scroll.setVvalue(at);
    }

    /** A lead behind a figure: its temperature chip and its name. */
    private static final class LeadCell extends ListCell<ReportLead> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(ReportLead lead, boolean empty) {
            super.updateItem(lead, empty);
            if (empty || lead == null) {
                setText(null);
                setGraphic(null);
            } else {
                TemperatureLook.dress(chip, lead.temperature(), lead.sameDay());
                setGraphic(chip);
                setText(lead.name());
            }
        }
    }
}
