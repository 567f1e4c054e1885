package app.ember.store;

import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Origin;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Temperature;
import app.ember.domain.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Leads in SQL: insert, read one, and read the list a page at a time, sorted and filtered by the database. */
public final class LeadStore {
    private static final String COLUMNS = "first_name, last_name, company, email, phone, address_line1, "
            + "address_line2, city, region, postcode, country_code, source, origin, referral_kind, referred_by, "
            + "temperature, same_day, heat_rank, qualification, priority, status, need_by, birthday, created_at, "
            + "updated_at, last_contact_at, next_follow_up_at";
    private static final String INSERT = "INSERT INTO leads (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ROW_COLUMNS = "id, first_name, last_name, company, temperature, same_day, status, "
            + "email, phone, city, country_code, last_contact_at, next_follow_up_at";

    /** Stores a new lead and returns its id. */
    public long insert(Connection connection, Lead lead) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindLead(statement, lead);
            statement.executeUpdate();
            return Sql.generatedId(statement);
        }
    }

    /** Stores many new leads in JDBC batches; for bulk loads, where the ids are not needed. */
    public void insertAll(Connection connection, List<Lead> leads) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (Lead lead : leads) {
                bindLead(statement, lead);
                statement.addBatch();
                if (++pending == 1000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
        }
    }

    private static void bindLead(PreparedStatement statement, Lead lead) throws SQLException {
        PostalAddress address = lead.address();
        int i = 1;
        statement.setString(i++, lead.firstName());
        statement.setString(i++, lead.lastName());
        statement.setString(i++, lead.company());
        statement.setString(i++, lead.email());
        statement.setString(i++, lead.phone());
        statement.setString(i++, address.line1());
        statement.setString(i++, address.line2());
        statement.setString(i++, address.city());
        statement.setString(i++, address.region());
        statement.setString(i++, address.postcode());
        statement.setString(i++, address.countryCode());
        statement.setString(i++, lead.source());
        statement.setString(i++, lead.origin().code());
        statement.setString(i++, lead.referralKind().code());
        statement.setString(i++, lead.referredBy());
        statement.setString(i++, lead.temperature().code());
        statement.setBoolean(i++, lead.sameDay());
        statement.setInt(i++, lead.heatRank());
        statement.setString(i++, lead.qualification().code());
        statement.setString(i++, lead.priority() == null ? null : lead.priority().code());
        statement.setString(i++, lead.status().code());
        Sql.setDate(statement, i++, lead.needBy());
        Sql.setDate(statement, i++, lead.birthday());
        Sql.setInstant(statement, i++, lead.created());
        Sql.setInstant(statement, i++, lead.updated());
        Sql.setInstant(statement, i++, lead.lastContact());
        Sql.setInstant(statement, i, lead.nextFollowUp());
    }

    public Optional<Lead> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, " + COLUMNS + " FROM leads WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(readLead(rows)) : Optional.empty();
            }
        }
    }

    private static Lead readLead(ResultSet rows) throws SQLException {
        String priority = rows.getString("priority");
        return Lead.builder()
                .id(rows.getLong("id"))
                .firstName(rows.getString("first_name"))
                .lastName(rows.getString("last_name"))
                .company(rows.getString("company"))
                .email(rows.getString("email"))
                .phone(rows.getString("phone"))
                .address(new PostalAddress(rows.getString("address_line1"), rows.getString("address_line2"),
                        rows.getString("city"), rows.getString("region"), rows.getString("postcode"),
                        rows.getString("country_code")))
                .source(rows.getString("source"))
                .origin(Origin.fromCode(rows.getString("origin")))
                .referralKind(ReferralKind.fromCode(rows.getString("referral_kind")))
                .referredBy(rows.getString("referred_by"))
                .temperature(Temperature.fromCode(rows.getString("temperature")))
                .sameDay(rows.getBoolean("same_day"))
                .qualification(Qualification.fromCode(rows.getString("qualification")))
                .priority(priority == null ? null : Priority.fromCode(priority))
                .status(LeadStatus.fromCode(rows.getString("status")))
                .needBy(Sql.getDate(rows, "need_by"))
                .birthday(Sql.getDate(rows, "birthday"))
                .created(Sql.getInstant(rows, "created_at"))
                .updated(Sql.getInstant(rows, "updated_at"))
                .lastContact(Sql.getInstant(rows, "last_contact_at"))
                .nextFollowUp(Sql.getInstant(rows, "next_follow_up_at"))
                .build();
    }

    /** One page of the list, in the query's order. */
    public List<LeadRow> page(Connection connection, LeadQuery query, int offset, int limit) throws SQLException {
        Where where = where(query);
        String sql = "SELECT " + ROW_COLUMNS + " FROM leads" + where.sql() + " ORDER BY " + orderBy(query.sort())
                + " LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> parameters = new ArrayList<>(where.parameters());
            parameters.add(limit);
            parameters.add(offset);
            Sql.bind(statement, parameters);
            List<LeadRow> page = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(new LeadRow(rows.getLong("id"),
                            Text.join(" ", rows.getString("first_name"), rows.getString("last_name")),
                            rows.getString("company"),
                            Temperature.fromCode(rows.getString("temperature")),
                            rows.getBoolean("same_day"),
                            LeadStatus.fromCode(rows.getString("status")),
                            rows.getString("email"), rows.getString("phone"), rows.getString("city"),
                            rows.getString("country_code"),
                            Sql.getInstant(rows, "last_contact_at"),
                            Sql.getInstant(rows, "next_follow_up_at")));
                }
            }
            return page;
        }
    }

    /** How many leads the query matches. */
    public int count(Connection connection, LeadQuery query) throws SQLException {
        Where where = where(query);
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM leads" + where.sql())) {
            Sql.bind(statement, where.parameters());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * The ORDER BY for each sort. Every order ends with the id so pages never overlap or skip rows,
     * and each leads with an indexed column (see V1__create_leads.sql).
     */
    static String orderBy(LeadSort sort) {
        return switch (sort) {
            case HEAT -> "heat_rank, next_follow_up_at NULLS LAST, id";
            case NAME -> "last_name, first_name, id";
            case NEXT_FOLLOW_UP -> "next_follow_up_at NULLS LAST, id";
            case LAST_CONTACT -> "last_contact_at DESC NULLS LAST, id DESC";
            case CREATED -> "created_at DESC, id DESC";
        };
    }

    private static Where where(LeadQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!query.temperatures().isEmpty()) {
            // Filter on heat_rank, not on the temperature word: it leads the list's index, so the
            // database reads only the matching range instead of walking past every hotter lead.
            List<Integer> ranks = new ArrayList<>();
            for (Temperature t : query.temperatures()) {
                if (t == Temperature.HOT) {
                    ranks.add(Temperature.heatRank(t, true));
                }
                ranks.add(Temperature.heatRank(t, false));
            }
            conditions.add("heat_rank IN (" + "?, ".repeat(ranks.size() - 1) + "?)");
            parameters.addAll(ranks);
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, parameters);
    }

    private record Where(String sql, List<Object> parameters) {
    }
}
