package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemperatureTest {

    @Test
    void sameDayHotLeadsRankBeforeAllOthers() {
        assertEquals(0, Temperature.heatRank(Temperature.HOT, true));
        assertEquals(1, Temperature.heatRank(Temperature.HOT, false));
        assertEquals(2, Temperature.heatRank(Temperature.WARM, false));
        assertEquals(3, Temperature.heatRank(Temperature.COOL, false));
        assertEquals(4, Temperature.heatRank(Temperature.COLD, false));
    }

    @Test
    void sameDayMeansNothingOnAColdLead() {
        assertEquals(4, Temperature.heatRank(Temperature.COLD, true));
    }

    @Test
    void codesAreReadLeniently() {
        assertEquals(Temperature.HOT, Temperature.fromCode(" Hot "));
        assertEquals(Outcome.NO_ANSWER, Outcome.fromCode("no answer"));
        assertEquals(Outcome.LEFT_MESSAGE, Outcome.fromCode("left-message"));
        assertEquals("no_answer", Outcome.NO_ANSWER.code());
    }

    @Test
    void anUnknownCodeNamesTheFieldAndTheAcceptedValues() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Temperature.fromCode("lukewarm"));
        assertTrue(error.getMessage().startsWith("temperature 'lukewarm' is not known"), error.getMessage());
        assertTrue(error.getMessage().endsWith("hot, warm, cool, cold"), error.getMessage());
    }

    @Test
    void channelsCarryTheDesignNotesMinuteEstimates() {
        assertEquals(10, Channel.CALL.defaultMinutes());
        assertEquals(3, Channel.POSTCARD.defaultMinutes());
        assertEquals(5, Channel.EMAIL.defaultMinutes());
        assertEquals(60, Channel.VISIT.defaultMinutes());
    }
}
