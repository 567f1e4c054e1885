package app.ember.mail;

import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import app.ember.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The mailing as a list to write cards from: a box to tick, the name, the company and the address
 * on one line in the order it goes on the card. The table's header is repeated on every page and
 * every page says which of how many it is, so a dropped stack sorts itself out.
 */
final class MailingListSheet {
    private static final float MARGIN = Box.pt(15);
    private static final float TITLE = 14f;
    private static final float BODY = 8.5f;
    private static final float LINE = 10.5f;
    private static final float ROW_PADDING = 6f;
    private static final float HEADER_ROW = 16f;
    private static final float FOOTER = 18f;
    private static final float FIRST_PAGE_HEADER = 44f;
    private static final float NEXT_PAGE_HEADER = 24f;
    private static final float TICK = 9f;
    private static final int MAX_LINES = 3;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color SECONDARY = new Color(0x61, 0x61, 0x61);
    private static final Color RULE = new Color(0xE0, 0xE0, 0xE0);
    private static final Color HEADER_RULE = new Color(0x9E, 0x9E, 0x9E);

    private final PDDocument document;
    private final List<Recipient> recipients;
    private final String title;
    private final Sender sender;
    private final PDRectangle paper;
    private final PdfFonts fonts;
    private final TextFit text;
    private final float[] columns;

    private MailingListSheet(PDDocument document, List<Recipient> recipients, String title, Sender sender,
                             Locale locale) throws IOException {
        this.document = document;
        this.recipients = recipients;
        this.title = title == null || title.isBlank() ? Messages.get("maildoc.list.defaultTitle") : title.strip();
        this.sender = sender;
        this.paper = PlanSheet.paper(locale);
        this.fonts = PdfFonts.load(document);
        this.text = new TextFit(fonts.regular());
        float width = paper.getWidth() - 2 * MARGIN;
        float flexible = width - 22;
        // Starts of: tick, name, company, address; and the table's right edge.
        columns = new float[] {MARGIN, MARGIN + 22, MARGIN + 22 + flexible * 0.27f, MARGIN + 22 + flexible * 0.5f,
                MARGIN + width};
    }

    static void draw(PDDocument document, List<Recipient> recipients, String title, Sender sender, Locale locale)
            throws IOException {
        new MailingListSheet(document, recipients, title, sender, locale).draw();
    }

    /** One recipient's row: each column's lines. */
    private record Row(List<String> name, List<String> company, List<String> address) {
        float height() {
            return Math.max(1, Math.max(name.size(), Math.max(company.size(), address.size()))) * LINE + ROW_PADDING;
        }
    }

