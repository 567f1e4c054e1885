package app.ember.mail;

import app.ember.files.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sheets Ember knows: the built-ins (label-templates.csv beside this class, with where each
 * measurement comes from) and the user's own, label-templates.csv in the data dir with the same
 * columns. A user's template with a built-in's id replaces it: their own measurement of their
 * printer's sheets wins.
 */
public final class LabelTemplates {
    /** The user's file in the data dir, and the built-in resource's name. */
    public static final String FILE_NAME = "label-templates.csv";
    static final List<String> COLUMNS = List.of("id", "name", "kind", "pageWidth", "pageHeight", "marginTop",
            "marginLeft", "labelWidth", "labelHeight", "pitchX", "pitchY", "columns", "rows");
    private static final String USER_FILE_COMMENT = "Your own label and postcard sheets, read by Ember beside its "
            + "built-in ones. Millimetres from the sheet's top-left corner; pitch = label + gap.";

    /** Makers' names a product code may come with: "Avery 5160", "avery-l7160", "Zweckform 3475". */
    private static final Pattern BRAND = Pattern.compile("^(avery|zweckform|herma)+");

    private final List<LabelTemplate> all;
    /** Every other product code of a sheet (normalised, see {@link #code}) to the id of its template. */
    private final Map<String, String> aliases;

    private LabelTemplates(List<LabelTemplate> all, Map<String, String> aliases) {
        this.all = List.copyOf(all);
        this.aliases = Map.copyOf(aliases);
    }

