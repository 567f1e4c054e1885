package app.ember.ui.reports;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.Behind;
import app.ember.domain.report.Movement;
import app.ember.domain.report.Report;
import app.ember.domain.report.Tally;
import app.ember.i18n.Messages;
import app.ember.ui.common.TemperatureLook;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The report's charts. Colours come from the stylesheet by style class (a temperature's bar is
 * {@code report-bar-hot}, and so on), and every colour has its word beside it: on the axis, or in
 * the legend. A click on a bar hands what it counts to {@code onBar}.
 */
final class ReportCharts {
    private static final double HEIGHT = 240;
    private final BiConsumer<Behind, String> onBar;

    ReportCharts(BiConsumer<Behind, String> onBar) {
        this.onBar = onBar;
    }

    /**
     * Touches by channel, this period beside the one before (only channels used in either). The bars
     * lie down, each channel's word beside its bars: standing up, seven words under a chart half the
     * width of a 1024-pixel window were turned on their side.
     */
    BarChart<Number, String> channels(Report report) {
        BarChart<Number, String> chart = lying("report-channel-chart");
        XYChart.Series<Number, String> now = series(Messages.get("reports.thisPeriod"));
        XYChart.Series<Number, String> before = series(Messages.get("reports.before"));
        List<Channel> used = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (report.activity().byChannel().get(channel) > 0 || report.previous().byChannel().get(channel) > 0) {
                used.add(channel);
            }
        }
        // A category axis standing up puts its first category at the bottom: the first channel goes in last.
        Collections.reverse(used);
        for (Channel channel : used) {
            String word = Messages.get("channel." + channel.code());
            XYChart.Data<Number, String> bar = new XYChart.Data<>(report.activity().byChannel().get(channel), word);
            now.getData().add(bar);
            styled(bar, "report-bar-now");
            XYChart.Data<Number, String> earlier = new XYChart.Data<>(report.previous().byChannel().get(channel), word);
            before.getData().add(earlier);
            styled(earlier, "report-bar-before");
            clickable(bar, "bar-channel-" + channel.code(), word + ": " + bar.getXValue(), Behind.channel(channel), word);
        }
        chart.getData().add(now);
        chart.getData().add(before);
        counts((NumberAxis) chart.getXAxis(), report.activity().byChannel().values().stream().mapToInt(i -> i).max()
                .orElse(0), report.previous().byChannel().values().stream().mapToInt(i -> i).max().orElse(0));
        tall(chart, used.size(), 2);
        return chart;
    }

    /** Touches by outcome in the period, lying down like the channels beside it. */
    BarChart<Number, String> outcomes(Report report) {
        BarChart<Number, String> chart = lying("report-outcome-chart");
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = series(Messages.get("reports.byOutcome"));
        chart.getData().add(series);
        List<Outcome> used = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (report.activity().byOutcome().get(outcome) > 0) {
                used.add(outcome);
            }
        }
        Collections.reverse(used);
        for (Outcome outcome : used) {
            int count = report.activity().byOutcome().get(outcome);
            String word = Messages.get("outcome." + outcome.code());
            XYChart.Data<Number, String> bar = new XYChart.Data<>(count, word);
            series.getData().add(bar);
            styled(bar, "report-bar-now");
            clickable(bar, "bar-outcome-" + outcome.code(), word + ": " + count, Behind.outcome(outcome), word);
        }
        counts((NumberAxis) chart.getXAxis(), report.activity().byOutcome().values().stream().mapToInt(i -> i).max()
                .orElse(0), 0);
        // As tall as the channels beside it when it has fewer rows, so the pair lines up.
        tall(chart, Math.max(used.size(), 1), 1);
        return chart;
    }

    /** A chart of lying bars, as tall as its rows need (and no less than the standing charts' height). */
    private static void tall(BarChart<Number, String> chart, int categories, int barsEach) {
        double height = Math.max(HEIGHT, 70 + categories * (10 + 16 * barsEach));
        chart.setPrefHeight(height);
        chart.setMinHeight(height);
        // Few rows in a tall chart: wider gaps, so a bar stays about as thick as in a full one.
        chart.setCategoryGap(Math.max(8, (height - 70) / categories - 18 * barsEach));
    }

    private BarChart<Number, String> lying(String styleClass) {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setBarGap(2);
        chart.setCategoryGap(8);
        chart.getStyleClass().addAll("report-chart", "report-chart-lying", styleClass);
        chart.setAnimated(false);
        chart.setLegendSide(javafx.geometry.Side.TOP);
        ((NumberAxis) chart.getXAxis()).setMinorTickVisible(false);
        return chart;
    }

    /** The share answered on time per temperature, each bar in its temperature's colour over its word. */
    BarChart<String, Number> firstResponse(Report report) {
        BarChart<String, Number> chart = chart("report-response-chart");
        chart.setLegendVisible(false);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(100);
        axis.setTickUnit(25);
        axis.setLabel(Messages.get("reports.onTimeRate") + " (%)");
        XYChart.Series<String, Number> series = series(Messages.get("reports.onTimeRate"));
        chart.getData().add(series);
        for (Temperature temperature : Temperature.values()) {
            Tally tally = report.firstResponse().byTemperature().get(temperature);
            Double rate = tally.rate();
            String word = TemperatureLook.word(temperature, false);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(word, rate == null ? 0 : Math.round(rate * 100));
            series.getData().add(bar);
            styled(bar, "report-bar-" + temperature.code());
            clickable(bar, "bar-response-" + temperature.code(), word + ": " + Messages.format("reports.tally",
                    tally.onTime(), tally.late(), tally.pending(), ReportWords.percent(rate)),
                    Behind.response(Behind.Kind.LATE, temperature), word + " · " + Messages.get("reports.late"));
        }
        return chart;
    }

    /** Leads of each temperature at the end of each week, stacked hot at the bottom, the words in the legend. */
    StackedBarChart<String, Number> movement(Report report) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        dress(chart, "report-movement-chart");
        DateTimeFormatter week = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT));
        for (Temperature temperature : Temperature.values()) {
            XYChart.Series<String, Number> series = series(TemperatureLook.word(temperature, false));
            for (Movement.WeekCounts counts : report.movement().weeks()) {
                series.getData().add(new XYChart.Data<>(week.format(counts.weekStart()), counts.counts().get(temperature)));
            }
            chart.getData().add(series);
        }
        counts(chart, report.movement().weeks().stream().mapToInt(Movement.WeekCounts::total).max().orElse(0), 0);
        return chart;
    }

    /** A count axis in whole numbers: touches are never a quarter. */
    private static void counts(XYChart<String, Number> chart, int most, int other) {
        counts((NumberAxis) chart.getYAxis(), most, other);
    }

    private static void counts(NumberAxis axis, int most, int other) {
        int top = Math.max(1, Math.max(most, other));
        int step = Math.max(1, (int) Math.ceil(top / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(step * Math.ceil((double) top / step));
        axis.setTickUnit(step);
    }

    private BarChart<String, Number> chart(String styleClass) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setBarGap(2);
        chart.setCategoryGap(14);
        dress(chart, styleClass);
        return chart;
    }

    private static void dress(XYChart<String, Number> chart, String styleClass) {
        chart.getStyleClass().addAll("report-chart", styleClass);
        chart.setAnimated(false);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        chart.setLegendSide(javafx.geometry.Side.TOP);
        ((NumberAxis) chart.getYAxis()).setMinorTickVisible(false);
    }

    private static <X, Y> XYChart.Series<X, Y> series(String name) {
        XYChart.Series<X, Y> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /**
     * Adds a style class to a bar, now or once the chart has made its node, and keeps it there: the chart
     * sets the bar's classes afresh ({@code setAll}) right after it made the node, which took it away.
     */
    private static void styled(XYChart.Data<?, ?> bar, String styleClass) {
        whenShown(bar, node -> {
            node.getStyleClass().add(styleClass);
            node.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) change -> {
                if (!node.getStyleClass().contains(styleClass)) {
                    node.getStyleClass().add(styleClass);
                }
            });
        });
    }

    private void clickable(XYChart.Data<?, ?> bar, String id, String tip, Behind behind, String title) {
        whenShown(bar, node -> {
            node.setId(id);
            node.setCursor(Cursor.HAND);
            Tooltip.install(node, new Tooltip(tip));
            node.setOnMouseClicked(event -> onBar.accept(behind, title));
        });
    }

    private static void whenShown(XYChart.Data<?, ?> bar, java.util.function.Consumer<Node> dress) {
        if (bar.getNode() != null) {
            dress.accept(bar.getNode());
        } else {
            bar.nodeProperty().addListener((o, was, now) -> {
                if (now != null) {
                    dress.accept(now);
                }
            });
        }
    }
}
