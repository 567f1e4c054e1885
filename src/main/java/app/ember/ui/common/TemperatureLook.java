package app.ember.ui.common;

import app.ember.i18n.Messages;
import app.ember.domain.Temperature;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How a temperature looks: a colour (from the stylesheet), an icon AND a word, never colour alone,
 * so the list reads the same in grey scale and for colour-blind users.
 */
public final class TemperatureLook {
    private TemperatureLook() {
    }

    public static String styleClass(Temperature temperature) {
        return "temperature-" + temperature.code();
    }

    public static String iconCode(Temperature temperature, boolean sameDay) {
        if (temperature == Temperature.HOT && sameDay) {
            return "mdi2l-lightning-bolt";
        }
        return switch (temperature) {
            case HOT -> "mdi2f-fire";
            case WARM -> "mdi2w-white-balance-sunny";
            case COOL -> "mdi2w-weather-cloudy";
            case COLD -> "mdi2s-snowflake";
        };
    }

    public static String word(Temperature temperature, boolean sameDay) {
        String word = Messages.get("temperature." + temperature.code());
        return temperature == Temperature.HOT && sameDay ? Messages.format("temperature.sameDay", word) : word;
    }

    /** A chip: icon and word on the temperature's tint. */
    public static Label chip(Temperature temperature, boolean sameDay) {
        Label chip = new Label(word(temperature, sameDay), new FontIcon(iconCode(temperature, sameDay)));
        dress(chip, temperature, sameDay);
        return chip;
    }

    /** Turns an existing label into a chip (cells reuse their label). */
    public static void dress(Label chip, Temperature temperature, boolean sameDay) {
        chip.setText(word(temperature, sameDay));
        if (chip.getGraphic() instanceof FontIcon icon) {
            icon.setIconLiteral(iconCode(temperature, sameDay));
        } else {
            chip.setGraphic(new FontIcon(iconCode(temperature, sameDay)));
        }
        chip.getStyleClass().removeIf(c -> c.startsWith("temperature-") || c.equals("same-day"));
        chip.getStyleClass().addAll("temperature-chip", styleClass(temperature));
        if (temperature == Temperature.HOT && sameDay) {
            chip.getStyleClass().add("same-day");
        }
    }
}
