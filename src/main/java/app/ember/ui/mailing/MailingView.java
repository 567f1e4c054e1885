package app.ember.ui.mailing;

import app.ember.domain.LeftOut;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.TemperatureLook;
import app.ember.ui.common.WordCell;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The mailing screen: binds the choices to the view model, shows the preview and the leads left out. */
public final class MailingView {
    private final MailingViewModel model;
    private final DialogService dialogs;
    private final MailingRuns runs;
    private final MailPreview preview;
    private final PreviewZoom zoom = new PreviewZoom();
    private LongConsumer onOpenLead = id -> { };
    private SheetPicker sheet;

    @FXML private ToggleGroup sourceGroup;
    @FXML private RadioButton listSource;
    @FXML private RadioButton selectionSource;
    @FXML private RadioButton planSource;
    @FXML private RadioButton temperatureSource;
    @FXML private FlowPane temperatureBoxes;
    @FXML private CheckBox mergeBox;
    @FXML private ComboBox<MailSort> sortBox;
    @FXML private ComboBox<MailingViewModel.Output> outputBox;
    @FXML private HBox templateRow;
    @FXML private ComboBox<LabelTemplate> templateBox;
    @FXML private Button addTemplateButton;
    @FXML private VBox sheetBox;
    @FXML private Label startLabel;
    @FXML private Pane sheetPane;
    @FXML private Spinner<Double> offsetXSpinner;
    @FXML private Spinner<Double> offsetYSpinner;
    @FXML private Label senderLabel;
    @FXML private TextField campaignField;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private Button alignmentButton;
    @FXML private Button recordButton;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private Label pageLabel;
    @FXML private StackPane previewPane;
    @FXML private ScrollPane previewScroll;
    @FXML private StackPane previewHolder;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomFitButton;
    @FXML private Label noReturnLabel;
    @FXML private ImageView previewImage;
    @FXML private Label previewPlaceholder;
    @FXML private Label overflowLabel;
    @FXML private Label leftOutTitle;
    @FXML private ListView<LeftOut> leftOutList;

    public MailingView(MailingViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.runs = new MailingRuns(model);
        this.preview = new MailPreview(model, runs);
    }

