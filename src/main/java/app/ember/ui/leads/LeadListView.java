package app.ember.ui.leads;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureCounts;
import app.ember.i18n.Messages;
import app.ember.ui.common.Formats;
import app.ember.ui.common.TemperatureLook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lead list: search, counts bar, filters and sort bound to the view model; every row's
 * temperature as colour, icon and word. Sorting and filtering happen in SQL, never in the table.
 */
public final class LeadListView {
    private static final double ROW_HEIGHT = 36;
    /** Typing pauses this long before a search runs: one query per word typed, not one per key. */
    private static final Duration SEARCH_DELAY = Duration.millis(150);

    private final LeadListViewModel model;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private Runnable onNewLead = () -> { };
    private Runnable onImport = () -> { };
    private Runnable onSelectedRowLoaded = () -> { };
    private int pendingSelection = -1;

    @FXML private Label countLabel;
    @FXML private TextField searchField;
    @FXML private Button newLeadButton;
    @FXML private ToggleButton hotToggle;
    @FXML private ToggleButton warmToggle;
    @FXML private ToggleButton coolToggle;
    @FXML private ToggleButton coldToggle;
    @FXML private MenuButton filterMenu;
    @FXML private ToggleButton mineToggle;
    @FXML private ComboBox<LeadSort> sortBox;
    @FXML private HBox filterBar;
    @FXML private Label filterLabel;
    @FXML private TableView<LeadRow> table;
    @FXML private TableColumn<LeadRow, LeadRow> temperatureColumn;
    @FXML private TableColumn<LeadRow, LeadRow> nameColumn;
    /** The table's scroll bar, borders and the row's temperature stripe beside the columns. */
    private static final double TABLE_FRAME = 20;
    @FXML private TableColumn<LeadRow, LeadRow> companyColumn;
    @FXML private TableColumn<LeadRow, LeadRow> nextColumn;
    @FXML private TableColumn<LeadRow, LeadRow> lastColumn;
    @FXML private TableColumn<LeadRow, LeadRow> eventColumn;
    @FXML private TableColumn<LeadRow, LeadRow> responseColumn;
    @FXML private VBox welcomeCard;
    @FXML private Button loadSampleButton;
    @FXML private Button startEmptyButton;
    @FXML private Label emptyLabel;

    private Map<TableColumn<LeadRow, LeadRow>, LeadSort> columnSorts;
    private SortArrow sortArrow;
    private Map<Temperature, ToggleButton> toggles;
    private long selectedBeforeReload = -1;
    private long revealAfterReload = -1;
    private LongConsumer onNotInFirstPage = id -> { };

    public LeadListView(LeadListViewModel model) {
        this.model = model;
        this.clock = model.clock();
        this.policy = model::policy;
    }

    @FXML
    private void initialize() {
        setUpTable();
        setUpSearch();
        setUpCountsBar();
        setUpSort();
        new FilterMenu(filterMenu, model, clock);
        app.ember.ui.common.MineToggle.bind(mineToggle, model.mineProperty(), model.who());
        model.totalProperty().addListener((o, was, now) -> updateHeader());
        model.queryProperty().addListener((o, was, now) -> updateHeader());
        model.countsProperty().addListener((o, was, now) -> updateCounts(now));
        model.offerSampleLeadsProperty().addListener((o, was, now) -> updatePlaceholder());
        model.loadedProperty().addListener((o, was, now) -> {
            updatePlaceholder();
            if (now) {
                restoreSelection();
            } else {
                LeadRow selected = table.getSelectionModel().getSelectedItem();
                selectedBeforeReload = selected == null ? selectedBeforeReload : selected.id();
            }
        });
        loadSampleButton.disableProperty().bind(model.busyProperty());
        startEmptyButton.disableProperty().bind(model.busyProperty());
        updateHeader();
        updateCounts(model.countsProperty().get());
        updatePlaceholder();
    }