    private void draw() throws IOException {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Ember");
        List<List<Row>> pages = paginate(rows());
        for (int number = 0; number < pages.size(); number++) {
            PDPage page = new PDPage(paper);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float top = paper.getHeight() - MARGIN;
                float y = number == 0 ? firstHeader(stream, top) : nextHeader(stream, top);
                if (recipients.isEmpty()) {
                    text(stream, Messages.get("maildoc.list.empty"), fonts.regular(), BODY + 1, SECONDARY, MARGIN,
                            y - 14);
                } else {
                    y = tableHeader(stream, y);
                    for (Row row : pages.get(number)) {
                        y = row(stream, row, y);
                    }
                }
                footer(stream, number + 1, pages.size());
            }
        }
    }

    private List<Row> rows() throws IOException {
        String home = sender.homeCountry();
        List<Row> rows = new ArrayList<>();
        for (Recipient recipient : recipients) {
            String address = String.join(", ", PostalLines.address(recipient.address(), home));
            rows.add(new Row(cell(recipient.addressee(), 1), cell(recipient.company(), 2), cell(address, 3)));
        }
        return rows;
    }

    private List<String> cell(String value, int column) throws IOException {
        String printable = fonts.printable(value, fonts.regular()).strip();
        return printable.isEmpty() ? List.of() : text.column(printable, width(column), BODY, MAX_LINES);
    }

    private List<List<Row>> paginate(List<Row> rows) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        float room = tableRoom(0);
        for (Row row : rows) {
            if (row.height() > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = tableRoom(pages.size());
            }
            page.add(row);
            room -= row.height();
        }
        pages.add(page);
        return pages;
    }

    private float tableRoom(int page) {
        return paper.getHeight() - 2 * MARGIN - (page == 0 ? FIRST_PAGE_HEADER : NEXT_PAGE_HEADER) - HEADER_ROW
                - FOOTER;
    }

    private float firstHeader(PDPageContentStream stream, float top) throws IOException {
        text(stream, title, fonts.bold(), TITLE, INK, MARGIN, top - TITLE);
        String count = Messages.format("maildoc.list.count", recipients.size());
        String line = sender.name().isEmpty() ? count : Messages.format("maildoc.list.countFrom", count, sender.name());
        text(stream, line, fonts.regular(), BODY, SECONDARY, MARGIN, top - TITLE - 16);
        return top - FIRST_PAGE_HEADER;
    }

    private float nextHeader(PDPageContentStream stream, float top) throws IOException {
        text(stream, Messages.format("maildoc.list.continued", title), fonts.bold(), BODY + 1.5f, INK, MARGIN,
                top - 11);
        return top - NEXT_PAGE_HEADER;
    }

    private float tableHeader(PDPageContentStream stream, float top) throws IOException {
        float baseline = top - HEADER_ROW + 5;
        String[] heads = {"", Messages.get("maildoc.list.column.name"), Messages.get("maildoc.list.column.company"),
                Messages.get("maildoc.list.column.address")};
        for (int column = 1; column < heads.length; column++) {
            text(stream, heads[column], fonts.bold(), BODY - 0.5f, SECONDARY, columns[column], baseline);
        }
        line(stream, top - HEADER_ROW, 0.8f, HEADER_RULE);
        return top - HEADER_ROW;
    }

    private float row(PDPageContentStream stream, Row row, float top) throws IOException {
        float first = top - ROW_PADDING / 2 - BODY;
        stream.setStrokingColor(INK);
        stream.setLineWidth(0.6f);
        stream.addRect(columns[0] + 2, first - 1, TICK, TICK);
        stream.stroke();
        lines(stream, row.name(), columns[1], first);
        lines(stream, row.company(), columns[2], first);
        lines(stream, row.address(), columns[3], first);
        float bottom = top - row.height();
        line(stream, bottom, 0.4f, RULE);
        return bottom;
    }

    private void footer(PDPageContentStream stream, int page, int pages) throws IOException {
        float baseline = MARGIN;
        text(stream, Messages.format("maildoc.list.footer", title), fonts.regular(), BODY - 1, SECONDARY, MARGIN,
                baseline);
        String number = Messages.format("maildoc.list.page", page, pages);
        float width = PdfFonts.width(fonts.printable(number, fonts.regular()), fonts.regular(), BODY - 1);
        text(stream, number, fonts.regular(), BODY - 1, SECONDARY, columns[4] - width, baseline);
    }

    private void lines(PDPageContentStream stream, List<String> lines, float x, float baseline) throws IOException {
        float y = baseline;
        for (String line : lines) {
            text(stream, line, fonts.regular(), BODY, INK, x, y);
            y -= LINE;
        }
    }

    private float width(int column) {
        return columns[column + 1] - columns[column] - 8;
    }

    private void line(PDPageContentStream stream, float y, float width, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.moveTo(MARGIN, y);
        stream.lineTo(columns[4], y);
        stream.stroke();
    }

    private void text(PDPageContentStream stream, String value, PDFont font, float size, Color color, float x,
                      float baseline) throws IOException {
        String printable = fonts.printable(value, font);
        if (printable.isBlank()) {
            return;
        }
        stream.setNonStrokingColor(color);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }
}
