package app.ember.ui.planner;

import app.ember.domain.Outcome;
import java.util.Map;
import javafx.scene.input.KeyCode;

/**
 * The keys that work the plan without a mouse, in one table: the hint bar and the key handler both
 * read it. One key per common outcome logs the action's touch at once.
 */
final class PlanKeys {
    static final KeyCode LOG = KeyCode.ENTER;
    static final KeyCode SNOOZE = KeyCode.S;
    static final KeyCode OPEN = KeyCode.O;

    /** In the order the hint bar shows them. */
    static final Map<KeyCode, Outcome> OUTCOMES = new java.util.LinkedHashMap<>();

    static {
        OUTCOMES.put(KeyCode.R, Outcome.REACHED);
        OUTCOMES.put(KeyCode.N, Outcome.NO_ANSWER);
        OUTCOMES.put(KeyCode.M, Outcome.LEFT_MESSAGE);
        OUTCOMES.put(KeyCode.B, Outcome.MEETING_BOOKED);
        OUTCOMES.put(KeyCode.Q, Outcome.QUOTE_SENT);
        OUTCOMES.put(KeyCode.X, Outcome.NOT_INTERESTED);
    }

    private PlanKeys() {
    }

    static Map<KeyCode, Outcome> outcomes() {
        return OUTCOMES;
    }
}
