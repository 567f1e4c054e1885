package app.ember.mail;

import app.ember.domain.Temperature;
import java.awt.Color;
import java.util.Map;

/**
 * The printed sheets' colours, one set for the plan and the report so the two printouts agree. (The
 * window's colours are in its stylesheet; paper needs darker tones that survive a grey-scale printer.)
 */
final class PrintColours {
    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color SECONDARY = new Color(0x61, 0x61, 0x61);
    static final Color RULE = new Color(0xE0, 0xE0, 0xE0);
    static final Map<Temperature, Color> SWATCHES = Map.of(
            Temperature.HOT, new Color(0xC6, 0x28, 0x28),
            Temperature.WARM, new Color(0xEF, 0x6C, 0x00),
            Temperature.COOL, new Color(0x15, 0x65, 0xC0),
            Temperature.COLD, new Color(0x54, 0x6E, 0x7A));

    private PrintColours() {
    }
}
