package app.ember.mail;

import app.ember.domain.Channel;
import app.ember.domain.Temperature;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.Tally;
import app.ember.i18n.Messages;
import app.ember.files.SafeFiles;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The whole report on paper: each section's figures, its chart drawn as bars (every colour with
 * its word beside it, as on screen) and its lists, a page after another. Lists stop after
 * {@link #LIST_ROWS} leads and say how many more there are: the screen and the command line have them all.
 */
public final class ReportSheet {
    static final int LIST_ROWS = 15;
    private static final int EFFECT_ROWS = 36;

    private ReportSheet() {
    }

    /** The report as an open document; the caller closes it. */
    public static PDDocument render(Report report, DayOfWeek weekStart, ZoneId zone, Locale locale) {
        PDDocument document = new PDDocument();
        try {
            new Drawing(document, report, zone, locale).draw();
            document.getDocumentInformation().setTitle(Messages.format("reportsheet.documentTitle",
                    report.period().name(weekStart)));
            document.getDocumentInformation().setCreator("Ember");
            return document;
        } catch (IOException e) {
            closeQuietly(document);
            throw new UncheckedIOException("The report could not be drawn: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    /** Writes the report to {@code file}, replacing it only once the whole PDF is written. */
    public static void write(Report report, DayOfWeek weekStart, ZoneId zone, Locale locale, Path file)
            throws IOException {
        try (PDDocument document = render(report, weekStart, zone, locale)) {
            SafeFiles.savePdf(document, file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one worth reporting.
        }
    }

    /** One drawing: a cursor down the page that starts a new page when the next block does not fit. */
    private static final class Drawing {
        private static final float MM = 72f / 25.4f;
        private static final float MARGIN = 15 * MM;
        private static final float BODY = 8.5f;
        private static final float ROW = 12f;
        private static final Color INK = PrintColours.INK;
        private static final Color SECONDARY = PrintColours.SECONDARY;
        private static final Color RULE = PrintColours.RULE;
        private static final Color PREVIOUS = new Color(0xBD, 0xBD, 0xBD);
        private static final Color BAR = new Color(0x45, 0x5A, 0x64);
        private static final Map<Temperature, Color> SWATCHES = PrintColours.SWATCHES;

        private final PDDocument document;
        private final Report report;
        private final ZoneId zone;
        private final PDRectangle paper;
        private final SheetText fonts;
        private final DateTimeFormatter day;
        private PDPageContentStream stream;
        private SheetPen pen;
        private float y;
        private int pages;
        /** The table being drawn (its columns and header cells), to repeat its header on a new page; null: none. */
        private float[] tableColumns;
        private String[] tableHeader;

        Drawing(PDDocument document, Report report, ZoneId zone, Locale locale) throws IOException {
            this.document = document;
            this.report = report;
            this.zone = zone;
            this.paper = PlanSheet.paper(locale);
            this.fonts = new SheetText(document);
            this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        private float width() {
            return paper.getWidth() - 2 * MARGIN;
        }

        void draw() throws IOException {
            newPage();
            pen.text(Messages.get("reportsheet.title"), fonts.bold, 18, INK, MARGIN, y - 14);
            pen.text(Messages.format("reports.periodDays", day.format(report.period().from()),
                    day.format(report.period().to())), fonts.regular, 11, INK, MARGIN, y - 32);
            y -= 46;
            activity();
            firstResponse();
            neverContacted();
            whatWorks();
            movement();
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(paper);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            pen = new SheetPen(stream, fonts);
            pages++;
            y = paper.getHeight() - MARGIN;
            pen.textRight(Messages.format("reportsheet.page", pages), fonts.regular, 7, SECONDARY,
                    MARGIN + width(), MARGIN - 10);
        }

        /** Makes room for {@code height} points, on a new page when this one has not got them. */
        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        /** A section's title with room for its first lines under it (its sentence and a row or two). */
        private void heading(String key) throws IOException {
            heading(key, 3 * ROW);
        }

        /** A section's title, kept on one page with the {@code keep} points drawn right under it. */
        private void heading(String key, float keep) throws IOException {
            tableHeader = null;
            need(40 + keep);
            y -= 10;
            pen.text(Messages.get(key), fonts.bold, 12, INK, MARGIN, y - 12);
            pen.line(MARGIN, y - 16, MARGIN + width(), y - 16, 0.6f, RULE, null);
            y -= 24;
        }

        private void line(String text, float size, Color color) throws IOException {
            tableHeader = null;
            need(ROW + 2);
            pen.lines(text, fonts.regular, size, color, MARGIN, y - size, width(), 1);
            y -= ROW + 2;
        }

        /** A labelled bar: the label (a word, never a colour alone), the bar, and the number after it. */
        private void bar(String label, Color swatch, float share, Color color, String figure) throws IOException {
            need(ROW);
            float labelWidth = 110;
            float barWidth = width() - labelWidth - 120;
            float x = MARGIN;
            if (swatch != null) {
                pen.fillBox(x, y - 9, 7, 7, swatch);
                x += 10;
            }
            pen.lines(label, fonts.regular, BODY, INK, x, y - 8, labelWidth - (x - MARGIN) - 4, 1);
            pen.fillBox(MARGIN + labelWidth, y - 9.5f, Math.max(0.5f, barWidth * Math.min(1, share)), 8, color);
            pen.text(figure, fonts.regular, BODY, INK, MARGIN + labelWidth + barWidth * Math.min(1, share) + 4, y - 8);
            y -= ROW;
        }

        private void activity() throws IOException {
            heading("reports.activity");
            line(Messages.format("reports.activitySummary", report.activity().touches(), report.activity().minutes(),
                    report.budgetMinutes(), percent(report.budgetUsed()), report.previous().touches(),
                    report.previous().minutes()), BODY + 0.5f, INK);
            legend(new String[] {Messages.get("reports.thisPeriod"), Messages.get("reports.before")},
                    new Color[] {BAR, PREVIOUS}, MARGIN + 110);
            int most = 1;
            for (Channel channel : Channel.values()) {
                most = Math.max(most, Math.max(report.activity().byChannel().get(channel),
                        report.previous().byChannel().get(channel)));
            }
            for (Channel channel : Channel.values()) {
                int now = report.activity().byChannel().get(channel);
                int before = report.previous().byChannel().get(channel);
                if (now == 0 && before == 0) {
                    continue;
                }
                bar(Messages.get("channel." + channel.code()), null, (float) now / most, BAR, Integer.toString(now));
                bar("", null, (float) before / most, PREVIOUS, Integer.toString(before));
                y -= 3;
            }
        }

        private void firstResponse() throws IOException {
            heading("reports.firstResponse");
            Tally total = report.firstResponse().total();
            line(Messages.format("reports.firstResponseSummary", total.total(), total.onTime(), total.late(),
                    total.pending(), percent(total.rate())), BODY + 0.5f, INK);
            for (Temperature temperature : Temperature.values()) {
                Tally tally = report.firstResponse().byTemperature().get(temperature);
                Double rate = tally.rate();
                bar(Messages.get("temperature." + temperature.code()), SWATCHES.get(temperature),
                        rate == null ? 0 : rate.floatValue(), SWATCHES.get(temperature),
                        Messages.format("reports.tally", tally.onTime(), tally.late(), tally.pending(), percent(rate)));
            }
            leads("reports.late", report.firstResponse().late(), total.late());
        }

        private void neverContacted() throws IOException {
            heading("reports.neverContacted");
            line(Messages.format("reports.neverContactedSummary", report.neverContactedCount(), report.openLeads(),
                    percent(report.neverContactedShare())), BODY + 0.5f, INK);
            leads(null, report.neverContacted(), report.neverContactedCount());
            y -= 4;
            line(Messages.format("reports.neglectedSummary", report.neglectedCount()), BODY + 0.5f, INK);
            leads(null, report.neglected(), report.neglectedCount());
        }

        private void leads(String titleKey, List<ReportLead> leads, int count) throws IOException {
            if (titleKey != null && !leads.isEmpty()) {
                line(Messages.get(titleKey), BODY, SECONDARY);
            }
            for (ReportLead lead : leads.subList(0, Math.min(LIST_ROWS, leads.size()))) {
                need(ROW);
                pen.fillBox(MARGIN + 4, y - 9, 7, 7, SWATCHES.get(lead.temperature()));
                pen.text(Messages.get("temperature." + lead.temperature().code()), fonts.regular, BODY, SECONDARY,
                        MARGIN + 14, y - 8);
                pen.lines(lead.name(), fonts.bold, BODY, INK, MARGIN + 60, y - 8, 200, 1);
                pen.text(Messages.format("reports.arrived", day.format(lead.created().atZone(zone))), fonts.regular,
                        BODY, SECONDARY, MARGIN + 270, y - 8);
                y -= ROW;
            }
            if (count > LIST_ROWS) {
                line(Messages.format("reports.more", count - LIST_ROWS), BODY, SECONDARY);
            }
        }

        private void whatWorks() throws IOException {
            heading("reports.whatWorks");
            float[] columns = {0, 90, 160, 215, 275, 345};
            String[] headers = {"reports.column.channel", "reports.column.temperature", "reports.column.attempt",
                "reports.column.touches", "reports.column.reached", "reports.column.replied"};
            row(columns, headers, true);
            List<ChannelEffect> effects = report.channelEffects();
            for (ChannelEffect effect : effects.subList(0, Math.min(EFFECT_ROWS, effects.size()))) {
                row(columns, new String[] {Messages.get("channel." + effect.channel().code()),
                    Messages.get("temperature." + effect.temperature().code()), attempt(effect.attempt()),
                    Integer.toString(effect.touches()), percent(effect.reachedRate()), percent(effect.repliedRate())},
                    false);
            }
            if (effects.size() > EFFECT_ROWS) {
                line(Messages.format("reports.moreRows", effects.size() - EFFECT_ROWS), BODY, SECONDARY);
            }
            y -= 4;
            caption("reports.conversionBySource");
            conversion(report.bySource(), false);
            caption("reports.conversionByTemperature");
            conversion(report.byArrivalTemperature(), true);
        }

        /** A table's caption, kept on one page with the table's header and first row. */
        private void caption(String key) throws IOException {
            need((ROW + 2) + 2 * ROW);
            line(Messages.get(key), BODY + 0.5f, INK);
        }

        private void conversion(List<Conversion> groups, boolean temperatures) throws IOException {
            float[] columns = {0, 150, 210, 270};
            row(columns, new String[] {temperatures ? "reports.column.temperature" : "reports.column.source",
                "reports.column.arrived", "reports.column.won", "reports.column.lost"}, true);
            for (Conversion group : groups.subList(0, Math.min(LIST_ROWS, groups.size()))) {
                String name = temperatures ? Messages.get("temperature." + group.group())
                        : group.group().isEmpty() ? Messages.get("reports.noSource") : group.group();
                row(columns, new String[] {name, Integer.toString(group.arrived()), Integer.toString(group.won()),
                    Integer.toString(group.lost())}, false);
            }
        }

        private void row(float[] columns, String[] cells, boolean header) throws IOException {
            if (header) {
                tableColumns = columns;
                tableHeader = cells;
            }
            // A header row is not left at a page's foot without a row under it; a table that goes on over a
            // page says again what its columns are.
            if (y - (header ? 2 * ROW : ROW) < MARGIN) {
                newPage();
                if (!header && tableHeader != null) {
                    cells(tableColumns, tableHeader, true);
                }
            }
            cells(columns, cells, header);
        }

        private void cells(float[] columns, String[] cells, boolean header) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                float right = i + 1 < columns.length ? columns[i + 1] - 6 : width();
                pen.lines(header ? Messages.get(cells[i]) : cells[i], header ? fonts.bold : fonts.regular,
                        header ? 7.5f : BODY, header ? SECONDARY : INK, MARGIN + columns[i], y - 8,
                        right - columns[i], 1);
            }
            y -= ROW;
        }

        private void movement() throws IOException {
            float chartHeight = 110;
            // The title, its sentence and the chart with its legend on one page: a title left at the foot of a
            // page with its chart on the next reads as a section with nothing in it.
            heading("reports.movement", (ROW + 2) + (chartHeight + 40));
            line(Messages.format("reports.movementSummary", report.movement().warmed(), report.movement().cooled()),
                    BODY + 0.5f, INK);
            List<Movement.WeekCounts> weeks = report.movement().weeks();
            need(chartHeight + 40);
            int most = 1;
            for (Movement.WeekCounts week : weeks) {
                most = Math.max(most, week.total());
            }
            float slot = Math.min(40, (width() - 40) / Math.max(1, weeks.size()));
            float base = y - chartHeight;
            for (int i = 0; i < weeks.size(); i++) {
                float x = MARGIN + 40 + i * slot;
                float top = base;
                for (Temperature temperature : Temperature.values()) {
                    float height = chartHeight * weeks.get(i).counts().get(temperature) / most;
                    pen.fillBox(x, top, slot * 0.7f, height, SWATCHES.get(temperature));
                    top += height;
                }
                if (weeks.size() <= 16 || i % 4 == 0) {
                    pen.text(weeks.get(i).weekStart().format(DateTimeFormatter.ofPattern("d/M")), fonts.regular, 6.5f,
                            SECONDARY, x, base - 9);
                }
            }
            pen.textRight(Integer.toString(most), fonts.regular, 7, SECONDARY, MARGIN + 34, y - 7);
            pen.textRight("0", fonts.regular, 7, SECONDARY, MARGIN + 34, base);
            y = base - 12;
            String[] words = new String[4];
            Color[] colors = new Color[4];
            for (Temperature temperature : Temperature.values()) {
                words[temperature.rank()] = Messages.get("temperature." + temperature.code());
                colors[temperature.rank()] = SWATCHES.get(temperature);
            }
            legend(words, colors, MARGIN + 40);
        }

        /** Each colour with its word beside it, on one line. */
        private void legend(String[] words, Color[] colors, float left) throws IOException {
            need(ROW);
            float x = left;
            for (int i = 0; i < words.length; i++) {
                pen.fillBox(x, y - 9, 7, 7, colors[i]);
                pen.text(words[i], fonts.regular, BODY, INK, x + 10, y - 8);
                x += 22 + pen.width(words[i], fonts.regular, BODY);
            }
            y -= ROW;
        }

        private static String attempt(int attempt) {
            return attempt == ChannelEffect.LAST_ATTEMPT ? "4+" : Integer.toString(attempt);
        }

        private static String percent(Double rate) {
            return rate == null ? "–" : Math.round(rate * 100) + " %";
        }
    }
}
