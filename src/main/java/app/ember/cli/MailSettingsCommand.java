package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.AddressFormat;
import app.ember.domain.LeadField;
import app.ember.domain.LeadValidation;
import app.ember.domain.PostalAddress;
import app.ember.domain.Problem;
import app.ember.i18n.Messages;
import app.ember.domain.Sender;
import app.ember.store.MailSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mail-settings}: the return address printed on postcards and the printer's offset. Only the
 * values given change; with none the settings are printed.
 */
@Command(name = "mail-settings", mixinStandardHelpOptions = true,
        description = "Show or change the sender's name and return address (printed on postcards) and the "
                + "printer offset in millimetres (found with the alignment page). Only the values given change.")
final class MailSettingsCommand implements Callable<Integer> {
    /** A name line longer than this does not fit on any label. */
    static final int MAX_NAME_LENGTH = 100;

    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--sender-name", paramLabel = "NAME", description = "Your name or your shop's.")
    private String name;
    @Option(names = "--line1", description = "Street and number.") private String line1;
    @Option(names = "--line2") private String line2;
    @Option(names = "--city") private String city;
    @Option(names = "--region", description = "State, province or county.") private String region;
    @Option(names = "--postcode") private String postcode;
    @Option(names = "--country", description = "Two-letter country code; addresses in it print no country line.")
    private String country;
    @Option(names = "--clear-sender", description = "Forget the sender: postcards print no return address.")
    private boolean clearSender;
    @Option(names = "--offset-x", paramLabel = "MM", description = "Move everything this far right (negative: left).")
    private Double offsetX;
    @Option(names = "--offset-y", paramLabel = "MM", description = "Move everything this far down (negative: up).")
    private Double offsetY;

    @Override
    public Integer call() {
        checkOffset(offsetX, "x");
        checkOffset(offsetY, "y");
        try (Services services = Services.open(parent.book())) {
            MailSettings stored = services.mailSettings().current();
            MailSettings changed = changed(stored);
            PrintWriter out = Terminal.out();
            if (!changed.equals(stored)) {
                services.dailyBackup().failure().ifPresent(Cli::warn);
                services.mailSettings().save(changed);
                out.println(Messages.get("cli.mail.settings.saved"));
            }
            print(out, services.mailSettings().current());
            out.flush();
            return Cli.OK;
        }
    }

    private MailSettings changed(MailSettings stored) {
        Sender sender = clearSender ? Sender.NONE : stored.sender();
        PostalAddress was = sender.address();
        PostalAddress address = new PostalAddress(or(line1, was.line1()), or(line2, was.line2()), or(city, was.city()),
                or(region, was.region()), or(postcode, was.postcode()), or(country, was.countryCode()));
        check(address);
        String newName = or(name, sender.name());
        if (newName.strip().length() > MAX_NAME_LENGTH) {
            throw new BadInputException(Messages.format("cli.mail.settings.nameTooLong", MAX_NAME_LENGTH));
        }
        return new MailSettings(new Sender(newName, address), offsetX == null ? stored.offsetX() : offsetX,
                offsetY == null ? stored.offsetY() : offsetY);
    }

    /** The same checks as a lead's address on the form, each naming its option. */
    private static void check(PostalAddress address) {
        LocalDate today = LocalDate.now();
        String country = address.countryCode();
        check(LeadValidation.field(LeadField.LINE1, address.line1(), country, today), "--line1");
        check(LeadValidation.field(LeadField.LINE2, address.line2(), country, today), "--line2");
        check(LeadValidation.field(LeadField.CITY, address.city(), country, today), "--city");
        check(LeadValidation.field(LeadField.REGION, address.region(), country, today), "--region");
        check(LeadValidation.country(country), "--country");
        check(LeadValidation.postcode(address.postcode(), country), "--postcode");
        check(LeadValidation.postcodeWithoutCountry(address.postcode(), country), "--country");
    }

    private static void check(Optional<Problem> problem, String option) {
        problem.ifPresent(p -> {
            throw new BadInputException(option + ": " + Messages.format(p.messageKey(), p.arguments().toArray()));
        });
    }

    private static void checkOffset(Double value, String axis) {
        if (value != null && (!Double.isFinite(value) || Math.abs(value) > MailSettings.MAX_OFFSET_MM)) {
            throw new BadInputException(Messages.format("cli.mail.settings.badOffset", axis, String.valueOf(value),
                    MailSettings.MAX_OFFSET_MM));
        }
    }

    private static String or(String given, String kept) {
        return given == null ? kept : given;
    }

    private static void print(PrintWriter out, MailSettings settings) {
        Sender sender = settings.sender();
        if (sender.name().isEmpty() && sender.address().isEmpty()) {
            out.println(Messages.get("cli.mail.settings.noSender"));
        } else {
            out.println(Messages.format("cli.mail.settings.sender",
                    sender.name().isEmpty() ? Messages.get("detail.missing") : sender.name()));
            AddressFormat.lines(sender.address(), null).forEach(line -> out.println("  " + line));
        }
        out.println(Messages.format("cli.mail.settings.offset", settings.offsetX(), settings.offsetY()));
    }
}
