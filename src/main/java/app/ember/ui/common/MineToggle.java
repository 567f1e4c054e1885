package app.ember.ui.common;

import app.ember.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The "Mine" toggle of the lead list and the week's plan: only the leads assigned to the person at this
 * Ember. Shown only when a name is known for them (a shared book, or a name set): else "mine" means nothing.
 */
public final class MineToggle {
    private MineToggle() {
    }

    /** Wires the toggle to the view model's "mine" state; {@code who} is the name work is kept under. */
    public static void bind(ToggleButton toggle, BooleanProperty mine, String who) {
        boolean known = who != null && !who.isBlank();
        toggle.setText(Messages.get("mine.toggle"));
        toggle.setVisible(known);
        toggle.setManaged(known);
        if (known) {
            toggle.setTooltip(new Tooltip(Messages.format("mine.tooltip", who)));
        }
        toggle.selectedProperty().bindBidirectional(mine);
    }
}
