package app.ember.ui.importer;

import app.ember.domain.ImportPlan;
import app.ember.domain.ImportPlan.Action;
import app.ember.domain.Lead;
import app.ember.domain.RowProblem;
import app.ember.i18n.Messages;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A row of the import preview as a lead: its number, name, e-mail and temperature, then what will happen
 * or what is wrong. A duplicate (of a lead in Ember or of a row above it) also says whom it matches and
 * how, and has its own choice: leave it alone, fill in what the lead lacks, or import it as a new lead.
 */
final class ImportRowCell extends ListCell<ImportPlan.Entry> {
    private final ComboBox<Action> choice = new ComboBox<>();
    private final BiConsumer<Integer, Action> decide;
    /**
     * The row's text, as a Text wrapped at the row's width rather than the cell's own text: the cell's skin gave
     * a row that wraps the height of fewer lines than it has, and cut its last line (why the row needs a look)
     * with "…"; a Text is as tall as its wrapped lines, so the row is too.
     */
    private final Text body = new Text();
    private final HBox line = new HBox(8, body);
    private boolean filling;

    ImportRowCell(BiConsumer<Integer, Action> decide) {
        this.decide = decide;
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        body.getStyleClass().add("import-row-text");
        line.setAlignment(Pos.CENTER_LEFT);
        // The text wraps at the row's width less its padding and the duplicate's choice beside it.
        body.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(40,
                getWidth() - snappedLeftInset() - snappedRightInset() - 4
                        - (line.getChildren().contains(choice) ? choice.prefWidth(-1) + line.getSpacing() : 0)),
                widthProperty(), paddingProperty(), line.getChildren()));
        choice.getItems().setAll(Action.SKIP, Action.UPDATE, Action.ADD);
        choice.getStyleClass().add("import-choice");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Action action) {
                return action == null ? "" : Messages.get("import.duplicate." + (action == Action.ADD ? "new"
                        : action.name().toLowerCase(Locale.ROOT)));
            }

            @Override
            public Action fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && getItem() != null && now != getItem().action()) {
                decide.accept(getItem().row().rowNumber(), now);
            }
        });
    }

    @Override
    protected void updateItem(ImportPlan.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("import-rejected", "import-duplicate", "import-look");
        setGraphic(null);
        setText(null);
        line.getChildren().setAll(body);
        if (empty || entry == null) {
            body.setText("");
            setAccessibleText(null);
            return;
        }
        if (entry.action() == Action.REJECT) {
            getStyleClass().add("import-rejected");
            StringBuilder text = new StringBuilder();
            for (RowProblem problem : entry.row().problems()) {
                if (!problem.refuses()) {
                    continue;
                }
                text.append(text.length() == 0 ? "" : "\n").append(Messages.format("import.problem",
                        problem.row(), problem.column(), ImportView.words(problem)));
            }
            show(text.toString());
            return;
        }
        Lead lead = entry.row().details().lead();
        String what = Messages.get("import.action." + entry.action().name().toLowerCase(Locale.ROOT));
        if (entry.isDuplicate()) {
            getStyleClass().add("import-duplicate");
            String by = Messages.get("import.by." + entry.matchedBy().replace(' ', '-'));
            what = entry.sameAsRow() != 0
                    ? Messages.format("import.match.row", entry.sameAsRow(), entry.matchedName(), by)
                    : Messages.format("import.match.stored", entry.matchedName(), by);
            filling = true;
            choice.setValue(entry.action());
            filling = false;
            line.getChildren().add(choice);
        }
        StringBuilder text = new StringBuilder(Messages.format("import.row", entry.row().rowNumber(), lead.name(),
                lead.email(), Messages.get("temperature." + lead.temperature().code()), what));
        // A doubtful value does not stop the row: it comes in marked "needs a look", and here is why.
        for (RowProblem problem : entry.row().problems()) {
            if (problem.severity() == RowProblem.Severity.LOOK) {
                text.append("\n").append(Messages.format("import.look", problem.column(), ImportView.words(problem)));
            }
        }
        if (entry.row().needsLook()) {
            getStyleClass().add("import-look");
        }
        show(text.toString());
    }

    /** The row's text in the graphic; the cell's accessible text says it too, for a screen reader. */
    private void show(String text) {
        body.setText(text);
        setAccessibleText(text);
        setGraphic(line);
    }

    /** What the row says (tests read it; the cell's own text stays empty). */
    String shownText() {
        return body.getText();
    }
}