    /**
     * Built-ins plus the custom templates of the data dir (null: built-ins only).
     *
     * @throws IllegalArgumentException when a row is wrong, naming the file, the line and the field
     * @throws UncheckedIOException     when the user's file exists but cannot be read
     */
    public static LabelTemplates load(Path dataDir) {
        Map<String, LabelTemplate> byId = new LinkedHashMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Row row : builtIns()) {
            byId.put(key(row.template().id()), row.template());
            for (String alias : row.aliases()) {
                aliases.put(code(alias), row.template().id());
            }
        }
        for (Row row : custom(dataDir)) {
            byId.put(key(row.template().id()), row.template());
            for (String alias : row.aliases()) {
                aliases.put(code(alias), row.template().id());
            }
        }
        return new LabelTemplates(new ArrayList<>(byId.values()), aliases);
    }

    public List<LabelTemplate> all() {
        return all;
    }

    public List<LabelTemplate> all(LabelTemplate.Kind kind) {
        return all.stream().filter(template -> template.kind() == kind).toList();
    }

    /**
     * By id or by any product code of the sheet, with or without the maker's name, in any case:
     * "Avery-5160", "5160", "8160", "avery 18160" and "AVERY5960" all find avery-5160; "J8160" and
     * "L7160" find avery-l7160.
     */
    public Optional<LabelTemplate> find(String id) {
        String wanted = key(id == null ? "" : id);
        Optional<LabelTemplate> exact = all.stream().filter(template -> key(template.id()).equals(wanted)).findFirst();
        if (exact.isPresent() || wanted.isEmpty()) {
            return exact;
        }
        String code = code(wanted);
        Optional<LabelTemplate> byCode = all.stream().filter(template -> code(template.id()).equals(code)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        String aliasOf = aliases.get(code);
        return aliasOf == null ? Optional.empty() : find(aliasOf);
    }

    /** The other product codes of a built-in sheet, as the template file lists them. */
    public List<String> aliases(LabelTemplate template) {
        return aliases.entrySet().stream().filter(entry -> entry.getValue().equals(template.id()))
                .map(entry -> entry.getKey().toUpperCase(Locale.ROOT)).toList();
    }

    /** A product code without the maker's name, spaces or dashes: "Avery L-7160" is "l7160". */
    static String code(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String bare = BRAND.matcher(plain).replaceFirst("");
        return bare.isEmpty() ? plain : bare;
    }

    /**
     * Stores a custom template in the data dir (replacing one of the same id, whatever its case) and
     * returns the new set. The file's other rows and its comments are kept.
     */
    public static LabelTemplates addCustom(Path dataDir, LabelTemplate template) {
        if (dataDir == null) {
            throw new IllegalArgumentException("custom templates need a data dir");
        }
        List<Row> rows = new ArrayList<>(custom(dataDir));
        int same = -1;
        for (int index = 0; index < rows.size(); index++) {
            if (key(rows.get(index).template().id()).equals(key(template.id()))) {
                same = index;
            }
        }
        if (same >= 0) {
            rows.set(same, new Row(template, rows.get(same).comment(), rows.get(same).aliases()));
        } else {
            rows.add(new Row(template, "", List.of()));
        }
        try {
            Files.createDirectories(dataDir);
            SafeFiles.replace(dataDir.resolve(FILE_NAME), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = format().builder().setHeader(COLUMNS.toArray(String[]::new))
                        .setHeaderComments(USER_FILE_COMMENT).get().print(writer)) {
                    for (Row row : rows) {
                        if (!row.comment().isEmpty()) {
                            printer.printComment(row.comment());
                        }
                        printer.printRecord(values(row.template()));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The template " + template.id() + " could not be saved: "
                    + e.getMessage(), e);
        }
        return load(dataDir);
    }

    private static List<Row> builtIns() {
        try (InputStream in = LabelTemplates.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + FILE_NAME + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in " + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> custom(Path dataDir) {
        if (dataDir == null) {
            return List.of();
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The template file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** A template with the comment lines written above it in the file and its other product codes. */
    private record Row(LabelTemplate template, String comment, List<String> aliases) {
    }

    private static List<Row> read(Reader reader, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        try (CSVParser parser = format().builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException(source + ", header: the column '" + column
                            + "' is missing; expected " + String.join(",", COLUMNS));
                }
            }
            for (CSVRecord record : parser) {
                // The parser has read past the record's line end: the record ends on the line before.
                long line = parser.getCurrentLineNumber();
                String where = source + ", line " + line;
                LabelTemplate template = parse(record, where);
                Long earlier = lines.put(key(template.id()), line);
                if (earlier != null) {
                    throw new IllegalArgumentException(where + ", id: '" + template.id()
                            + "' is already used on line " + earlier);
                }
                String aliases = record.isMapped("aliases") ? record.get("aliases").strip() : "";
                rows.add(new Row(template, record.hasComment() ? record.getComment() : "",
                        aliases.isEmpty() ? List.of() : List.of(aliases.split("\\s+"))));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV reports a broken quote this way, with the line in its message.
            throw new IllegalArgumentException(source + ": " + e.getCause().getMessage(), e);
        }
        return rows;
    }

    private static LabelTemplate parse(CSVRecord record, String where) {
        if (!record.isConsistent()) {
            throw new IllegalArgumentException(where + ": " + record.size() + " fields where the header has "
                    + record.getParser().getHeaderNames().size());
        }
        LabelTemplate.Kind kind;
        try {
            kind = LabelTemplate.Kind.fromCode(record.get("kind"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ", " + e.getMessage(), e);
        }
        try {
            return new LabelTemplate(record.get("id"), record.get("name"), kind,
                    number(record, "pageWidth", where), number(record, "pageHeight", where),
                    number(record, "marginTop", where), number(record, "marginLeft", where),
                    number(record, "labelWidth", where), number(record, "labelHeight", where),
                    number(record, "pitchX", where), number(record, "pitchY", where),
                    whole(record, "columns", where), whole(record, "rows", where));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            // The template names the field at fault; the file and line say which row it is.
            throw new IllegalArgumentException(where + " (" + record.get("id") + "), " + e.getMessage(), e);
        }
    }

    /** A number of millimetres; "12,7" is read as 12.7, as a spreadsheet in a comma locale writes it. */
    private static double number(CSVRecord record, String field, String where) {
        String text = record.get(field).strip();
        try {
            double value = Double.parseDouble(text.indexOf('.') < 0 ? text.replace(',', '.') : text);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ", " + field + ": '" + text + "' is not a number of millimetres");
        }
    }

    private static int whole(CSVRecord record, String field, String where) {
        String text = record.get(field).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ", " + field + ": '" + text + "' is not a whole number");
        }
    }

    private static List<String> values(LabelTemplate template) {
        return List.of(template.id(), template.name(), template.kind().code(), mm(template.pageWidth()),
                mm(template.pageHeight()), mm(template.marginTop()), mm(template.marginLeft()),
                mm(template.labelWidth()), mm(template.labelHeight()), mm(template.pitchX()), mm(template.pitchY()),
                Integer.toString(template.columns()), Integer.toString(template.rows()));
    }

    /** "12.7", "4.7625", "70": as short as the value allows, never in exponent form. */
    private static String mm(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setRecordSeparator('\n').get();
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
