package app.ember.ui.reports;

import app.ember.domain.Table;
import app.ember.domain.Temperature;
import app.ember.domain.report.Behind;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.Tally;
import app.ember.i18n.Messages;
import app.ember.io.ReportTables;
import app.ember.ui.common.TemperatureLook;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The report's five sections, built afresh for each report: a title, a sentence with the figures,
 * the charts and the tables, each table with its own "Save CSV". Clicks go to the view model.
 */
final class ReportSections {
    private final ReportsViewModel model;
    private final ReportCharts charts;
    private final ReportTableViews tables;
    private final Consumer<ReportLead> onOpen;
    private final BiConsumer<Table, String> onSaveCsv;

    ReportSections(ReportsViewModel model, ZoneId zone, Consumer<ReportLead> onOpen, BiConsumer<Table, String> onSaveCsv) {
        this.model = model;
        this.charts = new ReportCharts(model::showBehind);
        this.tables = new ReportTableViews(zone);
        this.onOpen = onOpen;
        this.onSaveCsv = onSaveCsv;
    }

    List<Node> build(Report report) {
        return List.of(activity(report), firstResponse(report), neverContacted(report), whatWorks(report),
                movement(report));
    }

    private VBox section(String id, String titleKey, String summary) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("report-section-title");
        Label text = new Label(summary);
        text.getStyleClass().add("report-summary");
        text.setWrapText(true);
        VBox section = new VBox(8, title, text);
        section.setId(id);
        section.getStyleClass().add("report-section");
        return section;
    }

    /** A table's own title line with its "Save CSV" button at the right. */
    private HBox tableHeader(Report report, String text, String tableName) {
        Label label = new Label(text);
        label.getStyleClass().add("report-table-title");
        label.setWrapText(true);
        label.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, label, gap, csvButton(report, tableName, null));
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node activity(Report report) {
        VBox section = section("report-activity", "reports.activity", Messages.format("reports.activitySummary",
                report.activity().touches(), report.activity().minutes(), report.budgetMinutes(),
                ReportWords.percent(report.budgetUsed()), report.previous().touches(), report.previous().minutes()));
        HBox pair = new HBox(12, charts.channels(report), charts.outcomes(report));
        pair.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox csvs = new HBox(8, gap, csvButton(report, "activity", "reports.activity"),
                csvButton(report, "outcomes", "reports.byOutcome"));
        section.getChildren().addAll(pair, csvs);
        return section;
    }

    private Node firstResponse(Report report) {
        Tally total = report.firstResponse().total();
        VBox section = section("report-first-response", "reports.firstResponse", Messages.format(
                "reports.firstResponseSummary", total.total(), total.onTime(), total.late(), total.pending(),
                ReportWords.percent(total.rate())));
        TableView<Temperature> byTemperature = tables.table("report-response-table", List.of(Temperature.values()),
                temperature -> model.showBehind(Behind.response(Behind.Kind.LATE, temperature),
                        TemperatureLook.word(temperature, false) + " · " + Messages.get("reports.late")));
        byTemperature.getColumns().add(tables.temperature(t -> t));
        byTemperature.getColumns().add(tables.column("reports.column.onTime",
                t -> count(report.firstResponse().byTemperature().get(t).onTime()), 72));
        byTemperature.getColumns().add(tables.column("reports.column.lateCount",
                t -> count(report.firstResponse().byTemperature().get(t).late()), 72));
        byTemperature.getColumns().add(tables.column("reports.column.pending",
                t -> count(report.firstResponse().byTemperature().get(t).pending()), 72));
        byTemperature.getColumns().add(tables.column("reports.column.rate",
                t -> ReportWords.percent(report.firstResponse().byTemperature().get(t).rate()), 72));
        var chart = charts.firstResponse(report);
        chart.setPrefWidth(300);
        chart.setMinWidth(240);
        HBox pair = new HBox(12, chart, byTemperature);
        HBox.setHgrow(byTemperature, Priority.ALWAYS);
        section.getChildren().addAll(pair, tableHeader(report, Messages.get("reports.late"), "late"),
                tables.leads("report-late-table", report.firstResponse().late(), "reports.column.firstTouch",
                        lead -> model.showLeads(List.of(lead), lead.name()), onOpen));
        return section;
    }

    private Node neverContacted(Report report) {
        VBox section = section("report-never-contacted", "reports.neverContacted", "");
        section.getChildren().set(1, tableHeader(report, Messages.format("reports.neverContactedSummary",
                report.neverContactedCount(), report.openLeads(), ReportWords.percent(report.neverContactedShare())),
                "never_contacted"));
        section.getChildren().addAll(leads("report-never-table", report.neverContacted()),
                more(report.neverContactedCount(), report.neverContacted().size()),
                tableHeader(report, Messages.format("reports.neglectedSummary", report.neglectedCount()), "neglected"),
                leadsWithDue(report.neglected()), more(report.neglectedCount(), report.neglected().size()));
        return section;
    }

    private Node whatWorks(Report report) {
        VBox section = section("report-what-works", "reports.whatWorks", "");
        section.getChildren().remove(1);
        TableView<ChannelEffect> effects = tables.table("report-effect-table", report.channelEffects(),
                row -> model.showBehind(Behind.effect(row), Messages.get("channel." + row.channel().code()) + " · "
                        + TemperatureLook.word(row.temperature(), false) + " · " + ReportWords.attempt(row.attempt())));
        effects.getColumns().add(tables.column("reports.column.channel",
                row -> Messages.get("channel." + row.channel().code()), 120));
        effects.getColumns().add(tables.temperature(ChannelEffect::temperature));
        effects.getColumns().add(tables.column("reports.column.attempt", row -> ReportWords.attempt(row.attempt()), 70));
        effects.getColumns().add(tables.column("reports.column.touches", row -> count(row.touches()), 70));
        effects.getColumns().add(tables.column("reports.column.reached", row -> ReportWords.percent(row.reachedRate()), 80));
        effects.getColumns().add(tables.column("reports.column.replied", row -> ReportWords.percent(row.repliedRate()), 120));
        section.getChildren().addAll(tableHeader(report, Messages.get("reports.effectTitle"), "channel_effect"), effects,
                tableHeader(report, Messages.get("reports.conversionBySource"), "conversion_source"),
                conversion("report-source-table", report.bySource(), false),
                tableHeader(report, Messages.get("reports.conversionByTemperature"), "conversion_temperature"),
                conversion("report-arrival-table", report.byArrivalTemperature(), true));
        return section;
    }

    private TableView<Conversion> conversion(String id, List<Conversion> groups, boolean temperatures) {
        TableView<Conversion> table = tables.table(id, groups, group -> model.showBehind(temperatures
                ? Behind.arrivedAs(Temperature.fromCode(group.group())) : Behind.source(group.group()), name(group, temperatures)));
        if (temperatures) {
            table.getColumns().add(tables.temperature(group -> Temperature.fromCode(group.group())));
        } else {
            table.getColumns().add(tables.column("reports.column.source", group -> name(group, false), 200));
        }
        table.getColumns().add(tables.column("reports.column.arrived", group -> count(group.arrived()), 80));
        table.getColumns().add(tables.column("reports.column.won", group -> count(group.won()) + " (" 
                + ReportWords.percent(group.wonRate()) + ")", 100));
        table.getColumns().add(tables.column("reports.column.lost", group -> count(group.lost()) + " ("
                + ReportWords.percent(group.lostRate()) + ")", 100));
        return table;
    }

    private static String name(Conversion group, boolean temperatures) {
        return temperatures ? TemperatureLook.word(Temperature.fromCode(group.group()), false)
                : group.group().isEmpty() ? Messages.get("reports.noSource") : group.group();
    }

    private Node movement(Report report) {
        VBox section = section("report-movement", "reports.movement", Messages.format("reports.movementSummary",
                report.movement().warmed(), report.movement().cooled()));
        Hyperlink warmed = new Hyperlink(Messages.format("reports.warmed", report.movement().warmed()));
        warmed.setId("report-warmed");
        warmed.setOnAction(event -> model.showBehind(Behind.warmed(), warmed.getText()));
        Hyperlink cooled = new Hyperlink(Messages.format("reports.cooled", report.movement().cooled()));
        cooled.setId("report-cooled");
        cooled.setOnAction(event -> model.showBehind(Behind.cooled(), cooled.getText()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox links = new HBox(8, warmed, cooled, gap, csvButton(report, "movement", null));
        links.setAlignment(Pos.CENTER_LEFT);
        section.getChildren().addAll(links, charts.movement(report));
        return section;
    }

    private TableView<ReportLead> leads(String id, List<ReportLead> leads) {
        return tables.leads(id, leads, null, lead -> model.showLeads(List.of(lead), lead.name()), onOpen);
    }

    private TableView<ReportLead> leadsWithDue(List<ReportLead> leads) {
        return tables.leads("report-neglected-table", leads, "reports.column.due",
                lead -> model.showLeads(List.of(lead), lead.name()), onOpen);
    }

    private Label summary(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("report-summary");
        label.setWrapText(true);
        return label;
    }

    private Node more(int count, int shown) {
        Label label = new Label(count > shown ? Messages.format("reports.more", count - shown) : "");
        label.getStyleClass().add("report-summary");
        label.setManaged(count > shown);
        label.setVisible(count > shown);
        return label;
    }

    /** "Save CSV…", or "Save By outcome as CSV…" where two tables share a line. */
    private Button csvButton(Report report, String tableName, String titleKey) {
        Button csv = new Button(titleKey == null ? Messages.get("reports.saveCsv")
                : Messages.format("reports.saveCsvOf", Messages.get(titleKey)), new FontIcon("mdi2f-file-delimited-outline"));
        csv.getStyleClass().add("flat");
        csv.setId("csv-" + tableName);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        csv.setOnAction(event -> onSaveCsv.accept(ReportTables.table(report, tableName), tableName));
        return csv;
    }

    private static String count(int value) {
        return String.format("%,d", value);
    }
}
