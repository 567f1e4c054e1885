package app.ember.domain;

/**
 * Where the buyer stands in the funnel, as far as we know: the fact that most decides how warm a
 * lead is (see TemperatureAdvisor).
 */
public enum Stage implements Coded {
    /** Nothing known yet. */
    UNKNOWN,
    /** From a bought list or a cold prospect. */
    COLD_LIST,
    /** We heard they may need it; they did not come to us. */
    HEARD_OF,
    /** They showed interest: a newsletter sign-up, a form, a call to ask. */
    INTERESTED,
    /** Planning or budgeting; they need prices. */
    BUDGETING,
    /** They asked for a quote or a consultation. */
    QUOTE_REQUESTED;

    public static Stage fromCode(String text) {
        return Codes.parse(Stage.class, text, "stage");
    }
}
