package app.ember.ui.reports;

import app.ember.domain.Temperature;
import app.ember.domain.report.ReportLead;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.TemperatureLook;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The report's small tables: a row clicked hands its item over; a lead's row opens it on a double click or Enter. */
final class ReportTableViews {
    /** A row holding a temperature chip, and the header row, as AtlantaFX draws them at 13 px. */
    private static final double ROW = 37;
    private static final double HEADER = 40;
    private static final int MAX_ROWS_SHOWN = 8;
    private final ZoneId zone;
    private final DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault(Locale.Category.FORMAT));

    ReportTableViews(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A table as tall as its rows (up to eight; then it scrolls), telling {@code onClick} of a clicked row;
     * never narrower than its columns' headers read whole (a narrower table scrolls sideways instead of
     * cutting a header to "On ti…").
     */
    <T> TableView<T> table(String id, List<T> rows, Consumer<T> onClick) {
        TableView<T> table = new TableView<>();
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<T, ?>>) change ->
                table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 4));
        table.setId(id);
        table.getStyleClass().add("report-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(Messages.get("reports.behindNone")));
        double height = HEADER + ROW * Math.max(1, Math.min(MAX_ROWS_SHOWN, rows.size())) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getClickCount() == 1) {
                    onClick.accept(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    <T> TableColumn<T, String> column(String titleKey, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        wholeHeader(column);
        column.setPrefWidth(Math.max(width, column.getMinWidth()));
        column.setSortable(false);
        return column;
    }

    /** A temperature as a chip: colour, icon and word. */
    <T> TableColumn<T, Temperature> temperature(Function<T, Temperature> value) {
        TableColumn<T, Temperature> column = new TableColumn<>(Messages.get("reports.column.temperature"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(Temperature item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    TemperatureLook.dress(chip, item, false);
                    setGraphic(chip);
                }
            }
        });
        wholeHeader(column);
        column.setMinWidth(Math.max(column.getMinWidth(), 100)); // the widest chip, "Warm", with its icon
        column.setPrefWidth(Math.max(112, column.getMinWidth()));
        column.setSortable(false);
        return column;
    }

    /**
     * The header as the theme draws it: bold, at the table's font size (AtlantaFX: 14 px), with the
     * header's padding on both sides; measured here because a column is sized before it is shown.
     */
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
            Math.max(14, Font.getDefault().getSize()));
    private static final double HEADER_PADDING = 26;

    private static void wholeHeader(TableColumn<?, ?> column) {
        Text title = new Text(column.getText());
        title.setFont(HEADER_FONT);
        column.setMinWidth(Math.ceil(title.getLayoutBounds().getWidth()) + HEADER_PADDING);
    }

    /**
     * Leads: temperature, name, arrival and (when {@code atKey} is given) the list's own moment. A
     * click lists the lead beside the report; a double click or Enter opens it.
     */
    TableView<ReportLead> leads(String id, List<ReportLead> leads, String atKey, Consumer<ReportLead> onClick,
                                Consumer<ReportLead> onOpen) {
        TableView<ReportLead> table = table(id, leads, onClick);
        table.getColumns().add(temperature(ReportLead::temperature));
        table.getColumns().add(column("reports.column.lead", ReportLead::name, 220));
        table.getColumns().add(column("reports.column.when", lead -> date(lead.created()), 120));
        if (atKey != null) {
            table.getColumns().add(column(atKey, lead -> date(lead.at()), 130));
        }
        table.setOnMouseClicked(event -> {
            ReportLead chosen = table.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && chosen != null) {
                onOpen.accept(chosen);
            }
        });
        table.setOnKeyPressed(key -> {
            ReportLead chosen = table.getSelectionModel().getSelectedItem();
            if (AppAction.REPORT_OPEN_LEAD.matches(key) && chosen != null) {
                onOpen.accept(chosen);
            }
        });
        return table;
    }

    String date(Instant at) {
        return at == null ? "" : day.format(at.atZone(zone));
    }
}
