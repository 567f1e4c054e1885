package app.ember.ui.importer;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.Lead;
import app.ember.domain.RowProblem;
import app.ember.domain.Table;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.WordCell;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The import wizard: binds the file, the column mapping, the preview and the import to the view model. */
public final class ImportView {
    private static final int PREVIEW_ROWS = 200;
    /** A column of the mapping grid: wide enough for "Address line 2" and a short example. */
    private static final double COLUMN_WIDTH = 170;

    private final ImportViewModel model;
    private final DialogService dialogs;
    private final Consumer<ImportSummary> onImported;
    private final Runnable onClose;
    private final List<FieldChoice> choices = new java.util.ArrayList<>();
    private Table shownTable;
    private boolean fillingHistory;

    @FXML private TextField fileField;
    @FXML private ComboBox<Table> sheetBox;
    @FXML private Label errorLabel;
    @FXML private GridPane columnsGrid;
    @FXML private ListView<ImportPlan.Entry> previewList;
    @FXML private ComboBox<DuplicatePolicy> duplicatesBox;
    @FXML private CheckBox skipBadBox;
    @FXML private TextField countryField;
    @FXML private ComboBox<String> historyBox;
    @FXML private Label leftOutLabel;
    @FXML private Label historyLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button stopButton;
    @FXML private Button importButton;

