package app.ember.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A form's date field: typed as yyyy-mm-dd as before, or picked from a calendar. The text stays what the
 * form validates and saves; the calendar only helps to fill it. A text the calendar cannot read ("31/12",
 * a year-less "--07-03") is never wiped when the field loses focus: the form says what is wrong with it.
 */
final class DateFields {
    private DateFields() {
    }

    static void dress(DatePicker picker, String prompt) {
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setPromptText(prompt);
        picker.setConverter(new KeepTypedText(picker));
        // The form may fill the text (opening a lead): the calendar then opens on that month.
        picker.getEditor().textProperty().addListener((o, was, now) -> {
            LocalDate day = parse(now);
            if (day != null && !day.equals(picker.getValue())) {
                picker.setValue(day);
            }
        });
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ISO dates both ways; a text that is not one stays as typed instead of being cleared. */
    private static final class KeepTypedText extends StringConverter<LocalDate> {
        private final DatePicker picker;

        KeepTypedText(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate day) {
            if (day != null) {
                return day.toString();
            }
            String typed = picker.getEditor().getText();
            return typed == null || parse(typed) != null ? "" : typed;
        }

        @Override
        public LocalDate fromString(String text) {
            return parse(text);
        }
    }
}
