package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of an imported sheet (and of its history sheet) into leads with their history, checking
 * every row as the lead form checks a lead ({@link LeadValidation}), so a row is refused for the same reasons
 * and in the same words. Pure: the store then matches the rows against the book and writes them.
 */
public final class LeadImport {
    private static final String NOTE_CHANNEL = "note";
    private static final Map<String, Channel> CHANNEL_WORDS = Map.ofEntries(
            Map.entry("phone", Channel.CALL), Map.entry("phone call", Channel.CALL), Map.entry("called", Channel.CALL),
            Map.entry("telephone", Channel.CALL), Map.entry("e mail", Channel.EMAIL), Map.entry("mail", Channel.EMAIL),
            Map.entry("sms", Channel.TEXT), Map.entry("whatsapp", Channel.TEXT), Map.entry("message", Channel.TEXT),
            Map.entry("post", Channel.POSTCARD), Map.entry("card", Channel.POSTCARD),
            Map.entry("in person", Channel.MEETING), Map.entry("appointment", Channel.MEETING),
            Map.entry("shop visit", Channel.VISIT), Map.entry("instagram", Channel.SOCIAL),
            Map.entry("facebook", Channel.SOCIAL));

    /** Google's own groups, as its vCards write them without the star. */
    private static final Set<String> GOOGLE_GROUPS = Set.of("mycontacts", "starred");
    private final ZoneId zone;
    private final Instant now;
    /** The import's day: a two-digit year is this century's unless that is after this year. */
    private final LocalDate today;
    private String defaultCountry = "";
    private Function<Problem, String> describe = problem -> problem.messageKey() + " " + problem.arguments();

