package app.ember.store;

import app.ember.domain.LeadStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The part of a lead's row that touches move: status, next follow-up, snooze, and the first and last
 * contact taken from its timeline. Written by the touch log, a mailing and a temperature change; read
 * back to undo them (see {@link TouchEffect}).
 */
final class LeadSchedule {
    private LeadSchedule() {
    }

    /**
     * Locks the lead's row until the transaction ends: the rules a touch runs (read the lead and its
     * touches, then move it on) see every touch committed before and none half-way, when several people
     * or commands log touches to one lead at once. Measured without it: the lead's last contact missed
     * a touch logged at the same moment by another writer (H2 and PostgreSQL both read committed).
     */
    static void lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM leads WHERE id = ? FOR UPDATE")) {
            statement.setLong(1, id);
            statement.executeQuery().close();
        }
    }

    /** Moves a lead's next follow-up (null: nothing planned). */
    static void setNextFollowUp(Connection connection, long id, Instant next) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE leads SET next_follow_up_at = ? WHERE id = ?")) {
            Sql.setInstant(statement, 1, next);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    /** A lead's status, next follow-up and snooze, or null when it does not exist. */
    static TouchEffect.Schedule schedule(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT status, next_follow_up_at, snoozed_until FROM leads WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new TouchEffect.Schedule(LeadStatus.fromCode(rows.getString(1)),
                        Sql.getInstant(rows, "next_follow_up_at"), Sql.getDate(rows, "snoozed_until")) : null;
            }
        }
    }

    /** Puts a lead's schedule back as it was (a touch deleted, a mailing undone). */
    static void setSchedule(Connection connection, long id, TouchEffect.Schedule schedule, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE leads SET status = ?, "
                + "next_follow_up_at = ?, snoozed_until = ?, updated_at = ? WHERE id = ?")) {
            statement.setString(1, schedule.status().code());
            Sql.setInstant(statement, 2, schedule.nextFollowUp());
            Sql.setDate(statement, 3, schedule.snoozedUntil());
            Sql.setInstant(statement, 4, at);
            statement.setLong(5, id);
            statement.executeUpdate();
        }
    }

    /**
     * Sets the first and last contact and the channel of our last touch from the lead's touches,
     * after a touch was added, changed or removed, so they always agree with the timeline. A
     * campaign piece that did not move the lead on counts for none of them: a Christmas card is
     * not the lead's first response, nor a prong of its follow-up.
     */
    static void refreshContacts(Connection connection, long id) throws SQLException {
        refreshContacts(connection, java.util.List.of(id));
    }

    /** As {@link #refreshContacts(Connection, long)} for many leads, in JDBC batches (an import's). */
    static void refreshContacts(Connection connection, java.util.Collection<Long> ids) throws SQLException {
        Sql.batch(connection, "UPDATE leads SET "
                + "first_contact_at = (SELECT MIN(occurred_at) FROM interactions WHERE lead_id = ? AND moved_on), "
                + "last_contact_at = (SELECT MAX(occurred_at) FROM interactions WHERE lead_id = ? AND moved_on), "
                + "last_out_channel = (SELECT channel FROM interactions WHERE lead_id = ? AND direction = 'out' "
                + "AND moved_on ORDER BY occurred_at DESC, id DESC LIMIT 1) WHERE id = ?", ids, (statement, id) -> {
                    statement.setLong(1, id);
                    statement.setLong(2, id);
                    statement.setLong(3, id);
                    statement.setLong(4, id);
                });
    }

    /**
     * After a touch is logged: the lead's status and when it is next due (null: nothing planned). A
     * snooze ends with the touch: the lead has been dealt with.
     */
    static void setFollowUp(Connection connection, long id, LeadStatus status, Instant next, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE leads SET status = ?, next_follow_up_at = ?, updated_at = ?, snoozed_until = NULL WHERE id = ?")) {
            statement.setString(1, status.code());
            Sql.setInstant(statement, 2, next);
            Sql.setInstant(statement, 3, at);
            statement.setLong(4, id);
            statement.executeUpdate();
        }
    }
}
