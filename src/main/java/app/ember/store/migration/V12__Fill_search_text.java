package app.ember.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Filled leads.search_text, which V14 replaced by the lead_words index (filled by V15). Kept, empty,
 * so that databases which ran it still validate and new ones run the same history.
 */
public class V12__Fill_search_text extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        // Superseded by V15__Fill_lead_words.
    }
}
