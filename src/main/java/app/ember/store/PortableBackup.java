package app.ember.store;

import app.ember.files.SafeFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A portable backup of a book, above all of a shared one on a server, where Ember has no file to copy:
 * one zip with {@code manifest.json} (format, its version, the schema version, when, rows per table) and
 * one JSON-lines file per table under {@code tables/} (a header line naming the columns, then one array of
 * values per row: text, numbers, true/false, null, instants in UTC and dates as ISO text). It is read back
 * into an empty book on either engine, in one transaction, every count checked. The tables are found in
 * the schema, not listed here, so a table a later migration adds is kept too.
 */
public final class PortableBackup {
    /** What the manifest says the file is. */
    static final String FORMAT = "ember-portable-backup";
    /** This layout's version: a reader refuses a newer one. */
    static final int VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final JsonFactory JSON = new JsonFactory();

    private PortableBackup() {
    }

    /** What a portable backup holds. */
    public record Summary(int version, int schema, Instant taken, Map<String, Integer> rows) {
        public int leads() {
            return rows.getOrDefault("leads", 0);
        }
    }

    /**
     * Writes the whole book into the zip (beside, then moved into place), from one consistent snapshot:
     * people may go on working meanwhile.
     */
    public static Summary write(Database from, Path zip, java.time.Clock clock) throws IOException {
        Summary[] written = new Summary[1];
        SafeFiles.replace(zip, out -> written[0] = from.read(c -> snapshot(c, out, clock.instant())));
        return written[0];
    }

    private static Summary snapshot(Connection c, OutputStream out, Instant taken) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (String table : tables(c)) {
                zip.putNextEntry(new ZipEntry(TABLES + table + ".jsonl"));
                rows.put(table, writeTable(c, table, zip));
                zip.closeEntry();
            }
            Summary summary = new Summary(VERSION, BackupCheck.schemaVersion(c), taken, rows);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            writeManifest(summary, zip);
            zip.closeEntry();
            zip.finish();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            c.commit();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    /** The book's tables but Flyway's own, lower case, leads first (the others refer to it). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                // The counts per day are not copied: the trigger makes them as the touches go in.
                if (!name.equals("flyway_schema_history") && !name.equals(BookTables.DERIVED)) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        if (tables.remove("leads")) {
            tables.add(0, "leads");
        }
        return tables;
    }

    /** A column one may write (not one the database computes), with its JDBC type. */
    record Column(String name, int type) {
    }

    static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rows = meta.getColumns(null, c.getSchema(), stored, "%")) {
            while (rows.next()) {
                if (!"YES".equalsIgnoreCase(rows.getString("IS_GENERATEDCOLUMN"))) {
                    columns.add(new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rows.getInt("DATA_TYPE")));
                }
            }
        }
        return columns;
    }

    private static int writeTable(Connection c, String table, OutputStream out) throws SQLException, IOException {
        List<Column> columns = columns(c, table);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonGenerator json = JSON.createGenerator(text);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        for (Column column : columns) {
            json.writeString(column.name());
        }
        json.writeEndArray();
        json.writeRaw('\n');
        String list = String.join(", ", columns.stream().map(Column::name).toList());
        int count = 0;
        try (PreparedStatement statement = c.prepareStatement("SELECT " + list + " FROM " + table + " ORDER BY 1");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                json.writeStartArray();
                for (int i = 0; i < columns.size(); i++) {
                    writeValue(json, rows, i + 1, columns.get(i).type());
                }
                json.writeEndArray();
                json.writeRaw('\n');
                count++;
            }
        }
        json.flush();
        text.flush();
        return count;
    }

    private static void writeValue(JsonGenerator json, ResultSet rows, int i, int type) throws SQLException, IOException {
        Object value = rows.getObject(i);
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                    json.writeString(rows.getObject(i, OffsetDateTime.class).toInstant().toString());
            case Types.DATE -> json.writeString(rows.getObject(i, LocalDate.class).toString());
            case Types.BOOLEAN, Types.BIT -> json.writeBoolean(rows.getBoolean(i));
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> json.writeNumber(rows.getLong(i));
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL ->
                    json.writeNumber(rows.getBigDecimal(i));
            default -> json.writeString(rows.getString(i));
        }
    }

    private static void writeManifest(Summary summary, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", summary.version());
        json.writeNumberField("schema", summary.schema());
        json.writeStringField("taken", summary.taken().toString());
        json.writeObjectFieldStart("rows");
        for (var entry : summary.rows().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }

    /** Whether the file is a portable backup (rather than a data dir's backup or anything else). */
    public static boolean isPortable(Path zip) {
        try {
            read(zip);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The manifest of a portable backup.
     *
     * @throws IllegalArgumentException when the file is not one, or one of a newer layout
     */
    public static Summary read(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = file.getEntry(MANIFEST);
            if (manifest == null) {
                throw new IllegalArgumentException(zip + " is not a portable Ember backup (no " + MANIFEST + ")");
            }
            try (InputStream in = file.getInputStream(manifest)) {
                return readManifest(zip, in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " is not a portable Ember backup: " + e.getMessage(), e);
        }
    }

    private static Summary readManifest(Path zip, InputStream in) throws IOException {
        String format = null;
        int version = 0;
        int schema = 0;
        Instant taken = null;
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(zip + " is not a portable Ember backup (its manifest does not read)");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "format" -> format = json.getText();
                    case "version" -> version = json.getIntValue();
                    case "schema" -> schema = json.getIntValue();
                    case "taken" -> taken = Instant.parse(json.getText());
                    case "rows" -> {
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String table = json.currentName();
                            json.nextToken();
                            rows.put(table, json.getIntValue());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(zip + " is not a portable Ember backup (its manifest does not read)", e);
        }
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(zip + " is not a portable Ember backup");
        }
        if (version > VERSION) {
            throw new IllegalArgumentException(zip + " was written by a newer Ember (layout " + version
                    + "); this one reads up to " + VERSION);
        }
        return new Summary(version, schema, taken, rows);
    }

    /**
     * Reads the backup into an empty book (a server's or a data dir's), in one transaction, every count
     * checked ({@link PortableRestore}).
     *
     * @throws IllegalArgumentException when the file is not a portable backup, or is from a newer schema
     * @throws IllegalStateException    when the book is not empty (then nothing is written)
     */
    public static Summary restore(Path zip, Database into) {
        return PortableRestore.restore(zip, into);
    }
}