    /** @param now the import's moment: a lead with no "Created" column was created now, in this zone */
    public LeadImport(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** The country of an address that names none (ISO code; empty: none). */
    public LeadImport defaultCountry(String code) {
        this.defaultCountry = code == null ? "" : code;
        return this;
    }

    /** How a doubtful value's problem is written in the lead's "Imported:" note (the user's language). */
    public LeadImport describing(Function<Problem, String> describer) {
        this.describe = describer;
        return this;
    }

    /** The rows of a leads sheet, and of its history sheet (or null), read and checked. */
    public record Result(List<ImportRow> rows, List<RowProblem> historyProblems) {
        public Result {
            rows = List.copyOf(rows);
            historyProblems = List.copyOf(historyProblems);
        }
    }

    /**
     * Makes reading rows ready before the first file ({@link ImportWarmUp}): for a wizard to call in the
     * background while the user is still choosing one. {@code country} is the user's own ("" for none).
     */
    public static void prepare(String country) {
        ImportWarmUp.run(country == null || country.isBlank() ? "GB" : country);
    }

    /** Reads every row; the history sheet and its mapping may be null. */
    public Result read(Table leads, ColumnMapping mapping, Table history, ColumnMapping historyMapping) {
        List<Draft> drafts = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            drafts.add(draft(leads, mapping, i));
        }
        List<RowProblem> historyProblems = history == null ? List.of() : link(history, historyMapping, drafts);
        List<ImportRow> rows = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            rows.add(draft.finish());
        }
        return new Result(rows, historyProblems);
    }

    /** A row while it is being read: the lead (or null), its problems, and the history linked to it. */
    private final class Draft {
        final int rowNumber;
        final String key;
        final Lead lead;
        final List<RowProblem> problems;
        final List<Preference> preferences;
        final List<String> tags;
        final List<Note> notes = new ArrayList<>();
        final List<Interaction> interactions = new ArrayList<>();
        Set<ImportField> present = Set.of();
        Contacts contacts = Contacts.NONE;

        Draft(int rowNumber, String key, Lead lead, List<RowProblem> problems, List<Preference> preferences,
              List<String> tags, List<Note> notes) {
            this.rowNumber = rowNumber;
            this.key = key;
            this.lead = lead;
            this.problems = problems;
            this.preferences = preferences;
            this.tags = tags;
            this.notes.addAll(notes);
        }

        ImportRow finish() {
            if (lead == null || problems.stream().anyMatch(RowProblem::refuses)) {
                return new ImportRow(rowNumber, null, problems, key, present);
            }
            interactions.sort(Comparator.comparing(Interaction::at).reversed());
            notes.sort(Comparator.comparing(Note::at).reversed());
            Lead withContact = interactions.isEmpty() ? lead
                    : lead.toBuilder().lastContact(interactions.get(0).at()).build();
            List<TemperatureChange> changes = List.of(new TemperatureChange(0, 0, withContact.created(), null,
                    withContact.temperature(), "Imported"));
            return new ImportRow(rowNumber, new LeadDetails(withContact, interactions, notes, preferences, tags,
                    changes, contacts), problems, key, present);
        }
    }

    /** Reads the cells of one row through the mapping, leniently ({@link LeadRowReader}). */
    private Draft draft(Table table, ColumnMapping mapping, int index) {
        ImportCells cells = new ImportCells(table, mapping, index, today, true);
        Instant created = cells.instant(ImportField.CREATED, zone);
        if (created == null || created.isAfter(now)) {
            created = now;
        }
        LeadRowReader.Read read = new LeadRowReader(now, zone, defaultCountry, describe).read(cells, created);
        Draft draft = new Draft(cells.rowNumber, cells.get(ImportField.KEY), read.lead(), cells.problems,
                read.preferences(), read.tags(), read.notes());
        draft.present = read.present();
        draft.contacts = read.contacts();
        return draft;
    }

    /** Compiled once (String.split compiled it at every row). */
    private static final java.util.regex.Pattern TAG_SEPARATORS = java.util.regex.Pattern.compile(":::|[;,\\n]");

    /** Tags split at ; , or Google's " ::: "; Google's own groups ("* myContacts", "* starred") are left out. */
    static List<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : TAG_SEPARATORS.split(Text.clean(text))) {
            String tag = part.strip();
            if (!tag.isEmpty() && !tag.startsWith("*") && !GOOGLE_GROUPS.contains(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(tags);
    }

    /** "key=value" (or "key: value") pairs, one a line or separated by ";". */
    static List<Preference> preferences(ImportCells cells) {
        String text = cells.get(ImportField.PREFERENCES);
        List<Preference> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        for (String pair : text.split(text.contains("\n") ? "\\r?\\n" : ";")) {
            if (pair.isBlank()) {
                continue;
            }
            int split = pair.indexOf('=');
            if (split < 0) {
                split = pair.indexOf(':');
            }
            if (split <= 0) {
                cells.problem(ImportField.PREFERENCES,
                        new Problem(ImportField.PREFERENCES.code(), "import.preference", List.of(pair.strip())));
                continue;
            }
            Preference preference = new Preference(0, 0, pair.substring(0, split), pair.substring(split + 1));
            cells.limit(ImportField.PREFERENCES, preference.key(), TextLimits.PREFERENCE_KEY);
            cells.limit(ImportField.PREFERENCES, preference.value(), TextLimits.PREFERENCE_VALUE);
            result.add(preference);
        }
        return result;
    }

    /** Links each history row to its lead row: by the file's lead id, then e-mail, then name. */
    private List<RowProblem> link(Table history, ColumnMapping mapping, List<Draft> drafts) {
        Map<String, Draft> byKey = new HashMap<>();
        Map<String, Draft> byEmail = new HashMap<>();
        Map<String, Draft> byName = new HashMap<>();
        for (Draft draft : drafts) {
            if (!draft.key.isEmpty()) {
                byKey.putIfAbsent(draft.key, draft);
            }
            if (draft.lead != null) {
                if (!draft.lead.email().isEmpty()) {
                    byEmail.putIfAbsent(draft.lead.email().toLowerCase(Locale.ROOT), draft);
                }
                byName.putIfAbsent(draft.lead.name().toLowerCase(Locale.ROOT), draft);
            }
        }
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            ImportCells cells = new ImportCells(history, mapping, i, today);
            String key = cells.get(ImportField.KEY);
            String email = cells.get(ImportField.EMAIL).toLowerCase(Locale.ROOT);
            String name = cells.get(ImportField.FULL_NAME);
            if (name.isEmpty()) {
                name = Text.join(" ", cells.get(ImportField.FIRST_NAME), cells.get(ImportField.LAST_NAME));
            }
            // The log may write the name as the leads sheet does, title and all ("Dr Priya Patel").
            PersonName parsed = PersonName.parse(name);
            Draft lead = !key.isEmpty() && byKey.containsKey(key) ? byKey.get(key)
                    : !email.isEmpty() && byEmail.containsKey(email) ? byEmail.get(email)
                    : byName.containsKey(name.toLowerCase(Locale.ROOT)) ? byName.get(name.toLowerCase(Locale.ROOT))
                    : byName.get(Text.join(" ", parsed.first(), parsed.last()).toLowerCase(Locale.ROOT));
            if (lead == null) {
                String who = Text.join(" ", key.isEmpty() ? "" : "id " + key, email, name);
                cells.problem(!email.isEmpty() ? ImportField.EMAIL : !key.isEmpty() ? ImportField.KEY
                        : ImportField.FULL_NAME, new Problem("lead", "import.noLead", List.of(who.isEmpty() ? "(nobody)" : who)));
                problems.addAll(cells.problems);
                continue;
            }
            history(cells, lead);
            problems.addAll(cells.problems);
        }
        return problems;
    }

    /** One history row: a touch, or a note when "how" is "note". Problems go to the cells. */
    private void history(ImportCells cells, Draft lead) {
        Instant at = cells.instant(ImportField.DATE, zone);
        if (at == null && cells.problems.isEmpty()) {
            cells.problem(ImportField.DATE, new Problem("date", "import.dateTime", List.of("")));
        }
        if (at != null && at.isAfter(now)) {
            cells.problem(ImportField.DATE, new Problem("date", "import.future", List.of(cells.get(ImportField.DATE))));
        }
        String how = cells.get(ImportField.CHANNEL);
        String text = cells.get(ImportField.NOTE);
        boolean isNote = how.equalsIgnoreCase(NOTE_CHANNEL);
        cells.limit(ImportField.NOTE, text, isNote ? TextLimits.NOTE : TextLimits.TOUCH_NOTE);
        if (isNote) {
            if (text.isEmpty()) {
                cells.problem(ImportField.NOTE, new Problem("note", "import.emptyNote", List.of()));
            }
            if (cells.problems.isEmpty()) {
                lead.notes.add(new Note(0, 0, at, text));
            }
            return;
        }
        Channel channel = cells.read(ImportField.CHANNEL, LeadImport::channel, null, "channel",
                Codes.accepted(Channel.class) + ", note");
        if (channel == null && how.isEmpty()) {
            cells.problem(ImportField.CHANNEL, new Problem("channel", "import.unknown",
                    List.of("", "channel", Codes.accepted(Channel.class) + ", note")));
        }
        Direction direction = cells.code(ImportField.DIRECTION, Direction.class, Direction.OUT);
        Outcome outcome = cells.code(ImportField.OUTCOME, Outcome.class, null);
        Integer minutes = cells.read(ImportField.MINUTES, LeadImport::minutes, null, "number of minutes", "0-1440");
        if (cells.problems.isEmpty()) {
            if (outcome == null) {
                outcome = switch (channel) {
                    case CALL, MEETING, VISIT -> Outcome.REACHED;
                    case VOICEMAIL -> Outcome.LEFT_MESSAGE;
                    default -> Outcome.SENT;
                };
            }
            lead.interactions.add(new Interaction(0, 0, at, channel, direction, outcome,
                    minutes == null ? channel.defaultMinutes() : minutes, text));
        }
    }

    private static Optional<Channel> channel(String text) {
        return ImportValues.code(Channel.class, text)
                .or(() -> Optional.ofNullable(CHANNEL_WORDS.get(text.toLowerCase(Locale.ROOT).replace('-', ' ').strip())));
    }

    private static Optional<Integer> minutes(String text) {
        try {
            String clean = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            int value = Integer.parseInt(clean);
            return value >= 0 && value <= 24 * 60 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
