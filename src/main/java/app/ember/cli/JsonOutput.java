package app.ember.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON the commands print. Jackson escapes the C0 control characters itself (ESC as {@code \u001B});
 * here DEL and the C1 controls (U+0080 to U+009F, among them the one-character CSI) are escaped too, so no
 * stored text can reach a terminal as a control sequence. The data is the same once the JSON is read.
 */
final class JsonOutput {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CharacterEscapes CONTROLS = new CharacterEscapes() {
        private final int[] ascii;

        {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    };

    private JsonOutput() {
    }

    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setCharacterEscapes(CONTROLS);
        return json;
    }
}
