package app.ember.domain;

/** A structured preference such as "favourite flowers: peonies" or "allergies: lilies". */
public record Preference(long id, long leadId, String key, String value) {
    public Preference {
        key = Text.clean(key);
        value = Text.clean(value);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("preference key is empty");
        }
    }
}
