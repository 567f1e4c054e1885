package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.ui.main.MainScreen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Reports tab: F5 shows this week's figures; choosing last week counts it; a click on a bar lists
 * the leads behind it, and a double click opens one in the Leads tab.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsUiTest {
    private WindowFixture window;
    private final List<Long> leads = new ArrayList<>();
    private ReportPeriod lastWeek;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            lastWeek = services.reportBook().period(PeriodChoice.LAST_WEEK);
            Instant then = lastWeek.from().plusDays(2).atTime(LocalTime.NOON).atZone(services.clock().getZone())
                    .toInstant();
            Instant now = Instant.now().minusSeconds(1);
            for (int i = 0; i < 3; i++) {
                leads.add(services.leadBook().create(Lead.builder().firstName("Reported").lastName("Lead " + i)
                        .temperature(Temperature.WARM).created(then.minus(Duration.ofDays(30))).build()));
            }
            // This week: one call. Last week: two e-mails (leads 1 and 2) and a call (lead 0).
            services.touchLog().logTouch(leads.get(0), Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "", now, null);
            services.touchLog().logTouch(leads.get(1), Channel.EMAIL, Direction.OUT, Outcome.NO_ANSWER, 5, "", then, null);
            services.touchLog().logTouch(leads.get(2), Channel.EMAIL, Direction.OUT, Outcome.REPLIED, 5, "",
                    then.plusSeconds(60), null);
            services.touchLog().logTouch(leads.get(0), Channel.CALL, Direction.OUT, Outcome.NO_ANSWER, 10, "",
                    then.plusSeconds(120), null);
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ReportLead> behind(FxRobot robot) {
        return robot.lookup("#report-behind").queryAs(ListView.class);
    }

    /** The colour a region is filled with, as the stylesheet resolved it (no pixels read). */
    private static Color fill(Node node) {
        javafx.scene.paint.Paint paint = ((Region) node).getBackground().getFills().get(0).getFill();
        // A lying bar is drawn as a slight gradient of its bar fill: its first stop stands for it.
        return paint instanceof javafx.scene.paint.LinearGradient gradient ? gradient.getStops().get(0).getColor()
                : (Color) paint;
    }

    /** WCAG's contrast ratio of two colours (1 to 21). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void theBarsOfThisPeriodAndTheOneBeforeFollowTheThemeAndStandOutOfTheBackground(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 3);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#bar-channel-call").tryQuery().map(WindowFixture::shown).orElse(false));
        Node now = robot.lookup("#bar-channel-call").query();
        Node before = robot.lookup(".report-bar-before").query();
        Node surface = robot.lookup(".reports").query();
        assertTrue(now.getStyleClass().contains("report-bar-now"), now.getStyleClass().toString());
        javafx.scene.control.Labeled title = robot.lookup(".report-section-title").queryLabeled();
        Color[] light = {fill(now), fill(before), fill(surface), (Color) title.getTextFill()};
        robot.interact(() -> {
            app.ember.ui.common.Theme.apply(now.getScene(), true);
            now.getScene().getRoot().applyCss();
        });
        Color[] dark = {fill(now), fill(before), fill(surface), (Color) title.getTextFill()};
        robot.interact(() -> app.ember.ui.common.Theme.apply(now.getScene(), false));
        assertTrue(!light[2].equals(dark[2]), "the theme changed the background: " + light[2] + " " + dark[2]);
        assertTrue(!light[0].equals(dark[0]), "this period's bar follows the theme: " + light[0] + " " + dark[0]);
        for (Color[] theme : List.of(light, dark)) {
            // 3:1, the least contrast WCAG asks of a graphic against what is next to it.
            assertTrue(contrast(theme[0], theme[2]) >= 3, "this period's bar on the background: " + theme[0]);
            assertTrue(contrast(theme[1], theme[2]) >= 1.5, "the period before's bar is seen: " + theme[1]);
            assertTrue(!theme[0].equals(theme[1]), "the two periods differ");
            // Not the ink of the text: in dark mode that is near-white, and a white bar glared beside the
            // temperatures' bars.
            assertTrue(!theme[0].equals(theme[3]), "this period's bar is not in the text's ink: " + theme[0]);
        }
    }

    @Test
    void f5ShowsTheWeekAnotherPeriodIsCountedAndABarListsTheLeadsBehindIt(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 3);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F5);
        waitUntil(() -> WindowFixture.shown(robot, "#report-sections")
                && window.model.reports().reportProperty().get() != null);
        assertEquals(MainScreen.REPORTS, window.model.screenProperty().get());
        assertEquals(1, window.model.reports().reportProperty().get().activity().touches());
        assertTrue(robot.lookup("#bar-channel-call").tryQuery().isPresent(), "this week's call has its bar");

        @SuppressWarnings("unchecked")
        ComboBox<PeriodChoice> period = robot.lookup("#report-period").queryAs(ComboBox.class);
        robot.clickOn(period);
        robot.clickOn("Last week");
        waitUntil(() -> lastWeek.equals(window.model.reports().periodProperty().get())
                && window.model.reports().reportProperty().get() != null
                && window.model.reports().reportProperty().get().period().equals(lastWeek));
        assertEquals(3, window.model.reports().reportProperty().get().activity().touches());
        assertEquals(2, window.model.reports().reportProperty().get().activity().byChannel().get(Channel.EMAIL));

        waitUntil(() -> robot.lookup("#bar-channel-email").tryQuery().map(WindowFixture::shown).orElse(false));
        Node emails = robot.lookup("#bar-channel-email").query();
        robot.clickOn(emails);
        waitUntil(() -> behind(robot).getItems().size() == 2);
        assertEquals(List.of(leads.get(1), leads.get(2)), behind(robot).getItems().stream().map(ReportLead::id).toList());
        assertTrue(robot.lookup("#report-behind-title").queryLabeled().getText().contains("E-mail"));

        robot.doubleClickOn("Reported Lead 2");
        waitUntil(() -> Long.valueOf(leads.get(2)).equals(window.model.detail().shownId()));
        assertEquals(MainScreen.LEADS, window.model.screenProperty().get());
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertEquals("tab-leads", tabs.getSelectionModel().getSelectedItem().getId());
    }
}
