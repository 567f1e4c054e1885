package app.ember.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A contact may be labelled "fax" (issue 14): a fax number imported from a vCard's TEL;TYPE=FAX, Google's
 * "Work Fax" or Outlook's "Business Fax" keeps its kind instead of passing for a plain phone. The labels of
 * lead_contacts are checked by a constraint that V25 left unnamed, so its name (H2's and PostgreSQL's differ)
 * is found in the information schema, which both keep; the new one has a name. The primary labels in leads
 * have no check. May run twice.
 */
public class V32__Fax_label extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("SELECT tc.constraint_name"
                + " FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc"
                + " ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema"
                + " WHERE UPPER(tc.table_name) = 'LEAD_CONTACTS' AND tc.constraint_type = 'CHECK'"
                + " AND tc.table_schema = CURRENT_SCHEMA AND cc.check_clause LIKE '%mobile%'");
             ResultSet rows = find.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("ALTER TABLE lead_contacts DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
            statement.execute("ALTER TABLE lead_contacts ADD CONSTRAINT lead_contacts_label"
                    + " CHECK (label IN ('work', 'home', 'mobile', 'fax', 'other'))");
        }
    }
}
