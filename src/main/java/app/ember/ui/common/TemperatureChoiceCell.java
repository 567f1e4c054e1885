package app.ember.ui.common;

import app.ember.domain.Temperature;
import javafx.scene.control.ListCell;

/** A temperature in a choice box, drawn as the same chip as in the list: colour, icon and word. */
public final class TemperatureChoiceCell extends ListCell<Temperature> {
    @Override
    protected void updateItem(Temperature temperature, boolean empty) {
        super.updateItem(temperature, empty);
        setText(null);
        setGraphic(empty || temperature == null ? null : TemperatureLook.chip(temperature, false));
    }
}
