package app.ember.io;

import app.ember.domain.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a file to import as {@link Table}s: CSV (comma, semicolon or tab, found from the header line; UTF-8
 * with or without its byte order mark, else Windows-1252 when the bytes are not UTF-8), xlsx (every sheet;
 * dates as ISO dates; formulas as their text, never evaluated) and vCard 2.1, 3.0 and 4.0 (many contacts a
 * file, as the columns of a contacts CSV). Nothing in a cell is ever run: "=1+1" is the text "=1+1".
 */
public final class TableFiles {
    /** A sheet wider than this is not a list of leads. */
    public static final int MAX_COLUMNS = 500;
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)(^|[^\\\\\"])[dmy]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableFiles() {
    }

    /** Every sheet of the file (one for CSV and vCard), in order. */
    public static List<Table> read(Path file, FileFormat format) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new ImportException(file + ": the file is empty");
        }
        return switch (format) {
            case CSV -> List.of(csv(file, bytes));
            case XLSX -> xlsx(file, bytes);
            case VCF -> List.of(VcardTable.read(file, bytes));
        };
    }

    /** The words a history sheet's name holds: "History", "Historique", "Contact log", "Touches", "Calls". */
    private static final List<String> HISTORY_NAMES = List.of("histor", "log", "touch", "call", "contacts made",
            "journal", "verlauf");

    /** A workbook's history: another sheet than the leads' named as people name one; null when none. */
    public static Table historySheet(List<Table> sheets, Table leads) {
        for (Table table : sheets) {
            String name = table.name().toLowerCase(java.util.Locale.ROOT);
            if (table != leads && HISTORY_NAMES.stream().anyMatch(name::contains)) {
                return table;
            }
        }
        return null;
    }

    /** The history an export writes beside a CSV ({@code FILE-history.csv}), read; null when there is none. */
    public static Table historyBeside(Path file, FileFormat kind) {
        Path beside = LeadExport.historyFile(file);
        return kind == FileFormat.CSV && Files.isRegularFile(beside) ? read(beside, FileFormat.CSV).get(0) : null;
    }

    /** One sheet by name (ignoring case), or the first when the name is null. */
    public static Table sheet(List<Table> sheets, String name, Path file) {
        if (name == null) {
            return sheets.get(0);
        }
        for (Table table : sheets) {
            if (table.name().equalsIgnoreCase(name.strip())) {
                return table;
            }
        }
        throw new ImportException(file + ": there is no sheet named \"" + name + "\"; its sheets are "
                + sheets.stream().map(Table::name).toList());
    }

    static String text(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ImportException(file + ": this is a binary file, not a CSV or vCard text file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Table csv(Path file, byte[] bytes) {
        if (ReadableWorkbook.isOOXMLZipHeader(bytes) || ReadableWorkbook.isOLE2Header(bytes)) {
            throw new ImportException(file + ": this is a spreadsheet file, not a CSV; import it as xlsx "
                    + "(an old .xls: save it as .xlsx first)");
        }
        String text = text(file, bytes);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> recordNumbers = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (iterator.hasNext()) {
                CSVRecord record;
                try {
                    record = iterator.next();
                } catch (RuntimeException e) {
                    throw new ImportException(file + ": row " + (parser.getCurrentLineNumber()) + ": "
                            + rootMessage(e), e);
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new ImportException(file + ": row " + record.getRecordNumber() + " has " + record.size()
                            + " columns; at most " + MAX_COLUMNS + " are read");
                }
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    records.add(cells);
                    recordNumbers.add((int) record.getRecordNumber());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(file + ": not a readable CSV file (" + rootMessage(e) + ")", e);
        }
        if (records.isEmpty()) {
            throw new ImportException(file + ": the file has no header row");
        }
        int at = HeaderRow.find(records);
        return new Table(name(file), records.get(at), records.subList(at + 1, records.size()),
                recordNumbers.subList(at + 1, recordNumbers.size()));
    }

    /**
     * The one of comma, semicolon and tab that the first lines hold most of (outside quotes): the first
     * lines, not the first line alone, since a title row above the header may hold none.
     */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n' && ++lines == HeaderRow.ROWS_LOOKED_AT) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private static List<Table> xlsx(Path file, byte[] bytes) {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new ImportException(file + ": not an xlsx spreadsheet"
                    + (ReadableWorkbook.isOLE2Header(bytes) ? " (an old .xls file: save it as .xlsx first)" : ""));
        }
        List<Table> tables = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                tables.add(sheet(file, sheet));
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file + ": not a readable xlsx spreadsheet, perhaps damaged or cut short ("
                    + rootMessage(e) + ")", e);
        }
        if (tables.isEmpty()) {
            throw new ImportException(file + ": the spreadsheet has no sheets");
        }
        return tables;
    }

    private static Table sheet(Path file, Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Row row : sheet.read()) {
            if (row.getCellCount() > MAX_COLUMNS) {
                throw new ImportException(file + ": sheet \"" + sheet.getName() + "\", row " + row.getRowNum()
                        + " has " + row.getCellCount() + " columns; at most " + MAX_COLUMNS + " are read");
            }
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(cells);
            numbers.add(row.getRowNum());
        }
        if (rows.isEmpty()) {
            throw new ImportException(file + ": sheet \"" + sheet.getName() + "\" is empty");
        }
        int at = HeaderRow.find(rows);
        return new Table(sheet.getName(), rows.get(at), rows.subList(at + 1, rows.size()),
                numbers.subList(at + 1, numbers.size()));
    }

    /** A cell as text: strings as they are, formulas as their text, dates as ISO, whole numbers without ".0". */
    private static String cell(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING -> cell.asString();
            case FORMULA -> "=" + cell.getFormula();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case NUMBER -> number(cell);
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String number(Cell cell) {
        BigDecimal value = cell.asNumber();
        if (isDate(cell)) {
            LocalDateTime at = cell.asDate();
            return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                    : at.toString();
        }
        return value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger().toString()
                : value.stripTrailingZeros().toPlainString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "");
        return DATE_FORMAT.matcher(plain).find();
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

}
