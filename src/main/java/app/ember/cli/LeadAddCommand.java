package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.Lead;
import app.ember.domain.LeadField;
import app.ember.domain.LeadStatus;
import app.ember.domain.LeadValidation;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Problem;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Stage;
import app.ember.domain.Temperature;
import app.ember.domain.TextLimits;
import app.ember.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lead add}: checks every field as the form does, then stores the lead, its tags, note and preferences. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a lead. Prints its id.")
final class LeadAddCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "Full name; the last word is the last name.")
    private String name;
    @Option(names = "--first-name", paramLabel = "NAME") private String firstName;
    @Option(names = "--last-name", paramLabel = "NAME") private String lastName;
    @Option(names = "--company") private String company = "";
    @Option(names = "--email") private String email = "";
    @Option(names = "--phone") private String phone = "";
    @Option(names = "--line1", description = "Street and number.") private String line1 = "";
    @Option(names = "--line2") private String line2 = "";
    @Option(names = "--city") private String city = "";
    @Option(names = "--region", description = "State, province or county.") private String region = "";
    @Option(names = "--postcode") private String postcode = "";
    @Option(names = "--country", description = "Two-letter country code (US, GB, CA, DE, FR, AU...).")
    private String country = "";
    @Option(names = "--do-not-mail", description = "The lead asked not to be sent post: mailings leave it out.")
    private boolean doNotMail;
    @Option(names = "--source") private String source = "";
    @Option(names = "--temperature", defaultValue = "warm", description = "hot, warm, cool or cold (default: ${DEFAULT-VALUE}).")
    private String temperature;
    @Option(names = "--same-day", description = "A hot lead to contact before the day ends.") private boolean sameDay;
    @Option(names = "--status", defaultValue = "open") private String status;
    @Option(names = "--stage", defaultValue = "unknown",
            description = "cold_list, heard_of, interested, budgeting, quote_requested.") private String stage;
    @Option(names = "--qualification", defaultValue = "untriaged") private String qualification;
    @Option(names = "--priority", description = "low, medium or high (for a qualified lead).") private String priority;
    @Option(names = "--referral", defaultValue = "none", description = "none, champion or fan.") private String referral;
    @Option(names = "--referred-by") private String referredBy = "";
    @Option(names = "--need-by", paramLabel = "DATE", description = "The event date, yyyy-mm-dd.") private String needBy = "";
    @Option(names = "--birthday", paramLabel = "DATE") private String birthday = "";
    @Option(names = "--anniversary", paramLabel = "DATE") private String anniversary = "";
    @Option(names = "--tag", description = "A tag (repeat for more).") private List<String> tags = new ArrayList<>();
    @Option(names = "--note", description = "A first note.") private String note;
    @Option(names = "--preference", paramLabel = "KEY=VALUE", description = "A preference (repeat for more).")
    private Map<String, String> preferences = Map.of();

    @Override
    public Integer call() {
        EmberCommand root = (EmberCommand) spec.root().userObject();
        String first = firstName;
        String last = lastName;
        if (name != null) {
            String clean = name.strip();
            int space = clean.lastIndexOf(' ');
            first = first != null ? first : space < 0 ? clean : clean.substring(0, space);
            last = last != null ? last : space < 0 ? "" : clean.substring(space + 1);
        }
        check(LeadValidation.name(first, last, company), "--name");
        LocalDate today = LocalDate.now(root.clock());
        check(LeadField.FIRST_NAME, first, today);
        check(LeadField.LAST_NAME, last, today);
        check(LeadField.COMPANY, company, today);
        check(LeadField.EMAIL, email, today);
        check(LeadField.PHONE, phone, today);
        check(LeadField.LINE1, line1, today);
        check(LeadField.LINE2, line2, today);
        check(LeadField.CITY, city, today);
        check(LeadField.REGION, region, today);
        check(LeadField.COUNTRY, country, today);
        check(LeadField.POSTCODE, postcode, today);
        check(LeadValidation.postcodeWithoutCountry(postcode, country), "--country");
        check(LeadField.REFERRED_BY, referredBy, today);
        check(LeadField.NEED_BY, needBy, today);
        check(LeadField.BIRTHDAY, birthday, today);
        check(LeadField.ANNIVERSARY, anniversary, today);
        Lead newLead = Lead.builder().firstName(first).lastName(last).company(company).email(email).phone(phone)
                .address(new PostalAddress(line1, line2, city, region, postcode, country))
                .doNotMail(doNotMail)
                .source(source)
                .temperature(Options.code(temperature, Temperature::fromCode, "--temperature"))
                .sameDay(sameDay)
                .status(Options.code(status, LeadStatus::fromCode, "--status"))
                .stage(Options.code(stage, Stage::fromCode, "--stage"))
                .qualification(Options.code(qualification, Qualification::fromCode, "--qualification"))
                .priority(priority == null ? null : Options.code(priority, Priority::fromCode, "--priority"))
                .referralKind(Options.code(referral, ReferralKind::fromCode, "--referral"))
                .referredBy(referredBy)
                .needBy(date(needBy, LeadField.NEED_BY))
                .birthday(date(birthday, LeadField.BIRTHDAY))
                .anniversary(date(anniversary, LeadField.ANNIVERSARY))
                .build();
        preferences.forEach((key, value) -> {
            if (key.isBlank()) {
                throw new BadInputException("--preference: the key is empty; write KEY=VALUE");
            }
            Options.limit(key.strip(), TextLimits.PREFERENCE_KEY, "--preference (its key)");
            Options.limit(value == null ? "" : value.strip(), TextLimits.PREFERENCE_VALUE, "--preference (its value)");
        });
        tags.forEach(tag -> Options.limit(tag.strip(), TextLimits.TAG, "--tag"));
        Options.limit(note == null ? "" : note.strip(), TextLimits.NOTE, "--note");
        try (Services services = Services.openToWrite(root.book(), Cli::warn, root.clock())) {
            long id = services.leadBook().createWithDetails(newLead, tags, note, preferences);
            System.out.println(id);
            return 0;
        }
    }

    private static LocalDate date(String text, LeadField field) {
        return LeadValidation.parseDate(text, field).value();
    }

    private void check(LeadField field, String text, LocalDate today) {
        check(LeadValidation.field(field, text == null ? "" : text, country, today), "--" + option(field));
    }

    private static void check(Optional<Problem> problem, String option) {
        problem.ifPresent(p -> {
            throw new BadInputException(option + ": " + Messages.format(p.messageKey(), p.arguments().toArray()));
        });
    }

    /** firstName -> first-name: the option's spelling of a field. */
    private static String option(LeadField field) {
        return field.code().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)
                .replace("line-1", "line1").replace("line-2", "line2");
    }
}
