package app.ember.io;

import app.ember.domain.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The xlsx part of {@link TableFiles}: every sheet as a {@link Table}, dates as ISO dates, formulas as their
 * text (never evaluated), read row by row within {@link TableFiles.Limits} after the whole zip was unpacked
 * once and counted (a zip bomb is refused before the workbook reader sees it).
 */
final class XlsxTables {
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)(^|[^\\\\\"])[dmy]");

    private XlsxTables() {
    }

    static List<Table> read(Path file, byte[] bytes, TableFiles.Limits limits) {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new ImportException(file + ": not an xlsx spreadsheet"
                    + (ReadableWorkbook.isOLE2Header(bytes) ? " (an old .xls file: save it as .xlsx first)" : ""));
        }
        List<Table> tables = new ArrayList<>();
        try {
            checkUnpacked(file, bytes, limits);
        } catch (IOException e) {
            throw new ImportException(file + ": not a readable xlsx spreadsheet, perhaps damaged or cut short ("
                    + TableFiles.rootMessage(e) + ")", e);
        }
        try (InputStream in = new ByteArrayInputStream(bytes);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                tables.add(sheet(file, sheet, limits));
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file + ": not a readable xlsx spreadsheet, perhaps damaged or cut short ("
                    + TableFiles.rootMessage(e) + ")", e);
        }
        if (tables.isEmpty()) {
            throw new ImportException(file + ": the spreadsheet has no sheets");
        }
        return tables;
    }

    /**
     * Unpacks every part of the xlsx once, counting, as the workbook reader will see them (the same zip
     * reader, the same central directory), and refuses the file when it unpacks to more than the limits
     * allow.
     */
    private static void checkUnpacked(Path file, byte[] bytes, TableFiles.Limits limits) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                long packed = Math.max(1, entry.getCompressedSize());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        total += n;
                        if (total > limits.inflated()) {
                            throw new ImportException(String.format(Locale.ROOT, "%s: refused: it unpacks to more "
                                    + "than %s, the most Ember reads (a zip bomb, or a workbook far larger than "
                                    + "a list of leads)", file, megabytes(limits.inflated())));
                        }
                        if (unpacked > TableFiles.RATIO_GRACE && unpacked > limits.ratio() * packed) {
                            throw new ImportException(String.format(Locale.ROOT, "%s: refused: its part %s unpacks "
                                    + "to more than %d times its size, the most Ember reads (a zip bomb, not a "
                                    + "spreadsheet)", file, entry.getName(), limits.ratio()));
                        }
                    }
                }
            }
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%,d MB", bytes >> 20)
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /**
     * The sheet's rows streamed, blank ones skipped; the header is then found among the first rows
     * ({@link HeaderRow}): a title or a date above it is left out.
     */
    private static Table sheet(Path file, Sheet sheet, TableFiles.Limits limits) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int read = 0;
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                if (++read > limits.rows()) {
                    throw new ImportException(String.format(Locale.ROOT, "%s: sheet \"%s\" has more than %,d rows, "
                            + "the most Ember reads (Excel's own limit)", file, sheet.getName(), limits.rows()));
                }
                List<String> cells = cells(file, sheet, row, limits);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(cells);
                numbers.add(row.getRowNum());
            }
        }
        if (rows.isEmpty()) {
            throw new ImportException(file + ": sheet \"" + sheet.getName() + "\" is empty");
        }
        int at = HeaderRow.find(rows);
        return new Table(sheet.getName(), rows.get(at), rows.subList(at + 1, rows.size()),
                numbers.subList(at + 1, numbers.size()));
    }

    /** A row's cells as text, within the column and cell-size limits. */
    private static List<String> cells(Path file, Sheet sheet, Row row, TableFiles.Limits limits) {
        if (row.getCellCount() > TableFiles.MAX_COLUMNS) {
            throw new ImportException(file + ": sheet \"" + sheet.getName() + "\", row " + row.getRowNum()
                    + " has " + row.getCellCount() + " columns; at most " + TableFiles.MAX_COLUMNS + " are read");
        }
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = cell(row.getCell(i));
            if (text.length() > limits.cell()) {
                throw new ImportException(String.format(Locale.ROOT, "%s: sheet \"%s\", row %d, column %d: a cell of "
                        + "%,d characters; at most %,d are read (Excel's own limit)", file, sheet.getName(),
                        row.getRowNum(), i + 1, text.length(), limits.cell()));
            }
            cells.add(text);
        }
        return cells;
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
}
