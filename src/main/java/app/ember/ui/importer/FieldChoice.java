package app.ember.ui.importer;

import app.ember.domain.ImportField;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The field one column of the file fills, chosen from a list. A closed ComboBox moves its value on every
 * arrow key, and each change would re-read the whole file: so a choice made by keyboard is only taken
 * when the user settles (Enter, the list closing, or leaving the field), and a mouse pick at once (its
 * list closes). A value set by the program (the guess, or a test) is taken at once too.
 */
final class FieldChoice extends ComboBox<ImportField> {
    private final Consumer<ImportField> chosen;
    private ImportField taken;
    private boolean filling;

    FieldChoice(int column, List<ImportField> choices, ImportField guessed, Consumer<ImportField> chosen) {
        this.chosen = chosen;
        setId("import-field-" + column);
        getStyleClass().add("import-field");
        getItems().setAll(choices);
        setConverter(new FieldNames());
        show(guessed);
        valueProperty().addListener((o, was, now) -> {
            if (!filling && !isShowing() && !isFocused()) {
                take();
            }
        });
        setOnHidden(e -> take());
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                take();
            }
        });
        // Before the window's default button (Import) sees it: Enter here takes the choice, nothing more.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (AppAction.IMPORT_TAKE_FIELD.matches(e) && !isShowing() && getValue() != taken) {
                take();
                e.consume();
            }
        });
    }

    /** Shows the mapping's field without taking it as the user's choice. */
    void show(ImportField field) {
        filling = true;
        setValue(field);
        taken = field;
        filling = false;
    }

    /** Whether a value is shown that the user has not settled on yet. */
    boolean pending() {
        return getValue() != taken;
    }

    private void take() {
        ImportField now = getValue();
        if (now != null && now != taken) {
            taken = now;
            chosen.accept(now);
        }
    }

    /** "E-mail", "(not imported)". */
    private static final class FieldNames extends StringConverter<ImportField> {
        @Override
        public String toString(ImportField field) {
            return field == null ? "" : field == ImportField.IGNORE ? Messages.get("import.ignore") : field.label();
        }

        @Override
        public ImportField fromString(String text) {
            return null;
        }
    }
}
