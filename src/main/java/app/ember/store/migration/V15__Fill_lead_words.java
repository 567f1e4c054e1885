package app.ember.store.migration;

import app.ember.store.SearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills lead_words for the leads stored before V14 added it; the folding is Java's, so this step is too. */
public class V15__Fill_lead_words extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        SearchIndex.refreshAll(context.getConnection());
    }
}
