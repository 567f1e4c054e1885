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

    /**
     * Writes the lead only when its arrival changes: an import stores each new lead with the arrival its
     * history gives (ImportBook), and rewriting the lead (and its indexes) to the same value was 7-10 % of
     * the import's write.
     */
    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        long id = ((Number) newRow[lead]).longValue();
        String arrived = null;
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(from_temperature, to_temperature) "
                + "FROM temperature_changes WHERE lead_id = ? ORDER BY changed_at, id FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    arrived = rows.getString(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE leads SET arrived_temperature = ? "
                + "WHERE id = ? AND arrived_temperature IS DISTINCT FROM ?")) {
            s.setString(1, arrived);
            s.setLong(2, id);
            s.setString(3, arrived);
            s.executeUpdate();
        }
    }
}
