package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one row of a leads sheet leniently, so an import loses nothing: the row is refused only when it
 * cannot be a lead at all (no person's name, company, e-mail or phone). A doubtful value (an e-mail without
 * its dot, a country Ember does not know, an unreadable date) is taken out of the lead and kept whole in an
 * "Imported:" note, and the lead is tagged {@value #NEEDS_A_LOOK}; a value Ember has no field for is kept as a
 * preference ({@code Spouse=Richard}); further e-mails, phones and addresses are the lead's, labelled; a value that means
 * nothing to Ember (Outlook's Priority "Normal") is left out, and the report says so.
 */
final class LeadRowReader {
    /** The tag of a lead with a doubtful value: the list filters on it. */
    static final String NEEDS_A_LOOK = "needs a look";

    private final LocalDate today;
    private final ZoneId zone;
    private final Instant now;
    private final String defaultCountry;
    private final Function<Problem, String> describe;

    LeadRowReader(Instant now, ZoneId zone, String defaultCountry, Function<Problem, String> describe) {
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
        this.defaultCountry = Text.clean(defaultCountry).toUpperCase(Locale.ROOT);
        this.describe = describe;
    }

    /** A row read: the lead (null when refused) and what comes with it. */
    record Read(Lead lead, List<Preference> preferences, List<String> tags, List<Note> notes,
                Set<ImportField> present, Contacts contacts) {
    }

    Read read(ImportCells cells, Instant created) {
        ColumnMapping mapping = cells.mapping;
        PersonName person = name(cells);
        String title = cells.get(ImportField.TITLE).isEmpty() ? person.title() : cells.get(ImportField.TITLE);
        String first = person.first();
        String last = person.last();
        String company = cells.get(ImportField.COMPANY);
        List<Labelled<String>> emails = RowContacts.labelled(cells, ImportField.EMAIL, ImportField.EMAIL_LABEL);
        List<Labelled<String>> phones = RowContacts.labelled(cells, ImportField.PHONE, ImportField.PHONE_LABEL);
        String email = emails.isEmpty() ? "" : emails.get(0).value();
        String phone = phones.isEmpty() ? "" : phones.get(0).value();
        if (first.isEmpty() && last.isEmpty() && company.isEmpty()) {
            if (email.isEmpty() && phone.isEmpty()) {
                cells.refuse(mapping.has(ImportField.FIRST_NAME) || !mapping.has(ImportField.FULL_NAME)
                        ? ImportField.FIRST_NAME : ImportField.FULL_NAME, Problem.of(LeadField.FIRST_NAME,
                        "import.notALead"));
                return new Read(null, List.of(), List.of(), List.of(), Set.of(), Contacts.NONE);
            }
            // Someone is behind an e-mail or a number: the lead comes in under it, to be named by the user.
            last = email.isEmpty() ? phone : email.substring(0, Math.max(email.indexOf('@'), 1));
            cells.problem(ImportField.FIRST_NAME, Problem.of(LeadField.FIRST_NAME, "import.nameFromContact", last));
        }
        List<Labelled<PostalAddress>> addresses = new ArrayList<>();
        PostalAddress address = address(cells, addresses);
        String phoneCountry = address.countryCode().isEmpty() ? defaultCountry : address.countryCode();
        phone = PhoneNumbers.repaired(phone, phoneCountry);
        Lead.Builder builder = Lead.builder()
                .title(title).firstName(first).lastName(last).company(company).email(email).phone(phone).address(address)
                .doNotMail(cells.read(ImportField.DO_NOT_MAIL, ImportValues::yesNo, false, "yes or no", "yes, no"))
                .temperature(cells.read(ImportField.TEMPERATURE, ImportValues::temperature, Temperature.COOL,
                        "temperature", "hot, warm, cool, cold (or very hot, lukewarm, A-D, high/medium/low)"))
                .sameDay(cells.read(ImportField.SAME_DAY, ImportValues::yesNo, false, "yes or no", "yes, no"))
                .status(cells.code(ImportField.STATUS, LeadStatus.class, LeadStatus.OPEN))
                .stage(cells.code(ImportField.STAGE, Stage.class, Stage.UNKNOWN))
                .qualification(cells.code(ImportField.QUALIFICATION, Qualification.class, Qualification.UNTRIAGED))
                .priority(cells.code(ImportField.PRIORITY, Priority.class, null))
                .productContext(cells.code(ImportField.PRODUCT_CONTEXT, ProductContext.class, ProductContext.UNKNOWN))
                .firmSize(cells.code(ImportField.FIRM_SIZE, FirmSize.class, FirmSize.UNKNOWN))
                .origin(cells.code(ImportField.ORIGIN, Origin.class, Origin.UNKNOWN))
                .referralKind(cells.code(ImportField.REFERRAL_KIND, ReferralKind.class, ReferralKind.NONE))
                .referredBy(cells.get(ImportField.REFERRED_BY))
                .source(cells.get(ImportField.SOURCE))
                .needBy(cells.date(ImportField.NEED_BY))
                .needByYearly(cells.read(ImportField.NEED_BY_YEARLY, ImportValues::yesNo, false, "yes or no", "yes, no"))
                .created(created)
                .updated(now)
                .nextFollowUp(cells.instant(ImportField.NEXT_FOLLOW_UP, zone));
        List<Preference> preferences = LeadImport.preferences(cells);
        builder.birthday(personalDate(cells, ImportField.BIRTHDAY, cells.get(ImportField.BIRTHDAY), preferences));
        builder.anniversary(personalDate(cells, ImportField.ANNIVERSARY, GoogleEvents.anniversary(cells), preferences));
        Lead lead = checked(cells, builder);
        Contacts contacts = new Contacts(emails.isEmpty() ? null : emails.get(0).label(),
                phones.isEmpty() ? null : phones.get(0).label(), RowContacts.addressLabel(cells, cells.chosenAddress()),
                RowContacts.others(cells, ImportField.EMAIL, emails, LeadValidation::email, text -> text),
                RowContacts.others(cells, ImportField.PHONE, phones, LeadValidation::phone,
                        text -> PhoneNumbers.repaired(text, phoneCountry)),
                addresses);
        unplaced(cells, preferences);
        List<String> tags = new ArrayList<>(LeadImport.tags(cells.get(ImportField.TAGS)));
        tags.forEach(tag -> cells.limit(ImportField.TAGS, tag, TextLimits.TAG));
        List<Note> notes = new ArrayList<>();
        String noteText = cells.get(ImportField.NOTES);
        cells.limit(ImportField.NOTES, noteText, TextLimits.NOTE);
        if (!noteText.isEmpty()) {
            notes.add(new Note(0, 0, created, noteText));
        }
        String imported = importedNote(cells);
        if (!imported.isEmpty()) {
            notes.add(new Note(0, 0, created, imported));
        }
        if (cells.problems.stream().anyMatch(p -> p.severity() == RowProblem.Severity.LOOK)
                && !tags.contains(NEEDS_A_LOOK)) {
            tags.add(NEEDS_A_LOOK);
        }
        Set<ImportField> present = new HashSet<>();
        for (ImportField field : ImportField.values()) {
            if (!cells.get(field).isEmpty()) {
                present.add(field);
            }
        }
        if (!lead.firstName().isEmpty() || !lead.lastName().isEmpty()) {
            present.add(ImportField.FIRST_NAME);
            present.add(ImportField.LAST_NAME);
        }
        if (!lead.title().isEmpty()) {
            present.add(ImportField.TITLE);
        }
        if (!imported.isEmpty()) {
            present.add(ImportField.NOTES);
        }
        return new Read(lead, preferences, tags, notes, present, contacts);
    }

    /** First and last name: from their columns (a title taken off the first), else from one name column. */
    private static PersonName name(ImportCells cells) {
        String first = cells.get(ImportField.FIRST_NAME);
        String last = cells.get(ImportField.LAST_NAME);
        if (first.isEmpty() && last.isEmpty()) {
            return PersonName.parse(cells.get(ImportField.FULL_NAME));
        }
        return PersonName.firstWithTitle(first, last);
    }

    /**
     * The row's first whole address (a street and a town or postcode) is the primary, else its fullest
     * (Outlook's complete Home address rather than a Business one with only a town); the others follow it in
     * {@code others}, in order; a country as people write it; the default
     * country when none is written; an address written in one cell split into its parts.
     */
    private PostalAddress address(ImportCells cells, List<Labelled<PostalAddress>> others) {
        int count = cells.addressCount();
        int best = 0;
        int bestParts = -1;
        for (int k = 0; k < count; k++) {
            int parts = 0;
            for (ImportField part : ImportCells.ADDRESS) {
                parts += cells.addressAt(part, k).isEmpty() ? 0 : part == ImportField.LINE1 ? 2 : 1;
            }
            boolean whole = !cells.addressAt(ImportField.LINE1, k).isEmpty()
                    && !(cells.addressAt(ImportField.CITY, k) + cells.addressAt(ImportField.POSTCODE, k)).isEmpty();
            if (whole) {
                best = k;
                break;
            }
            if (parts > bestParts) {
                best = k;
                bestParts = parts;
            }
        }
        for (int k = 0; k < count; k++) {
            if (k != best) {
                cells.useAddress(k);
                PostalAddress other = addressHere(cells);
                var problem = LeadValidation.postcode(other.postcode(), other.countryCode());
                if (problem.isPresent()) {
                    cells.doubt(ImportField.POSTCODE, other.postcode(), problem.get());
                    other = new PostalAddress(other.line1(), other.line2(), other.city(), other.region(), "",
                            other.countryCode());
                }
                if (!other.isEmpty()) {
                    others.add(new Labelled<>(RowContacts.addressLabel(cells, k), other));
                }
            }
        }
        cells.useAddress(best);
        return addressHere(cells);
    }

    /** The address the cells are on ({@link ImportCells#useAddress}), read as {@link #address} says. */
    private PostalAddress addressHere(ImportCells cells) {
        String countryText = cells.address(ImportField.COUNTRY);
        String country = "";
        if (!countryText.isEmpty()) {
            country = ImportValues.country(countryText).orElse("");
            if (country.isEmpty()) {
                cells.doubt(ImportField.COUNTRY, countryText, Problem.of(LeadField.COUNTRY, "problem.country",
                        countryText));
            }
        }
        PostalAddress address = new PostalAddress(cells.address(ImportField.LINE1), cells.address(ImportField.LINE2),
                cells.address(ImportField.CITY), cells.address(ImportField.REGION),
                cells.address(ImportField.POSTCODE), country);
        if (country.isEmpty() && countryText.isEmpty() && !defaultCountry.isEmpty() && !address.equals(PostalAddress.EMPTY)) {
            address = new PostalAddress(address.line1(), address.line2(), address.city(), address.region(),
                    address.postcode(), defaultCountry);
        }
        // A street, or a second line with no street (Gmail's vCards, a Google CSV's "Extended Address"), with no
        // town or postcode beside it is a whole address in one cell, or half of one: split, else kept as it is
        // and marked, since it cannot be mailed so (even when the sheet has town columns, left empty).
        boolean inLine2 = address.line1().isEmpty() && !address.line2().isEmpty();
        String whole = inLine2 ? address.line2() : address.line1();
        if (!whole.isEmpty() && address.city().isEmpty() && address.postcode().isEmpty()) {
            var split = AddressSplit.split(whole, address.countryCode());
            if (split.isPresent()) {
                address = split.get();
            } else {
                ImportField column = inLine2 ? ImportField.LINE2 : ImportField.LINE1;
                cells.problem(column, Problem.of(LeadField.valueOf(column.name()), "import.wholeAddress", whole));
            }
        }
        return address;
    }

    /** A date that may come without its year: kept as month and day ({@link YearlessDates}). */
    private LocalDate personalDate(ImportCells cells, ImportField field, String text,
                                          List<Preference> preferences) {
        var monthDay = ImportValues.monthDay(text);
        if (monthDay.isPresent()) {
            return YearlessDates.of(monthDay.get());
        }
        ImportValues.DateValue date = ImportValues.date(text, today);
        if (!date.ok()) {
            cells.doubt(field, text, new Problem(field.code(), "import.date", List.of(text)));
        }
        return date.value();
    }

    /**
     * The lead, with every value the lead form would refuse taken out and kept aside (and the lead marked):
     * the rest of the row is good, and the user fixes the doubtful value on the lead later.
     */
    private Lead checked(ImportCells cells, Lead.Builder builder) {
        Lead lead = builder.build();
        for (int round = 0; round < 3; round++) {
            List<Problem> problems = LeadValidation.validate(lead, today);
            if (problems.isEmpty()) {
                return lead;
            }
            Lead.Builder fixed = lead.toBuilder();
            PostalAddress a = lead.address();
            for (Problem problem : problems) {
                LeadField field = problem.leadField();
                ImportField column = ImportField.valueOf(field.name());
                cells.doubt(column, value(lead, field), problem);
                switch (field) {
                    case EMAIL -> fixed.email("");
                    case PHONE -> fixed.phone("");
                    case POSTCODE -> a = new PostalAddress(a.line1(), a.line2(), a.city(), a.region(), "", a.countryCode());
                    case COUNTRY -> a = new PostalAddress(a.line1(), a.line2(), a.city(), a.region(), "", "");
                    case NEED_BY -> fixed.needBy(null);
                    case BIRTHDAY -> fixed.birthday(null);
                    case ANNIVERSARY -> fixed.anniversary(null);
                    case FIRST_NAME -> fixed.firstName(fit(lead.firstName(), field));
                    case LAST_NAME -> fixed.lastName(fit(lead.lastName(), field));
                    case COMPANY -> fixed.company(fit(lead.company(), field));
                    case REFERRED_BY -> fixed.referredBy(fit(lead.referredBy(), field));
                    case TITLE -> fixed.title(fit(lead.title(), field));
                    case LINE1 -> a = new PostalAddress(fit(a.line1(), field), a.line2(), a.city(), a.region(), a.postcode(), a.countryCode());
                    case LINE2 -> a = new PostalAddress(a.line1(), fit(a.line2(), field), a.city(), a.region(), a.postcode(), a.countryCode());
                    case CITY -> a = new PostalAddress(a.line1(), a.line2(), fit(a.city(), field), a.region(), a.postcode(), a.countryCode());
                    case REGION -> a = new PostalAddress(a.line1(), a.line2(), a.city(), fit(a.region(), field), a.postcode(), a.countryCode());
                    default -> { }
                }
            }
            lead = fixed.address(a).build();
        }
        return lead;
    }

    /**
     * A one-line value made to fit: control characters out (an escape sequence in a name would be played by
     * the terminal that lists it; the whole value is in the note), then cut to the column's length.
     */
    private static String fit(String text, LeadField field) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.CONTROL).forEach(clean::appendCodePoint);
        String fitted = clean.toString();
        return fitted.length() > field.maxLength() ? fitted.substring(0, field.maxLength()) : fitted;
    }

    private static String value(Lead lead, LeadField field) {
        PostalAddress a = lead.address();
        return switch (field) {
            case FIRST_NAME -> lead.firstName();
            case LAST_NAME -> lead.lastName();
            case COMPANY -> lead.company();
            case EMAIL -> lead.email();
            case PHONE -> lead.phone();
            case LINE1 -> a.line1();
            case LINE2 -> a.line2();
            case CITY -> a.city();
            case REGION -> a.region();
            case POSTCODE, COUNTRY -> a.postcode();
            case NEED_BY -> String.valueOf(lead.needBy());
            case BIRTHDAY -> String.valueOf(lead.birthday());
            case ANNIVERSARY -> String.valueOf(lead.anniversary());
            case REFERRED_BY -> lead.referredBy();
            case TITLE -> lead.title();
        };
    }

    /** Columns Ember has no field for: kept as preferences, unless their value means nothing to Ember. */
    private static void unplaced(ImportCells cells, List<Preference> preferences) {
        List<String> header = cells.table.header();
        String anniversary = GoogleEvents.anniversary(cells);
        for (int column = 0; column < header.size(); column++) {
            String value = Text.clean(ImportValues.unguard(cells.row.get(column)));
            String name = Text.clean(header.get(column));
            if (cells.mapping.field(column) != ImportField.IGNORE || value.isEmpty() || name.isEmpty()) {
                continue;
            }
            if (ImportValues.meaningless(name, value)) {
                cells.ignored(name, value);
            } else if (!(GoogleEvents.isEventValue(name) && anniversary.equals(value))) {
                preferences.add(new Preference(0, 0, cut(name, TextLimits.PREFERENCE_KEY),
                        cut(value, TextLimits.PREFERENCE_VALUE)));
            }
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** "Imported:" and what could not be placed, each doubtful value with why. */
    private String importedNote(ImportCells cells) {
        List<String> lines = new ArrayList<>();
        for (RowProblem problem : cells.problems) {
            if (problem.severity() == RowProblem.Severity.LOOK) {
                lines.add("- " + problem.column() + ": " + describe.apply(problem.problem()));
            }
        }
        for (String kept : cells.keptAside) {
            lines.add("- " + kept);
        }
        if (lines.isEmpty()) {
            return "";
        }
        String text = describe.apply(new Problem("notes", "import.keptHeading", List.of())) + "\n"
                + String.join("\n", lines);
        return text.length() > TextLimits.NOTE ? text.substring(0, TextLimits.NOTE) : text;
    }
}
