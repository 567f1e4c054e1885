package app.ember.mail;

import app.ember.files.SafeFiles;
import app.ember.domain.Lead;
import app.ember.domain.PlanAction;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The week's plan on paper: one row per action with a box to tick, the budget's cut line drawn
 * across the table, and at most two pages, so the sheet stays something to work from rather than
 * a report. Letter paper in the US and Canada, A4 elsewhere.
 *
 * <p>Dates are written in the language of the messages bundle, with the conventions of the
 * locale's country (day before month in Britain, month first in the US), so day names never
 * switch language in the middle of an English sentence.
 */
public final class PlanSheet {
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    private PlanSheet() {
    }

    /**
     * The sheet as an open document; the caller closes it. Nothing is saved, so it can be printed
     * or written as it is.
     */
    public static PDDocument render(WeekPlan plan, ZoneId zone, Locale locale) {
        PDDocument document = new PDDocument();
        try {
            new Sheet(document, plan, zone, locale).draw();
            return document;
        } catch (IOException e) {
            closeQuietly(document);
            throw new UncheckedIOException("The plan sheet could not be drawn: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    /** Writes the sheet to {@code file}, replacing it only once the whole PDF is written. */
    public static void write(WeekPlan plan, ZoneId zone, Locale locale, Path file) throws IOException {
        try (PDDocument document = render(plan, zone, locale)) {
            SafeFiles.savePdf(document, file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static PDRectangle paper(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? PDRectangle.LETTER : PDRectangle.A4;
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one worth reporting.
        }
    }

    /** One drawing of a plan: the layout decisions and the pages. */
    private static final class Sheet {
        private static final float MM = 72f / 25.4f;
        private static final float MARGIN = 15 * MM;
        private static final int MAX_PAGES = 2;

        private static final float BODY = 8f;
        private static final float SMALL = 7f;
        private static final float LINE = SheetPen.LINE;
        private static final float HEADER_ROW = 16f;
        private static final float ACTION_ROW = 26f;
        private static final float CUT_ROW = 24f;
        private static final float CLOSING_ROW = 20f;
        private static final float FIRST_PAGE_HEADER = 62f;
        private static final float NEXT_PAGE_HEADER = 20f;
        private static final float FOOTER = 16f;

        private static final Color INK = PrintColours.INK;
        private static final Color SECONDARY = PrintColours.SECONDARY;
        private static final Color FADED = new Color(0x8C, 0x8C, 0x8C);
        private static final Color FADED_SECONDARY = new Color(0xA6, 0xA6, 0xA6);
        private static final Color RULE = PrintColours.RULE;
        private static final Color HEADER_RULE = new Color(0x9E, 0x9E, 0x9E);
        private static final Color OVERDUE = new Color(0xC6, 0x28, 0x28);
        private static final Map<Temperature, Color> SWATCHES = PrintColours.SWATCHES;

        private final PDDocument document;
        private final WeekPlan plan;
        private final ZoneId zone;
        private final Locale locale;
        private final PlanWords words;
        private final PDRectangle paper;
        private final PlanColumns columns;
        private final SheetText fonts;

        Sheet(PDDocument document, WeekPlan plan, ZoneId zone, Locale locale) throws IOException {
            this.document = document;
            this.plan = plan;
            this.zone = zone;
            this.locale = locale;
            this.words = new PlanWords(plan, zone, locale);
            this.paper = paper(locale);
            this.fonts = new SheetText(document);
            this.columns = new PlanColumns(MARGIN, paper.getWidth() - 2 * MARGIN, dueWidth());
        }

        void draw() throws IOException {
            describe();
            List<List<Item>> pages = paginate();
            for (int number = 0; number < pages.size(); number++) {
                PDPage page = new PDPage(paper);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    SheetPen pen = new SheetPen(stream, fonts);
                    float top = paper.getHeight() - MARGIN;
                    float y = number == 0 ? firstHeader(pen, top) : nextHeader(pen, top);
                    List<Item> items = pages.get(number);
                    if (plan.actions().isEmpty()) {
                        pen.text(Messages.get("plansheet.empty"), fonts.regular, BODY + 1, SECONDARY, MARGIN,
                                y - 14);
                    } else if (items.stream().anyMatch(item -> item.kind() != Item.Kind.CLOSING)) {
                        y = tableHeader(pen, y);
                    }
                    for (Item item : items) {
                        y = drawItem(pen, item, y);
                    }
                    footer(pen, number + 1, pages.size());
                }
            }
        }

        private void describe() {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Messages.format("plansheet.documentTitle", plan.week().isoName()));
            info.setCreator("Ember");
            // When the plan was made, not when it was printed: a sheet printed twice tells the same story.
            Calendar made = new GregorianCalendar(TimeZone.getTimeZone(zone));
            made.setTimeInMillis(plan.madeAt().toEpochMilli());
            info.setCreationDate(made);
            document.getDocumentCatalog().setLanguage(words.locale().toLanguageTag());
        }

        /**
         * The items of each page. A cut line never ends a page that has another after it: it goes
         * over with the rows it heads. What does not fit on the last page is counted, not drawn.
         */
        private List<List<Item>> paginate() {
            List<Item> items = new ArrayList<>();
            int cut = plan.cutIndex();
            for (int index = 0; index < plan.actions().size(); index++) {
                if (index == cut) {
                    items.add(Item.cut());
                }
                items.add(Item.action(index));
            }
            List<List<Item>> pages = new ArrayList<>();
            int next = 0;
            float room = 0;
            for (int number = 0; number < MAX_PAGES && (number == 0 || next < items.size()); number++) {
                room = tableRoom(number);
                List<Item> page = new ArrayList<>();
                while (next < items.size() && items.get(next).height() <= room) {
                    room -= items.get(next).height();
                    page.add(items.get(next++));
                }
                boolean anotherPage = number + 1 < MAX_PAGES;
                if (anotherPage && next < items.size() && page.size() > 1
                        && page.get(page.size() - 1).kind() == Item.Kind.CUT) {
                    page.remove(page.size() - 1);
                    next--;
                    room += CUT_ROW;
                }
                pages.add(page);
            }
            // The plan itself may count actions it did not keep (a big book): they are "more" too.
            if (next < items.size() || plan.moreActions() > 0) {
                List<Item> last = pages.get(pages.size() - 1);
                while (room < CLOSING_ROW && !last.isEmpty()) {
                    room += last.remove(last.size() - 1).height();
                    next--;
                }
                last.add(closing(items.subList(next, items.size())));
            }
            return pages;
        }

        /** "… and 12 more actions if time is left", or without the "if time is left" when some still fit. */
        private Item closing(List<Item> rest) {
            int count = plan.moreActions();
            boolean allBelowCut = true;
            for (Item item : rest) {
                if (item.kind() == Item.Kind.ACTION) {
                    count++;
                    allBelowCut &= !plan.actions().get(item.index()).fits();
                }
            }
            return Item.closing(Messages.format(allBelowCut ? "plansheet.more" : "plansheet.moreInBudget", count));
        }

        private float tableRoom(int pageNumber) {
            float header = pageNumber == 0 ? FIRST_PAGE_HEADER : NEXT_PAGE_HEADER;
            return paper.getHeight() - 2 * MARGIN - header - HEADER_ROW - FOOTER;
        }

        private float firstHeader(SheetPen pen, float top) throws IOException {
            pen.text(Messages.get("plansheet.title"), fonts.bold, 18, INK, MARGIN, top - 14);
            pen.textRight(plan.week().isoName(), fonts.regular, BODY, SECONDARY, paper.getWidth() - MARGIN, top - 14);
            pen.text(words.weekDates(plan.week()), fonts.regular, 11, INK, MARGIN, top - 32);
            pen.text(Messages.format("plansheet.totals", plan.budgetMinutes(), plan.plannedMinutes(),
                    plan.allActions()), fonts.regular, BODY + 0.5f, SECONDARY, MARGIN, top - 47);
            return top - FIRST_PAGE_HEADER;
        }

        private float nextHeader(SheetPen pen, float top) throws IOException {
            pen.text(Messages.format("plansheet.continued", words.weekDates(plan.week())), fonts.regular, BODY,
                    SECONDARY, MARGIN, top - 9);
            return top - NEXT_PAGE_HEADER;
        }

        private float tableHeader(SheetPen pen, float top) throws IOException {
            float baseline = top - 11;
            heading(pen, "plansheet.column.due", PlanColumn.DUE, baseline);
            heading(pen, "plansheet.column.lead", PlanColumn.LEAD, baseline);
            heading(pen, "plansheet.column.temperature", PlanColumn.TEMPERATURE, baseline);
            heading(pen, "plansheet.column.channel", PlanColumn.CHANNEL, baseline);
            heading(pen, "plansheet.column.contact", PlanColumn.CONTACT, baseline);
            heading(pen, "plansheet.column.reason", PlanColumn.REASON, baseline);
            pen.textRight(Messages.get("plansheet.column.minutes"), fonts.bold, SMALL, SECONDARY, columns.end(),
                    baseline);
            pen.line(MARGIN, top - HEADER_ROW, columns.end(), top - HEADER_ROW, 0.8f, HEADER_RULE, null);
            return top - HEADER_ROW;
        }

        private void heading(SheetPen pen, String key, PlanColumn column, float baseline) throws IOException {
            pen.lines(Messages.get(key), fonts.bold, SMALL, SECONDARY, columns.x(column), baseline,
                    columns.width(column), 1);
        }

        private void footer(SheetPen pen, int number, int count) throws IOException {
            float baseline = MARGIN;
            pen.text(Messages.format("plansheet.footer", plan.week().isoName()), fonts.regular, SMALL, FADED,
                    MARGIN, baseline);
            pen.textRight(Messages.format("plansheet.page", number, count), fonts.regular, SMALL, SECONDARY,
                    columns.end(), baseline);
        }

        private float drawItem(SheetPen pen, Item item, float top) throws IOException {
            switch (item.kind()) {
                case ACTION -> actionRow(pen, plan.actions().get(item.index()), top);
                case CUT -> cutLine(pen, top);
                case CLOSING -> pen.text(item.text(), fonts.regular, BODY, SECONDARY, columns.x(PlanColumn.LEAD),
                        top - 13);
            }
            return top - item.height();
        }

        private void actionRow(SheetPen pen, PlanAction action, float top) throws IOException {
            boolean fits = action.fits();
            Color ink = fits ? INK : FADED;
            Color secondary = fits ? SECONDARY : FADED_SECONDARY;
            float first = top - 10.5f;
            float second = first - LINE;
            Lead lead = action.lead();

            pen.strokeBox(columns.x(PlanColumn.TICK) + 1, first - 1.5f, 8, 8, 0.7f, fits ? INK : FADED);

            boolean overdue = action.due().isBefore(plan.madeAt());
            cell(pen, PlanColumn.DUE, words.due(action), overdue && fits ? OVERDUE : ink, first, 2);

            // A long name may take the company's line when there is no company to show.
            boolean company = !lead.company().isEmpty();
            pen.lines(lead.name(), fonts.bold, BODY, ink, columns.x(PlanColumn.LEAD), first, columns.width(PlanColumn.LEAD),
                    company ? 1 : 2);
            if (company) {
                pen.lines(lead.company(), fonts.regular, SMALL, secondary, columns.x(PlanColumn.LEAD), second,
                        columns.width(PlanColumn.LEAD), 1);
            }

            Color swatch = SWATCHES.get(lead.temperature());
            pen.fillBox(columns.x(PlanColumn.TEMPERATURE), first - 0.5f, 7, 7, fits ? swatch : lighter(swatch));
            pen.lines(PlanWords.temperature(lead), fonts.regular, BODY, ink, columns.x(PlanColumn.TEMPERATURE) + 10, first,
                    columns.width(PlanColumn.TEMPERATURE) - 10, 2);

            cell(pen, PlanColumn.CHANNEL, Messages.get("channel." + action.channel().code()), ink, first, 2);
            cell(pen, PlanColumn.CONTACT, words.contact(action), ink, first, 2);
            cell(pen, PlanColumn.REASON, Messages.planReasons(action.reasons()), ink, first, 2);
            pen.textRight(Integer.toString(action.minutes()), fonts.regular, BODY, ink, columns.end(), first);

            pen.line(MARGIN, top - ACTION_ROW, columns.end(), top - ACTION_ROW, 0.4f, RULE, null);
        }

        private void cell(SheetPen pen, PlanColumn column, String text, Color color, float baseline, int maxLines)
                throws IOException {
            pen.lines(text, fonts.regular, BODY, color, columns.x(column), baseline, columns.width(column), maxLines);
        }

        private void cutLine(SheetPen pen, float top) throws IOException {
            float middle = top - CUT_ROW / 2;
            String text = Messages.format("plansheet.cutLine", plan.budgetMinutes());
            float size = BODY;
            float width = pen.width(text, fonts.bold, size);
            float centre = MARGIN + (columns.end() - MARGIN) / 2;
            float gap = 6;
            pen.line(MARGIN, middle, centre - width / 2 - gap, middle, 1.2f, INK, new float[] {5, 3});
            pen.line(centre + width / 2 + gap, middle, columns.end(), middle, 1.2f, INK, new float[] {5, 3});
            pen.text(text, fonts.bold, size, INK, centre - width / 2, middle - size * 0.35f);
        }

        /**
         * Wide enough for the longest due time on one line ("Wed 10:15 AM" in the US), so the
         * lead column gets what a 24-hour clock leaves; "overdue 3 days" may take two lines.
         */
        private float dueWidth() throws IOException {
            float widest = 0;
            for (PlanAction action : plan.actions()) {
                boolean overdue = action.due().isBefore(plan.madeAt());
                for (String piece : overdue ? words.due(action).split(" ") : new String[] {words.due(action)}) {
                    widest = Math.max(widest, fonts.width(fonts.printable(piece, fonts.regular), fonts.regular, BODY));
                }
            }
            return Math.max(PlanColumns.MIN_DUE, Math.min(PlanColumns.MAX_DUE, (float) Math.ceil(widest) + PlanColumns.PADDING));
        }

        /** The colour half-way to white: still the temperature's hue, as quiet as the grey text around it. */
        private static Color lighter(Color color) {
            return new Color((color.getRed() + 255) / 2, (color.getGreen() + 255) / 2, (color.getBlue() + 255) / 2);
        }
    }

    private record Item(Kind kind, int index, String text) {
        enum Kind { ACTION, CUT, CLOSING }

        static Item action(int index) {
            return new Item(Kind.ACTION, index, "");
        }

        static Item cut() {
            return new Item(Kind.CUT, -1, "");
        }

        static Item closing(String text) {
            return new Item(Kind.CLOSING, -1, text);
        }

        float height() {
            return switch (kind) {
                case ACTION -> Sheet.ACTION_ROW;
                case CUT -> Sheet.CUT_ROW;
                case CLOSING -> Sheet.CLOSING_ROW;
            };
        }
    }

}
