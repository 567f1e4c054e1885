package app.ember.ui.leads;

import app.ember.domain.LeadRow;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.LeadStatus;
import app.ember.domain.ResponseClock;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.common.Formats;
import app.ember.ui.common.TemperatureLook;
import app.ember.ui.timeline.TimelineView;
import java.time.Clock;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;

/** The lead table's cells: temperature as colour, icon and word; dates in words. */
final class LeadCells {
    private LeadCells() {
    }

    static TableCell<LeadRow, LeadRow> text(Function<LeadRow, String> text, String styleClass) {
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
    static final class TemperatureCell extends TableCell<LeadRow, LeadRow> {
        private final Label chip = new Label();
        private Temperature shown;
        private boolean shownSameDay;

        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            // Changing style classes makes JavaFX restyle the chip: only when the temperature changed.
            if (row.temperature() != shown || row.sizzling() != shownSameDay) {
                TemperatureLook.dress(chip, row.temperature(), row.sizzling());
                shown = row.temperature();
                shownSameDay = row.sizzling();
            }
            setGraphic(chip);
        }
    }

    /** The next follow-up, in words, red when it is overdue; a closed lead says what it is instead. */
    static final class DueCell extends TableCell<LeadRow, LeadRow> {
        private final Clock clock;

        DueCell(Clock clock) {
            this.clock = clock;
        }

        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("overdue");
            if (empty || row == null) {
                setText(null);
                return;
            }
            Instant due = row.nextFollowUp();
            // A won or lost lead is not late for anything: it says what it is, never "170 days late" in red.
            if (row.status() == LeadStatus.WON || row.status() == LeadStatus.LOST
                    || due == null && row.status() != LeadStatus.OPEN) {
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

    /**
     * The first-response clock in a few words: "On time", "Late 6 h", "14 h left", "Overdue 2 d".
     * Computed from the row: no query per cell.
     */
    static final class ResponseCell extends TableCell<LeadRow, LeadRow> {
        private final Supplier<FollowUpPolicy> policy;
        private final Clock clock;

        ResponseCell(Supplier<FollowUpPolicy> policy, Clock clock) {
            this.policy = policy;
            this.clock = clock;
        }

        @Override
        protected void updateItem(LeadRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("overdue", "late", "on-time", "muted-cell");
            if (empty || row == null || row.created() == null) {
                setText(null);
                return;
            }
            ResponseClock response = ResponseClock.of(policy.get(), row.temperature(), row.sameDay(), row.created(),
                    row.firstContact(), clock.instant(), clock.getZone());
            setText(Messages.format("clockShort." + response.state().name().toLowerCase(java.util.Locale.ROOT),
                    TimelineView.span(response.margin())));
            // Still unanswered and late is a call to act (bold); answered late is history (plain red);
            // a closed lead (won, lost, resting in nurture) is no call to act at all.
            if (row.status() != LeadStatus.OPEN) {
                getStyleClass().add("muted-cell");
                return;
            }
            getStyleClass().add(switch (response.state()) {
                case ON_TIME -> "muted-cell";
                case RUNNING -> "on-time";
                case LATE -> "late";
                case OVERDUE -> "overdue";
            });

        }
    }

    /** Gives each row its temperature's style class, for the coloured stripe on its left edge. */
    static final class LeadTableRow extends TableRow<LeadRow> {
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