    @FXML
    private void initialize() {
        setUpSources();
        setUpOutput();
        setUpSheet();
        setUpResult();
        senderLabel.textProperty().bind(Bindings.createStringBinding(() -> SenderDialog.oneLine(
                model.senderProperty().get()), model.senderProperty()));
        campaignField.textProperty().bindBidirectional(model.campaignProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty().or(model.choosingProperty()));
        saveButton.disableProperty().bind(model.selectionProperty().isNull().or(model.busyProperty()));
        printButton.disableProperty().bind(saveButton.disableProperty()
                .or(model.outputProperty().isEqualTo(MailingViewModel.Output.CSV)));
        alignmentButton.disableProperty().bind(model.templateProperty().isNull());
        recordButton.disableProperty().bind(Bindings.isEmpty(runs.lastRunProperty()).or(model.busyProperty()));
        recordButton.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("mailing.record",
                runs.lastRunProperty().size()), runs.lastRunProperty()));
    }

    public void setOnOpenLead(LongConsumer handler) {
        onOpenLead = handler;
    }

    /** The list's filter or selection changed elsewhere: the counts on the choices follow. */
    public void listChanged(int filtered, int selected) {
        listSource.setText(Messages.format("mailing.sourceList", filtered));
        selectionSource.setText(Messages.format("mailing.sourceSelection", selected));
        selectionSource.setDisable(selected == 0);
        if (model.sourceProperty().get() == MailingViewModel.Source.LIST
                || model.sourceProperty().get() == MailingViewModel.Source.SELECTION) {
            model.choose();
        }
    }

    private void setUpSources() {
        listChanged(0, 0);
        listSource.setUserData(MailingViewModel.Source.LIST);
        selectionSource.setUserData(MailingViewModel.Source.SELECTION);
        planSource.setUserData(MailingViewModel.Source.PLAN);
        temperatureSource.setUserData(MailingViewModel.Source.TEMPERATURE);
        sourceGroup.getToggles().stream().filter(t -> t.getUserData() == model.sourceProperty().get())
                .findFirst().ifPresent(sourceGroup::selectToggle);
        sourceGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.sourceProperty().set((MailingViewModel.Source) now.getUserData());
            }
        });
        model.sourceProperty().addListener((o, was, now) -> sourceGroup.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(sourceGroup::selectToggle));
        for (Temperature temperature : Temperature.values()) {
            CheckBox box = new CheckBox();
            box.setGraphic(TemperatureLook.chip(temperature, false));
            box.setId("mailing-temperature-" + temperature.code());
            box.setSelected(model.includes(temperature));
            box.selectedProperty().addListener((o, was, now) -> model.setTemperature(temperature, now));
            temperatureBoxes.getChildren().add(box);
        }
        mergeBox.selectedProperty().bindBidirectional(model.mergeProperty());
        sortBox.getItems().setAll(MailSort.values());
        sortBox.setCellFactory(list -> new WordCell<>("mailing.sort.", null));
        sortBox.setButtonCell(new WordCell<>("mailing.sort.", null));
        sortBox.valueProperty().bindBidirectional(model.sortProperty());
    }

    private void setUpOutput() {
        outputBox.getItems().setAll(MailingViewModel.Output.values());
        outputBox.setCellFactory(list -> new WordCell<>("mailing.output.", null));
        outputBox.setButtonCell(new WordCell<>("mailing.output.", null));
        outputBox.valueProperty().bindBidirectional(model.outputProperty());
        templateBox.setItems(model.templates());
        templateBox.setCellFactory(list -> new TemplateCell());
        templateBox.setButtonCell(new TemplateCell());
        templateBox.valueProperty().bindBidirectional(model.templateProperty());
        templateRow.visibleProperty().bind(model.templateProperty().isNotNull()
                .or(Bindings.isNotEmpty(model.templates())));
        templateRow.managedProperty().bind(templateRow.visibleProperty());
        saveButton.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                model.outputProperty().get() == MailingViewModel.Output.CSV ? "mailing.saveCsv" : "mailing.savePdf"),
                model.outputProperty()));
        addTemplateButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("mailing.addTemplate")));
    }

    private void setUpSheet() {
        sheet = new SheetPicker(sheetPane, model.startAtProperty());
        sheetBox.visibleProperty().bind(model.templateProperty().isNotNull());
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        model.templateProperty().addListener((o, was, now) -> {
            sheet.show(now);
            refreshPreview();
        });
        startLabel.textProperty().bind(Bindings.createStringBinding(() -> model.templateProperty().get() == null ? ""
                : Messages.format("mailing.startAt", model.startAtProperty().get(),
                        model.templateProperty().get().perSheet()), model.startAtProperty(), model.templateProperty()));
        model.startAtProperty().addListener((o, was, now) -> refreshPreview());
        offsetXSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(-20, 20, 0, 0.5));
        offsetYSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(-20, 20, 0, 0.5));
        offsetXSpinner.getValueFactory().valueProperty().bindBidirectional(model.offsetXProperty().asObject());
        offsetYSpinner.getValueFactory().valueProperty().bindBidirectional(model.offsetYProperty().asObject());
    }

    private void setUpResult() {
        summaryLabel.textProperty().bind(Bindings.createStringBinding(model::summary, model.selectionProperty()));
        model.selectionProperty().addListener((o, was, now) -> {
            leftOutList.getItems().setAll(now == null ? java.util.List.of() : now.leftOut());
            preview.first();
            refreshPreview();
        });
        model.outputProperty().addListener((o, was, now) -> refreshPreview());
        leftOutTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("mailing.leftOut",
                leftOutList.getItems().size()), leftOutList.getItems()));
        leftOutList.setCellFactory(list -> new LeftOutCell());
        leftOutList.setPlaceholder(new Label(Messages.get("mailing.noneLeftOut")));
        previewImage.imageProperty().bind(preview.imageProperty());
        setUpZoom();
        previewPlaceholder.visibleProperty().bind(preview.imageProperty().isNull());
        previewPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                model.outputProperty().get() == MailingViewModel.Output.CSV ? "mailing.noPreviewCsv"
                        : "mailing.noPreview"), model.outputProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> preview.pagesProperty().get() == 0 ? ""
                : Messages.format("mailing.page", preview.pageProperty().get() + 1, preview.pagesProperty().get()),
                preview.pageProperty(), preview.pagesProperty()));
        previousPageButton.disableProperty().bind(preview.pageProperty().lessThanOrEqualTo(0));
        nextPageButton.disableProperty().bind(preview.pageProperty().add(1).greaterThanOrEqualTo(preview.pagesProperty()));
        // After a run, what did not fit in it; before, what will not fit, as the preview measured it.
        overflowLabel.textProperty().bind(Bindings.createStringBinding(() -> !runs.overflowsProperty().isEmpty()
                ? Messages.format("mailing.overflows", String.join("; ", runs.overflowsProperty()))
                : preview.unfit().isEmpty() ? ""
                : Messages.format("mailing.unfitPreview", String.join("; ", preview.unfit())),
                runs.overflowsProperty(), preview.unfit()));
        noReturnLabel.textProperty().bind(Bindings.createStringBinding(() -> withoutReturnAddress()
                ? Messages.get("mailing.noReturnAddress") : "", model.outputProperty(), model.senderProperty()));
        noReturnLabel.managedProperty().bind(noReturnLabel.textProperty().isNotEmpty());
        noReturnLabel.visibleProperty().bind(noReturnLabel.textProperty().isNotEmpty());
        overflowLabel.managedProperty().bind(overflowLabel.textProperty().isNotEmpty());
    }

    private void refreshPreview() {
        preview.refresh();
    }

    private void setUpZoom() {
        Node root = previewPane;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        zoom.install(root, zoomInButton, zoomOutButton, zoomFitButton);
        zoom.fitPreview(previewPane, previewScroll, previewHolder, previewImage);
        zoom.factorProperty().addListener((o, was, now) -> preview.zoom(now.doubleValue()));
    }

    PreviewZoom zoom() {
        return zoom;
    }

    private boolean withoutReturnAddress() {
        return ReturnAddressCheck.missing(model);
    }

    /** Before postcards without a return address are printed or saved; true when the run should go ahead. */
    private boolean confirmReturnAddress() {
        return ReturnAddressCheck.confirm(dialogs, window(), model, this::editSender);
    }

    @FXML
    private void previousPage() {
        preview.previous();
    }

    @FXML
    private void nextPage() {
        preview.next();
    }

    @FXML
    private void save() {
        if (!confirmReturnAddress()) {
            return;
        }
        boolean csv = model.outputProperty().get() == MailingViewModel.Output.CSV;
        choose(csv ? "csv" : "pdf", csv ? "mailing.csvFiles" : "mailing.pdfFiles").ifPresent(file -> {
            if (csv) {
                runs.saveCsv(file);
            } else {
                runs.savePdf(file);
            }
        });
    }

    @FXML
    private void print() {
        if (confirmReturnAddress()) {
            runs.print();
        }
    }

    /** Prints the alignment page where a printer is set up; otherwise offers it as a PDF. */
    @FXML
    private void alignment() {
        model.whenPrinterKnown(printer -> {
            if (printer) {
                runs.printAlignment();
            } else {
                choose("pdf", "mailing.pdfFiles").ifPresent(runs::saveAlignment);
            }
        });
    }

    @FXML
    private void record() {
        runs.recordSent(this::confirmRecord);
    }

    /** Asks before a mailing is recorded (see {@link RecordSentDialog}). */
    private boolean confirmRecord(int leads, int movedOn, int keptPlan) {
        return RecordSentDialog.confirm(dialogs, window(), model.campaignProperty().get(), leads, movedOn, keptPlan);
    }

    @FXML
    private void addTemplate() {
        TemplateDialog.ask(dialogs, window(), model.outputProperty().get().kind()).ifPresent(model::addTemplate);
    }

    @FXML
    private void editSender() {
        SenderDialog.ask(dialogs, window(), model.senderProperty().get()).ifPresent(sender -> {
            model.senderProperty().set(sender);
            model.saveSettings();
        });
    }

    private java.util.Optional<Path> choose(String extension, String descriptionKey) {
        DialogService.FileType type = DialogService.FileType.of(Messages.get(descriptionKey), extension);
        String name = model.campaignProperty().get().strip().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return dialogs.saveFile(window(), null, "ember-" + (name.isEmpty() ? "mailing" : name.toLowerCase(Locale.ROOT))
                + "." + extension, List.of(type)).map(choice -> type.withEnding(choice.file()));
    }

    private Window window() {
        return previewPane.getScene().getWindow();
    }

    /** A lead left out: who, why, and a button to open it and fix it. */
    private final class LeftOutCell extends ListCell<LeftOut> {
        private final Label text = new Label();
        private final Button open = new Button(Messages.get("mailing.open"));
        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(); // the line, when cut
        private final HBox line = new HBox(8, text, new javafx.scene.layout.Region(), open);

        LeftOutCell() {
            HBox.setHgrow(line.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // In a narrow window the line gives way, never the button: at 1024 px it had shrunk to "…".
            text.setMinWidth(0);
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.getStyleClass().add("left-out-open");
            text.setTooltip(whole);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LeftOut item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String reason = Messages.get("mailing.reason." + item.reason().code());
            text.setText(item.detail() == null || item.detail().isBlank()
                    ? Messages.format("mailing.leftOutShort", item.name(), reason)
                    : Messages.format("mailing.leftOutLine", item.name(), reason, item.detail()));
            whole.setText(text.getText());
            open.setOnAction(event -> onOpenLead.accept(item.leadId()));
            setGraphic(line);
        }
    }

    /** For the selection and refresh wiring of the main window. */
    public MailingViewModel model() {
        return model;
    }

    MailingSelection selection() {
        return model.selectionProperty().get();
    }
}
