package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.LoggedTouch;
import app.ember.domain.Outcome;
import app.ember.domain.TextLimits;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code log LEAD_ID --channel call --outcome reached}: records a touch and moves the lead on. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Record a touch (a call, a postcard, an e-mail...) with a lead, set its last contact and "
                + "schedule its next follow-up from the temperature's cadence.")
final class LogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LEAD_ID", description = "The lead's id (see the list command).")
    private long leadId;

    @Option(names = "--channel", required = true,
            description = "call, voicemail, email, postcard, letter, text, meeting, visit or social.")
    private String channel;

    @Option(names = "--outcome", required = true, description = "reached, no_answer, left_message, sent, "
            + "replied, meeting_booked, quote_sent, ordered, not_interested or wrong_details.")
    private String outcome;

    @Option(names = "--direction", defaultValue = "out", description = "out (we reached out) or in (they came to us).")
    private String direction;

    @Option(names = "--note", defaultValue = "") private String note;

    @Option(names = "--minutes", description = "Minutes spent (default: the channel's estimate).")
    private Integer minutes;

    @Option(names = "--at", paramLabel = "ISO_DATE_TIME",
            description = "When it happened, e.g. 2026-11-22T10:30 (local time) or 2026-11-22T09:30:00Z (default: now).")
    private String at;

    @Option(names = "--next", paramLabel = "ISO_DATE_TIME",
            description = "When to follow up next, instead of the cadence's date.")
    private String next;

    @Override
    public Integer call() {
        Channel how = Options.code(channel, Channel::fromCode, "--channel");
        Outcome result = Options.code(outcome, Outcome::fromCode, "--outcome");
        Direction who = Options.code(direction, Direction::fromCode, "--direction");
        int spent = minutes == null ? how.defaultMinutes() : minutes;
        if (spent < 0 || spent > 24 * 60) {
            throw new BadInputException("--minutes must be between 0 and 1440, not " + spent);
        }
        Options.limit(note == null ? "" : note.strip(), TextLimits.TOUCH_NOTE, "--note");
        EmberCommand root = (EmberCommand) spec.root().userObject();
        try (Services services = Services.openToWrite(root.book(), Cli::warn)) {
            Instant when = at == null ? services.clock().instant() : instant(at, "--at", services);
            if (when.isAfter(services.clock().instant().plusSeconds(60))) {
                throw new BadInputException("--at " + at + " is in the future; a touch is logged once it happened");
            }
            Instant nextAt = next == null ? null : instant(next, "--next", services);
            if (services.leadBook().details(leadId).isEmpty()) {
                throw new BadInputException("lead " + leadId + " does not exist");
            }
            LoggedTouch logged = services.touchLog().logTouch(leadId, how, who, result, spent, note, when, nextAt);
            System.out.println("Logged touch " + logged.interactionId() + "; lead " + leadId + " is "
                    + logged.status().code() + ", next follow-up "
                    + (logged.nextFollowUp() == null ? "none" : logged.nextFollowUp().toString()));
            return 0;
        }
    }

    /** An ISO date-time with an offset, or a local one in the user's zone. */
    static Instant instant(String text, String option, Services services) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(services.clock().getZone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadInputException(option + " '" + text + "' is not a date and time; write it as "
                        + "2026-11-22T10:30 (local) or 2026-11-22T09:30:00Z");
            }
        }
    }
}
