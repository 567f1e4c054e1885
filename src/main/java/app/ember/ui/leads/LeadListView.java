package app.ember.ui.leads;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.ui.common.Formats;
import app.ember.ui.common.Messages;
import app.ember.ui.common.TemperatureLook;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The lead list: binds the table to its view model and draws each temperature as colour, icon and word. */
public final class LeadListView {
    private static final double ROW_HEIGHT = 36;

    private final LeadListViewModel model;
    private final Clock clock;

    @FXML private Label countLabel;
    @FXML private Label filterLabel;
    @FXML private Hyperlink showAllLink;
    @FXML private TableView<LeadRow> table;
    @FXML private TableColumn<LeadRow, LeadRow> temperatureColumn;
    @FXML private TableColumn<LeadRow, LeadRow> nameColumn;
    @FXML private TableColumn<LeadRow, LeadRow> companyColumn;
    @FXML private TableColumn<LeadRow, LeadRow> nextColumn;
    @FXML private TableColumn<LeadRow, LeadRow> lastColumn;
    @FXML private VBox welcomeCard;
    @FXML private Button loadSampleButton;
    @FXML private Button startEmptyButton;
    @FXML private Label emptyLabel;

    public LeadListView(LeadListViewModel model, Services services) {
        this.model = model;
        this.clock = services.clock();
    }

    @FXML
    private void initialize() {
        table.setItems(model.rows());
        table.setFixedCellSize(ROW_HEIGHT);
        model.setRedraw(table::refresh);
        table.setRowFactory(t -> new LeadTableRow());
        temperatureColumn.setCellFactory(c -> new TemperatureCell());
        nameColumn.setCellFactory(c -> textCell(LeadRow::name, "name-cell"));
        companyColumn.setCellFactory(c -> textCell(LeadRow::company, null));
        nextColumn.setCellFactory(c -> new DueCell());
        lastColumn.setCellFactory(c -> textCell(row -> Formats.ago(row.lastContact(), clock), "muted-cell"));
        for (TableColumn<LeadRow, LeadRow> column : table.getColumns().stream()
                .map(c -> (TableColumn<LeadRow, LeadRow>) c).collect(Collectors.toList())) {
            column.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue()));
            column.setReorderable(false);
        }
        model.totalProperty().addListener((o, was, now) -> updateHeader());
        model.queryProperty().addListener((o, was, now) -> updateHeader());
        model.offerSampleLeadsProperty().addListener((o, was, now) -> updatePlaceholder());
        model.loadedProperty().addListener((o, was, now) -> {
            updatePlaceholder();
            // The hottest lead is the one to look at first: show it rather than an empty detail pane.
            if (now && table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        loadSampleButton.disableProperty().bind(model.busyProperty());
        startEmptyButton.disableProperty().bind(model.busyProperty());
        updateHeader();
        updatePlaceholder();
    }

    public TableView<LeadRow> table() {
        return table;
    }

    public ReadOnlyObjectProperty<LeadRow> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    @FXML
    private void showAll() {
        model.showTemperatures(java.util.Set.of());
    }

    @FXML
    private void loadSampleLeads() {
        model.loadSampleLeads();
    }

    @FXML
    private void startEmpty() {
        model.startEmpty();
    }

    private void updateHeader() {
        LeadQuery query = model.queryProperty().get();
        countLabel.setText(Messages.format("leads.count", model.totalProperty().get()));
        boolean filtered = !query.temperatures().isEmpty();
        filterLabel.setText(filtered ? Messages.format("leads.showing", query.temperatures().stream()
                .map(t -> TemperatureLook.word(t, false)).collect(Collectors.joining(", "))) : "");
        showAllLink.setVisible(filtered);
        showAllLink.setManaged(filtered);
    }

    private void updatePlaceholder() {
        if (model.offerSampleLeadsProperty().get()) {
            table.setPlaceholder(welcomeCard);
        } else {
            emptyLabel.setText(model.loadedProperty().get()
                    ? Messages.get(model.queryProperty().get().temperatures().isEmpty() ? "leads.empty" : "leads.noneHere")
                    : Messages.get("leads.loading"));
            table.setPlaceholder(emptyLabel);
        }
    }

    private static TableCell<LeadRow, LeadRow> textCell(Function<LeadRow, String> text, String styleClass) {
        TableCell<LeadRow, LeadRow> cell = new TableCell<>() {
            @Override
            protected void updateItem(LeadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        };
        if (styleClass != null) {
            cell.getStyleClass().add(styleClass);
        }
        return cell;
    }

    /** Colour, icon and word: never colour alone. */
    private static final class TemperatureCell extends TableCell<LeadRow, LeadRow> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                TemperatureLook.dress(chip, row.temperature(), row.sameDay());
                setGraphic(chip);
            }
        }
    }

    /** The next follow-up, in words, red when it is overdue. */
    private final class DueCell extends TableCell<LeadRow, LeadRow> {
        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("overdue");
            if (empty || row == null) {
                setText(null);
                return;
            }
            Instant due = row.nextFollowUp();
            if (due == null && row.status() != LeadStatus.OPEN) {
                // A won lead needs no follow-up: say so rather than warn that nothing is planned.
                setText(Messages.get("status." + row.status().code()));
                return;
            }
            setText(Formats.due(due, clock));
            if (Formats.isOverdue(due, clock)) {
                getStyleClass().add("overdue");
            }
        }
    }

    /** Gives each row its temperature's style class, for the coloured stripe on its left edge. */
    private static final class LeadTableRow extends TableRow<LeadRow> {
        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("row-"));
            if (!empty && row != null) {
                getStyleClass().add("row-" + row.temperature().code());
                if (row.sameDay() && row.temperature() == Temperature.HOT) {
                    getStyleClass().add("row-same-day");
                }
            }
        }
    }
}
