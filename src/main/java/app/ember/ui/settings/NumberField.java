package app.ember.ui.settings;

import app.ember.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One whole-number setting as the user types it. The text is the truth, not a parsed number, so a
 * half-typed or wrong value stays on screen with its message until the user fixes it.
 */
public final class NumberField {
    private final String name;
    private final int min;
    private final int max;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** @param name the field's name as the message says it, e.g. "Hot: follow up every (days)" */
    public NumberField(String name, int min, int max) {
        this.name = name;
        this.min = min;
        this.max = max;
        text.addListener((o, was, now) -> check());
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty while the text is a whole number in range; else a message that names the field. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public void set(int value) {
        text.set(Integer.toString(value));
    }

    /** The number typed, or null when the text is empty, not a whole number, or out of range. */
    public Integer value() {
        return parse(text.get(), min, max);
    }

    /** Used by the spinner too, so the field and its arrows agree on what a good value is. */
    static Integer parse(String text, int min, int max) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void check() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (value() != null) {
            problem.set("");
        } else if (typed.isEmpty()) {
            problem.set(Messages.format("settings.problem.empty", name, Integer.toString(min), Integer.toString(max)));
        } else {
            problem.set(Messages.format("settings.problem.range", name, typed, Integer.toString(min),
                    Integer.toString(max)));
        }
    }
}
