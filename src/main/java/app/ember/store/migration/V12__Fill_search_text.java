package app.ember.store.migration;

import app.ember.store.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills leads.search_text for leads stored before V11 added it. The folding (accents, case) is
 * Java's, so this step is Java too.
 */
public class V12__Fill_search_text extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        SearchIndex.refreshAll(context.getConnection());
    }
}
