package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Keeps the temperature a lead arrived with on the lead ({@code leads.arrived_temperature}, V29) on H2:
 * after a change of temperature is stored, the first entry of the lead's history (the "from" of a first
 * change, else its "to"), so the report's first response and conversion read it from the lead instead
 * of walking each arrival's history. A trigger, so an imported history dated back keeps it too.
 * PostgreSQL's V29 has the same in PL/pgSQL.
 */
public final class ArrivalTrigger implements Trigger {
    private int lead;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = c.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals("lead_id")) {
                    lead = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE leads l SET arrived_temperature = "
                + "(SELECT COALESCE(t.from_temperature, t.to_temperature) FROM temperature_changes t "
                + "WHERE t.lead_id = l.id ORDER BY t.changed_at, t.id FETCH FIRST 1 ROWS ONLY) WHERE l.id = ?")) {
            s.setLong(1, ((Number) newRow[lead]).longValue());
            s.executeUpdate();
        }
    }
}
