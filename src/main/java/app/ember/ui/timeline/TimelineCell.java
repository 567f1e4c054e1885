package app.ember.ui.timeline;

import app.ember.domain.Direction;
import app.ember.domain.Outcome;
import app.ember.domain.TimelineEntry;
import app.ember.i18n.Messages;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.TemperatureLook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One timeline entry: a day heading when it starts a new group, the channel's icon, what happened
 * in words (the outcome in its colour), who started it and the minutes, then the note. Notes and
 * temperature changes read differently from touches.
 */
final class TimelineCell extends ListCell<TimelineEntry> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d, h:mm a");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private final Clock clock;
    private final IntFunction<TimelineEntry> neighbour;
    private final Label group = new Label();
    private final FontIcon icon = new FontIcon();
    private final Label heading = new Label();
    private final Label outcome = new Label();
    private final Label body = new Label();
    private final VBox box;

    /** @param neighbour the entry at an index, or null when not loaded yet (used for the day headings) */
    TimelineCell(Clock clock, IntFunction<TimelineEntry> neighbour) {
        this.clock = clock;
        this.neighbour = neighbour;
        group.getStyleClass().add("timeline-group");
        icon.getStyleClass().add("entry-icon");
        heading.getStyleClass().add("entry-heading");
        outcome.getStyleClass().add("outcome-chip");
        body.getStyleClass().add("entry-body");
        body.setWrapText(true);
        // Heading, then the outcome on its own line: a wrapping line beside a badge would misjudge the row height.
        outcome.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox text = new VBox(3, heading, outcome, body);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, icon, text);
        row.getStyleClass().add("timeline-entry");
        box = new VBox(4, group, row);
        // Wrap to the list's width instead of widening it, and grow in height for a long note.
        setPrefWidth(0);
        box.maxWidthProperty().bind(widthProperty().subtract(24));
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("kind-interaction", "kind-note", "kind-temperature");
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        getStyleClass().add("kind-" + entry.kind().code());
        String groupName = groupOf(entry);
        TimelineEntry previous = getIndex() > 0 ? neighbour.apply(getIndex() - 1) : null;
        boolean startsGroup = previous == null || !groupOf(previous).equals(groupName);
        group.setText(groupName);
        group.setVisible(startsGroup);
        group.setManaged(startsGroup);
        // Under "Today" and "Yesterday" the time is enough; under a weekday or a month the day is needed too.
        boolean dayKnown = groupName.equals(Messages.get("timeline.today"))
                || groupName.equals(Messages.get("timeline.yesterday")) || groupName.equals(DAY.format(day(entry)));
        String time = (dayKnown ? TIME : DAY_TIME).format(entry.at().atZone(clock.getZone()));
        outcome.getStyleClass().removeIf(c -> c.startsWith("outcome-") && !c.equals("outcome-chip"));
        switch (entry.kind()) {
            case INTERACTION -> {
                icon.setIconLiteral(ChannelLook.iconCode(entry.channel()));
                // Most touches are ours: only a touch that came from them says so.
                heading.setText(Messages.format(entry.direction() == Direction.IN ? "timeline.touchIn" : "timeline.touch",
                        time, ChannelLook.word(entry.channel()), entry.minutes()));
                outcome.setText(ChannelLook.word(entry.outcome()));
                outcome.getStyleClass().add("outcome-" + tone(entry.outcome()));
                outcome.setVisible(true);
                outcome.setManaged(true);
            }
            case NOTE -> {
                icon.setIconLiteral("mdi2n-note-text-outline");
                heading.setText(Messages.format("timeline.note", time));
                outcome.setVisible(false);
                outcome.setManaged(false);
            }
            case TEMPERATURE -> {
                icon.setIconLiteral(TemperatureLook.iconCode(entry.to(), false));
                heading.setText(Messages.format("timeline.temperature", time, entry.from() == null
                        ? TemperatureLook.word(entry.to(), false)
                        : TemperatureLook.word(entry.from(), false) + " → " + TemperatureLook.word(entry.to(), false)));
                outcome.setVisible(false);
                outcome.setManaged(false);
            }
        }
        if (!entry.by().isEmpty()) {
            // In a shared book each entry says who made it.
            heading.setText(Messages.format("timeline.by", heading.getText(), entry.by()));
        }
        body.setText(entry.text());
        body.setVisible(!entry.text().isEmpty());
        body.setManaged(!entry.text().isEmpty());
        setGraphic(box);
    }

    /** Today, yesterday, this week, then by month: how people remember when something happened. */
    private LocalDate day(TimelineEntry entry) {
        return entry.at().atZone(clock.getZone()).toLocalDate();
    }

    private String groupOf(TimelineEntry entry) {
        LocalDate day = day(entry);
        LocalDate today = LocalDate.now(clock);
        if (day.equals(today)) {
            return Messages.get("timeline.today");
        }
        if (day.equals(today.minusDays(1))) {
            return Messages.get("timeline.yesterday");
        }
        boolean sameWeek = day.get(IsoFields.WEEK_BASED_YEAR) == today.get(IsoFields.WEEK_BASED_YEAR)
                && day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (sameWeek) {
            return DAY.format(day);
        }
        return MONTH.format(day);
    }

    /** good, neutral or bad: the outcome's colour, always with its word. */
    static String tone(Outcome outcome) {
        return switch (outcome) {
            case REACHED, REPLIED, MEETING_BOOKED, QUOTE_SENT, ORDERED -> "good";
            case NO_ANSWER, LEFT_MESSAGE, SENT -> "neutral";
            case NOT_INTERESTED, WRONG_DETAILS -> "bad";
        };
    }
}