    public ImportView(ImportViewModel model, DialogService dialogs, Consumer<ImportSummary> onImported,
                      Runnable onClose) {
        this.model = model;
        this.dialogs = dialogs;
        this.onImported = onImported;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().getFileName().toString(), model.fileProperty()));
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        sheetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Table table) {
                return table == null ? "" : table.name();
            }

            @Override
            public Table fromString(String text) {
                return null;
            }
        });
        model.sheetsProperty().addListener((o, was, now) -> sheetBox.getItems().setAll(now));
        sheetBox.visibleProperty().bind(Bindings.size(sheetBox.getItems()).greaterThan(1));
        sheetBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.leadsProperty().get()) {
                model.useSheet(now);
            }
        });
        model.leadsProperty().addListener((o, was, now) -> sheetBox.setValue(now));
        model.mappingProperty().addListener((o, was, now) -> showColumns(now));
        previewList.setCellFactory(list -> new ImportRowCell(model::decide));
        previewList.setPlaceholder(new Label(Messages.get("import.noFile")));
        model.planProperty().addListener((o, was, now) -> showPlan(now));
        duplicatesBox.getItems().setAll(DuplicatePolicy.values());
        duplicatesBox.setCellFactory(list -> new WordCell<>("import.duplicate.", null));
        duplicatesBox.setButtonCell(new WordCell<>("import.duplicate.", null));
        duplicatesBox.valueProperty().bindBidirectional(model.duplicatesProperty());
        skipBadBox.selectedProperty().bindBidirectional(model.skipBadRowsProperty());
        countryField.textProperty().bindBidirectional(model.defaultCountryProperty());
        showHistoryChoices();
        model.historyChoicesProperty().addListener((o, was, now) -> showHistoryChoices());
        model.historyProperty().addListener((o, was, now) -> showHistoryChoices());
        historyBox.valueProperty().addListener((o, was, now) -> {
            int at = historyBox.getItems().indexOf(now);
            if (!fillingHistory && at >= 0) {
                model.useHistory(at == 0 ? null : model.historyChoicesProperty().get().get(at - 1));
            }
        });
        // Only a workbook of several sheets (or a CSV with its history file beside it) has a history to choose.
        historyBox.visibleProperty().bind(Bindings.size(historyBox.getItems()).greaterThan(1));
        historyLabel.visibleProperty().bind(historyBox.visibleProperty());
        leftOutLabel.textProperty().bind(model.leftOutProperty());
        leftOutLabel.managedProperty().bind(model.leftOutProperty().isNotEmpty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.runningProperty());
        stopButton.visibleProperty().bind(model.runningProperty());
        importButton.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportPlan plan = model.planProperty().get();
            int rows = plan == null ? 0 : plan.count(ImportPlan.Action.ADD) + plan.count(ImportPlan.Action.UPDATE);
            return Messages.format("import.run", rows);
        }, model.planProperty()));
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportPlan plan = model.planProperty().get();
            return plan == null || model.busyProperty().get() || model.runningProperty().get()
                    || plan.hasRejected() && !model.skipBadRowsProperty().get()
                    || plan.count(ImportPlan.Action.ADD) + plan.count(ImportPlan.Action.UPDATE) == 0;
        }, model.planProperty(), model.busyProperty(), model.runningProperty(), model.skipBadRowsProperty()));
    }

    /**
     * One column of the grid for each column of the file, side by side as in the file: its header, its first
     * values, and the Ember field it fills (changeable); the grid scrolls sideways, so every column can be
     * seen however many there are. A new mapping of the same file only updates the choices, so the one the
     * user is on keeps its focus.
     */
    private void showColumns(ColumnMapping mapping) {
        Table table = model.leadsProperty().get();
        if (mapping != null && table == shownTable && choices.size() == mapping.header().size()) {
            for (int column = 0; column < choices.size(); column++) {
                if (!choices.get(column).pending()) {
                    choices.get(column).show(mapping.field(column));
                }
            }
            return;
        }
        columnsGrid.getChildren().clear();
        choices.clear();
        shownTable = table;
        if (mapping == null) {
            return;
        }
        columnsGrid.addColumn(0, heading("import.column"), heading("import.example"), heading("import.field"));
        List<ImportField> fields = java.util.Arrays.stream(ImportField.values()).filter(f -> !f.historyOnly()).toList();
        for (int column = 0; column < mapping.header().size(); column++) {
            int index = column;
            FieldChoice field = new FieldChoice(column, fields, mapping.field(column), now -> model.remap(index, now));
            choices.add(field);
            Label header = new Label(mapping.header().get(column));
            header.getStyleClass().add("import-header");
            Label example = new Label(example(table, column));
            example.getStyleClass().add("import-example");
            for (Label label : List.of(header, example)) {
                label.setMaxWidth(COLUMN_WIDTH);
            }
            field.setPrefWidth(COLUMN_WIDTH);
            columnsGrid.addColumn(column + 1, header, example, field);
        }
    }

    /** "No history", then each other sheet by name; the one read as the history chosen. */
    private void showHistoryChoices() {
        fillingHistory = true;
        List<Table> tables = model.historyChoicesProperty().get();
        List<String> names = new java.util.ArrayList<>();
        names.add(Messages.get("import.noHistory"));
        tables.forEach(t -> names.add(t.name()));
        historyBox.getItems().setAll(names);
        Table history = model.historyProperty().get();
        int at = history == null ? -1 : tables.indexOf(history); // List.of refuses indexOf(null)
        historyBox.getSelectionModel().select(at + 1);
        fillingHistory = false;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static String example(Table table, int column) {
        for (List<String> row : table.rows()) {
            if (column < row.size() && !row.get(column).isBlank()) {
                String value = row.get(column).strip();
                return value.length() > 40 ? value.substring(0, 39) + "…" : value;
            }
        }
        return "";
    }

    private void showPlan(ImportPlan plan) {
        if (plan == null) {
            previewList.getItems().clear();
            summaryLabel.setText("");
            return;
        }
        // Refused rows first, so they are seen; then the rows that need a look, with why; then the
        // duplicates, each with its own choice; then the first rows as they will be imported.
        List<ImportPlan.Entry> shown = new java.util.ArrayList<>(plan.entries().stream()
                .filter(e -> e.action() == ImportPlan.Action.REJECT).toList());
        plan.entries().stream().filter(e -> e.action() != ImportPlan.Action.REJECT && e.row().needsLook())
                .forEach(shown::add);
        plan.entries().stream().filter(e -> e.action() != ImportPlan.Action.REJECT && !e.row().needsLook()
                && e.isDuplicate()).forEach(shown::add);
        plan.entries().stream().filter(e -> e.action() != ImportPlan.Action.REJECT && !e.row().needsLook()
                && !e.isDuplicate()).limit(Math.max(0, PREVIEW_ROWS - shown.size())).forEach(shown::add);
        showRows(shown);
        long looks = plan.entries().stream().filter(e -> e.action() != ImportPlan.Action.REJECT
                && e.row().needsLook()).count();
        summaryLabel.setText(Messages.format("import.summary", plan.count(ImportPlan.Action.ADD),
                plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.SKIP),
                plan.count(ImportPlan.Action.REJECT)) + " " + Messages.format("import.summaryLooks", looks));
    }

    /**
     * The same rows with other choices (one row decided, or all of them) are changed in place, so the
     * list stays where the user scrolled it; other rows replace the list.
     */
    private void showRows(List<ImportPlan.Entry> shown) {
        javafx.collections.ObservableList<ImportPlan.Entry> items = previewList.getItems();
        boolean sameRows = items.size() == shown.size();
        for (int i = 0; sameRows && i < shown.size(); i++) {
            sameRows = items.get(i).row().rowNumber() == shown.get(i).row().rowNumber();
        }
        if (!sameRows) {
            items.setAll(shown);
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!items.get(i).equals(shown.get(i))) {
                items.set(i, shown.get(i));
            }
        }
    }

    static String words(RowProblem problem) {
        try {
            return Messages.format(problem.problem().messageKey(), problem.problem().arguments().toArray());
        } catch (MissingResourceException e) {
            return problem.problem().messageKey();
        }
    }

    @FXML
    private void choose() {
        dialogs.openFile(fileField.getScene().getWindow(), null, null, List.of(DialogService.FileType.of(
                Messages.get("import.files"), "xlsx", "csv", "vcf", "txt"))).ifPresent(model::open);
    }

    @FXML
    private void runImport() {
        model.run(onImported);
    }

    @FXML
    private void stop() {
        model.cancel();
    }

    @FXML
    private void close() {
        if (model.runningProperty().get()) {
            model.cancel();
        }
        onClose.run();
    }
}