    private void setUpTable() {
        table.itemsProperty().bind(model.rowsProperty());
        // A row selected before its page arrived (End, Page Down) becomes a lead when the page comes.
        // The table drops a selection whose row is replaced, so it is selected again, once loaded.
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int index = now.intValue();
            if (index >= 0) { // the table's own clearing (-1) must not forget the row waiting for its page
                pendingSelection = index < model.rows().size() && !model.rows().isLoaded(index) ? index : -1;
            }
        });
        ListChangeListener<LeadRow> arrived = change -> {
            int pending = pendingSelection;
            while (change.next()) {
                if (change.wasReplaced() && pending >= change.getFrom() && pending < change.getTo()) {
                    pendingSelection = -1;
                    javafx.application.Platform.runLater(() -> {
                        table.getSelectionModel().clearAndSelect(pending);
                        onSelectedRowLoaded.run();
                    });
                }
            }
        };
        model.rowsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(arrived);
            }
            now.addListener(arrived);
        });
        model.rows().addListener(arrived);
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> new LeadCells.LeadTableRow());
        temperatureColumn.setCellFactory(c -> new LeadCells.TemperatureCell());
        nameColumn.setCellFactory(c -> LeadCells.text(LeadRow::name, "name-cell"));
        companyColumn.setCellFactory(c -> LeadCells.text(LeadRow::company, null));
        // In a narrow window the company (also in the detail pane) steps aside before any column is cut.
        table.widthProperty().addListener((o, was, now) ->
                companyColumn.setVisible(now.doubleValue() >= narrowestWidth() + companyColumn.getMinWidth()));
        nextColumn.setCellFactory(c -> new LeadCells.DueCell(clock));
        lastColumn.setCellFactory(c -> LeadCells.text(row -> Formats.ago(row.lastContact(), clock), "muted-cell"));
        responseColumn.setCellFactory(c -> new LeadCells.ResponseCell(policy, clock));
        eventColumn.setCellFactory(c -> LeadCells.text(row -> Formats.shortDate(row.needBy(), clock), "muted-cell"));
        for (TableColumn<LeadRow, ?> column : table.getColumns()) {
            @SuppressWarnings("unchecked")
            TableColumn<LeadRow, LeadRow> typed = (TableColumn<LeadRow, LeadRow>) column;
            typed.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
            typed.setReorderable(false);
        }
        columnSorts = Map.of(temperatureColumn, LeadSort.HEAT, nameColumn, LeadSort.NAME, nextColumn,
                LeadSort.NEXT_FOLLOW_UP, lastColumn, LeadSort.LAST_CONTACT, eventColumn, LeadSort.NEED_BY);
        sortArrow = new SortArrow(table, columnSorts, () -> model.queryProperty().get().sort());
        // A header click asks the database for the new order; the table itself never sorts the rows.
        // Each order goes one way only, so after any click (JavaFX would cycle up, down, none) the
        // header shows the arrow of the order in force.
        table.setSortPolicy(t -> {
            if (!table.getSortOrder().isEmpty()) {
                LeadSort sort = columnSorts.get(table.getSortOrder().get(0));
                if (sort != null) {
                    model.sortBy(sort);
                }
            }
            if (!sortArrow.shown()) {
                javafx.application.Platform.runLater(sortArrow::show);
            }
            return true;
        });
    }


    private void setUpSearch() {
        PauseTransition pause = new PauseTransition(SEARCH_DELAY);
        pause.setOnFinished(event -> model.search(searchField.getText()));
        searchField.textProperty().addListener((o, was, now) -> pause.playFromStart());
        searchField.setOnAction(event -> {
            pause.stop();
            model.search(searchField.getText());
        });
    }

    private void setUpCountsBar() {
        toggles = Map.of(Temperature.HOT, hotToggle, Temperature.WARM, warmToggle, Temperature.COOL, coolToggle,
                Temperature.COLD, coldToggle);
        toggles.forEach((temperature, toggle) -> {
            toggle.setGraphic(new FontIcon(TemperatureLook.iconCode(temperature, false)));
            toggle.setOnAction(event -> model.toggleTemperature(temperature));
            toggle.setId(temperature.code() + "Toggle");
        });
    }

    private void setUpSort() {
        sortBox.getItems().setAll(LeadSort.values());
        sortBox.setButtonCell(new SortCell());
        sortBox.setCellFactory(list -> new SortCell());
        sortBox.setValue(model.queryProperty().get().sort());
        sortBox.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.sortBy(now);
            }
        });
    }

    /** Runs when the selected row's page arrives after it was selected empty. */
    public void setOnSelectedRowLoaded(Runnable action) {
        onSelectedRowLoaded = action;
    }

    public void setOnNewLead(Runnable action) {
        onNewLead = action;
    }

    /** What "Import a spreadsheet" on the first-run card opens (the import wizard, set by the window). */
    public void setOnImport(Runnable action) {
        onImport = action;
    }

    /** The width the table needs to show every column but Company whole (scroll bar and stripe included). */
    public double narrowestWidth() {
        return table.getColumns().stream().filter(column -> column != companyColumn)
                .mapToDouble(TableColumn::getMinWidth).sum() + TABLE_FRAME;
    }

    public TableView<LeadRow> table() {
        return table;
    }

    public TextField searchField() {
        return searchField;
    }

    /** The ids of the selected rows that are loaded (a row still loading has no lead to act on). */
    public List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(LeadRow::id).collect(Collectors.toList());
    }

    public ReadOnlyObjectProperty<LeadRow> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Called when the selection changes in number, for actions that work on several leads. */
    public void onSelectionChanged(Runnable listener) {
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> listener.run());
    }

    @FXML
    private void newLead() {
        onNewLead.run();
    }

    /** Clears the search and every filter: the whole book, hottest first as sorted. */
    public void showEveryLead() {
        searchField.clear();
        model.setQuery(model.queryProperty().get().withSearch("").withoutOtherFilters().withTemperatures(Set.of()));
    }

    @FXML
    private void clearFilters() {
        searchField.clear();
        model.clearFilters();
    }

    @FXML
    private void loadSampleLeads() {
        model.loadSampleLeads();
    }

    @FXML
    private void startEmpty() {
        model.startEmpty();
    }

    @FXML
    private void importFile() {
        onImport.run();
    }

    /**
     * Selects this lead once the list has reloaded (a lead just saved); when it is not in the first
     * page the selection is cleared and {@code onNotInFirstPage} is told, so it can still be shown.
     */
    public void revealAfterReload(long leadId, LongConsumer onNotInFirstPage) {
        revealAfterReload = leadId;
        this.onNotInFirstPage = onNotInFirstPage;
    }

    /** After a reload, the lead that was selected stays selected when it is still in the first page. */
    private void restoreSelection() {
        long wanted = revealAfterReload >= 0 ? revealAfterReload : selectedBeforeReload;
        boolean reveal = revealAfterReload >= 0;
        revealAfterReload = -1;
        if (model.rows().isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.min(model.rows().size(), LeadListViewModel.PAGE_SIZE); i++) {
            LeadRow row = model.rows().get(i);
            if (row != null && row.id() == wanted) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
        if (reveal) {
            table.getSelectionModel().clearSelection();
            onNotInFirstPage.accept(wanted);
            return;
        }
        // The hottest lead is the one to look at first: show it rather than an empty detail pane.
        table.getSelectionModel().clearAndSelect(0);
    }

    private void updateHeader() {
        LeadQuery query = model.queryProperty().get();
        countLabel.setText(Messages.format("leads.count", model.totalProperty().get()));
        toggles.forEach((temperature, toggle) -> toggle.setSelected(query.temperatures().contains(temperature)));
        if (sortBox.getValue() != query.sort()) {
            sortBox.setValue(query.sort());
        }
        sortArrow.show();
        List<String> active = new ArrayList<>();
        if (!query.temperatures().isEmpty()) {
            active.add(query.temperatures().stream().map(t -> TemperatureLook.word(t, false))
                    .collect(Collectors.joining(", ")));
        }
        if (!query.search().isEmpty()) {
            active.add(Messages.format("leads.searching", query.search()));
        }
        if (query.otherFilterCount() > 0) {
            active.add(Messages.format("leads.otherFilters", query.otherFilterCount()));
        }
        boolean filtered = !active.isEmpty();
        filterLabel.setText(Messages.format("leads.showing", String.join(" · ", active)));
        filterBar.setVisible(filtered);
        filterBar.setManaged(filtered);
    }

    private void updateCounts(TemperatureCounts counts) {
        toggles.forEach((temperature, toggle) -> {
            String word = TemperatureLook.word(temperature, false);
            toggle.setText(temperature == Temperature.HOT && counts.sameDay() > 0
                    ? Messages.format("counts.hotWithSameDay", word, counts.of(temperature), counts.sameDay())
                    : Messages.format("counts.one", word, counts.of(temperature)));
        });
    }

    private void updatePlaceholder() {
        if (model.offerSampleLeadsProperty().get()) {
            table.setPlaceholder(welcomeCard);
            return;
        }
        LeadQuery query = model.queryProperty().get();
        boolean filtered = !query.temperatures().isEmpty() || !query.search().isEmpty() || query.otherFilterCount() > 0;
        emptyLabel.setText(!model.loadedProperty().get() ? Messages.get("leads.loading")
                : !query.search().isEmpty() ? Messages.format("leads.noMatch", query.search())
                : query.temperatures().isEmpty() && query.otherFilterCount() > 0 ? Messages.get("leads.noneFiltered")
                : Messages.get(filtered ? "leads.noneHere" : "leads.empty"));
        table.setPlaceholder(emptyLabel);
    }

    private static final class SortCell extends ListCell<LeadSort> {
        @Override
        protected void updateItem(LeadSort sort, boolean empty) {
            super.updateItem(sort, empty);
            setText(empty || sort == null ? null : Messages.get("sort." + sort.code()));
        }
    }
}
