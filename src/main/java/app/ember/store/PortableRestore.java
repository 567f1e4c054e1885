package app.ember.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a {@link PortableBackup} back into an empty book, on either engine. */
final class PortableRestore {
    private static final int BATCH = 1000;

    private PortableRestore() {
    }

    /**
     * Reads the backup into an empty book (a server's or a data dir's), in one transaction: every row with its
     * id, every table's count compared with the manifest before the commit, new ids going on after the ones
     * read. Columns the backup lacks (it is from an older schema) take their defaults.
     *
     * @throws IllegalArgumentException when the file is not a portable backup, or is from a newer schema
     * @throws IllegalStateException    when the book is not empty (then nothing is written)
     */
    static PortableBackup.Summary restore(Path zip, Database into) {
        PortableBackup.Summary summary = PortableBackup.read(zip);
        if (summary.schema() > Database.SCHEMA_VERSION) {
            throw new IllegalArgumentException(zip + " holds a book of schema " + summary.schema()
                    + ", newer than this Ember's " + Database.SCHEMA_VERSION + "; restore it with a newer Ember");
        }
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            return into.write(c -> {
                List<String> tables = PortableBackup.tables(c);
                for (String table : tables) {
                    int there = count(c, table);
                    if (there > 0) {
                        throw new IllegalStateException("the book is not empty (" + table + " holds " + there
                                + " rows); a backup is restored only into an empty book");
                    }
                }
                for (String table : tables) {
                    ZipEntry entry = file.getEntry(PortableBackup.TABLES + table + ".jsonl");
                    int read = entry == null ? 0 : readTable(c, table, file, entry);
                    int expected = summary.rows().getOrDefault(table, 0);
                    if (read != expected || count(c, table) != expected) {
                        throw new IllegalStateException(table + ": " + expected + " rows in the backup, " + read
                                + " read; nothing was restored");
                    }
                }
                restartIds(c, tables);
                return summary;
            });
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " could not be read: " + e.getMessage(), e);
        }
    }

    private static int readTable(Connection c, String table, ZipFile file, ZipEntry entry) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (PortableBackup.Column column : PortableBackup.columns(c, table)) {
            types.put(column.name(), column.type());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(file.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            List<String> header = strings(lines.readLine());
            // Only the columns both have: an older backup lacks new ones, which keep their defaults.
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (types.containsKey(header.get(i))) {
                    kept.add(i);
                }
            }
            List<String> names = kept.stream().map(header::get).toList();
            int count = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", names)
                    + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)")) {
                int pending = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    List<Object> values = values(line);
                    for (int k = 0; k < kept.size(); k++) {
                        bind(insert, k + 1, values.get(kept.get(k)), types.get(names.get(k)));
                    }
                    insert.addBatch();
                    count++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bind(PreparedStatement statement, int i, Object value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                    statement.setObject(i, Instant.parse((String) value).atOffset(ZoneOffset.UTC));
            case Types.DATE -> statement.setObject(i, LocalDate.parse((String) value));
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(i, (Boolean) value);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setInt(i, ((Number) value).intValue());
            case Types.BIGINT -> statement.setLong(i, ((Number) value).longValue());
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL ->
                    statement.setBigDecimal(i, new BigDecimal(value.toString()));
            default -> statement.setString(i, value.toString());
        }
    }

    private static List<String> strings(String line) throws IOException {
        return values(line).stream().map(String::valueOf).toList();
    }

    /** One line's array: strings, numbers (BigDecimal or Long), booleans and nulls. */
    private static List<Object> values(String line) throws IOException {
        List<Object> values = new ArrayList<>();
        try (JsonParser json = PortableBackup.JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("a line that is not a row: " + line);
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                values.add(switch (token) {
                    case VALUE_NULL -> null;
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NUMBER_INT -> json.getLongValue();
                    case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
                    default -> json.getText();
                });
            }
        }
        return values;
    }

    private static int count(Connection c, String table) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** New rows go on after the restored ids (on both engines: ALTER ... RESTART WITH). */
    private static void restartIds(Connection c, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (PortableBackup.columns(c, table).stream().noneMatch(column -> column.name().equals("id"))) {
                continue;
            }
            long next;
            try (PreparedStatement statement = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                next = rows.getLong(1);
            }
            try (PreparedStatement statement = c.prepareStatement("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH "
                    + next)) {
                statement.execute();
            }
        }
    }
}
