package app.ember.ui.leads;

import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The list header's arrow: on the column of the order in force, pointing the way it sorts, none for
 * orders without a column. Each order goes one way only, so after a header click (JavaFX would
 * cycle up, down, none) the arrow is put back as the order is.
 */
final class SortArrow {
    private final TableView<LeadRow> table;
    private final Map<TableColumn<LeadRow, LeadRow>, LeadSort> columns;
    private final Supplier<LeadSort> sort;

    SortArrow(TableView<LeadRow> table, Map<TableColumn<LeadRow, LeadRow>, LeadSort> columns, Supplier<LeadSort> sort) {
        this.table = table;
        this.columns = columns;
        this.sort = sort;
    }

    boolean shown() {
        TableColumn<LeadRow, LeadRow> column = column();
        return column == null ? table.getSortOrder().isEmpty() : table.getSortOrder().size() == 1
                && table.getSortOrder().get(0) == column && column.getSortType() == way();
    }

    void show() {
        if (shown()) {
            return;
        }
        TableColumn<LeadRow, LeadRow> column = column();
        table.getSortOrder().clear();
        if (column != null) {
            column.setSortType(way());
            table.getSortOrder().add(column);
        }
    }

    private TableColumn<LeadRow, LeadRow> column() {
        LeadSort now = sort.get();
        return columns.entrySet().stream().filter(e -> e.getValue() == now).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private TableColumn.SortType way() {
        return sort.get() == LeadSort.LAST_CONTACT ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
    }
}
