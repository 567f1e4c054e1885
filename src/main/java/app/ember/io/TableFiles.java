package app.ember.io;

import app.ember.domain.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads a file to import as {@link Table}s: CSV (comma, semicolon or tab, found from the header line; UTF-8
 * with or without its byte order mark, else Windows-1252 when the bytes are not UTF-8), xlsx (every sheet;
 * dates as ISO dates; formulas as their text, never evaluated) and vCard 2.1, 3.0 and 4.0 (many contacts a
 * file, as the columns of a contacts CSV). Nothing in a cell is ever run: "=1+1" is the text "=1+1".
 */
public final class TableFiles {
    /** A sheet wider than this is not a list of leads. */
    public static final int MAX_COLUMNS = 500;

    /**
     * What an xlsx may unpack to before Ember reads it: a "zip bomb" (a few kilobytes that unpack to
     * gigabytes of repeated cells) ended in an OutOfMemoryError after 21 s; now it is refused at once
     * (exit 2). An xlsx is a zip of XML parts; every part is unpacked once, counted, before the workbook
     * is read. The 100,000-lead bench export with its 300,000 touches unpacks to about 300 MB.
     *
     * @param inflated the most bytes all parts may unpack to together
     * @param ratio    the most a part may grow when unpacked (past its first {@link #RATIO_GRACE} bytes):
     *                 real workbooks stay near 10 to 1, a bomb's repeated cells are 1,000 to 1
     * @param rows     the most rows of a sheet: Excel's own limit
     * @param cell     the most characters in a cell: Excel's own limit
     */
    public record Limits(long inflated, int ratio, int rows, int cell) {
        public static final Limits DEFAULT = new Limits(1L << 30, 100, 1_048_576, 32_767);
    }

    /** A part's ratio is judged only once it has unpacked to this much: tiny parts compress oddly. */
    static final long RATIO_GRACE = 1 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableFiles() {
    }

    /** Every sheet of the file (one for CSV and vCard), in order. */
    public static List<Table> read(Path file, FileFormat format) {
        return read(file, format, Limits.DEFAULT);
    }

    /** The same, with other limits for an xlsx (tests try small ones). */
    static List<Table> read(Path file, FileFormat format, Limits limits) {
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
            case XLSX -> XlsxTables.read(file, bytes, limits);
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
                for (String cell : record) {
                    if (cell.indexOf('\0') >= 0) {
                        throw new ImportException(file + ": row " + record.getRecordNumber() + " holds a NUL "
                                + "byte: binary data, not text; nothing of the file is imported");
                    }
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
