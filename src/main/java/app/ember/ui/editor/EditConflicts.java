package app.ember.ui.editor;

import app.ember.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** How the form shows a refused save: who changed the lead when, and theirs beside yours, field by field. */
final class EditConflicts {
    private EditConflicts() {
    }

    /** "Sam changed this lead at 10:42; nothing was saved." (a date too when it was not today). */
    static String said(EditConflict conflict, Clock clock) {
        String who = conflict.changedBy().isBlank() ? Messages.get("conflict.someone") : conflict.changedBy();
        if (conflict.changedAt() == null) {
            return Messages.format("conflict.changed", who);
        }
        ZonedDateTime at = conflict.changedAt().atZone(clock.getZone());
        String when = at.toLocalDate().equals(LocalDate.now(clock)) ? at.format(DateTimeFormatter.ofPattern("HH:mm"))
                : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
        return Messages.format("conflict.changedAt", who, when);
    }

    /** The side-by-side table and the two ways out. */
    static Node pane(EditConflict conflict, Clock clock, Runnable keepMine, Runnable takeTheirs) {
        Label title = new Label(said(conflict, clock));
        title.setWrapText(true);
        title.getStyleClass().add("conflict-title");
        GridPane table = new GridPane();
        table.setHgap(14);
        table.setVgap(4);
        table.getStyleClass().add("conflict-table");
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(38);
        table.getColumnConstraints().setAll(label, side, side);
        table.addRow(0, header(""), header(Messages.get("conflict.theirs")), header(Messages.get("conflict.yours")));
        int row = 1;
        for (EditConflict.Row difference : conflict.rows()) {
            Label theirs = new Label(difference.theirs());
            Label yours = new Label(difference.yours());
            theirs.setWrapText(true);
            yours.setWrapText(true);
            theirs.getStyleClass().add("conflict-theirs");
            yours.getStyleClass().add("conflict-yours");
            table.addRow(row++, new Label(difference.field()), theirs, yours);
        }
        if (row == 1) {
            // Saved the same on both sides (or in what the form does not show): said, not an empty table.
            Label same = new Label(Messages.get("conflict.noDifference"));
            same.setWrapText(true);
            table.add(same, 0, row, 3, 1);
        }
        Button keep = new Button(Messages.get("conflict.keepMine"));
        keep.setOnAction(event -> keepMine.run());
        keep.setId("conflictKeepMine");
        Button take = new Button(Messages.get("conflict.takeTheirs"));
        take.setOnAction(event -> takeTheirs.run());
        take.setId("conflictTakeTheirs");
        VBox pane = new VBox(8, title, table, new HBox(8, keep, take));
        pane.getStyleClass().add("edit-conflict");
        pane.setId("editConflict");
        return pane;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
