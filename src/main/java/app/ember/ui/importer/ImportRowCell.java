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
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A row of the import preview as a lead: its number, name, e-mail and temperature, then what will happen
 * or what is wrong. A duplicate (of a lead in Ember or of a row above it) also says whom it matches and
 * how, and has its own choice: leave it alone, fill in what the lead lacks, or import it as a new lead.
 */
final class ImportRowCell extends ListCell<ImportPlan.Entry> {
    private final ComboBox<Action> choice = new ComboBox<>();
    private final BiConsumer<Integer, Action> decide;
    private boolean filling;

    ImportRowCell(BiConsumer<Integer, Action> decide) {
        this.decide = decide;
        setPrefWidth(0);
        setWrapText(true);
        setContentDisplay(ContentDisplay.RIGHT);
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
        if (empty || entry == null) {
            setText(null);
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
            setText(text.toString());
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
            setGraphic(choice);
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
        setText(text.toString());
    }
}
