package app.ember.store;

import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportField;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportPlan.Action;
import app.ember.domain.ImportRow;
import app.ember.domain.ImportSummary;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadImport;
import app.ember.domain.LeadStatus;
import app.ember.domain.Note;
import app.ember.domain.PostalAddress;
import app.ember.domain.Preference;
import app.ember.domain.TemperatureChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Imports read rows into the book: {@link #plan} matches each row against the stored leads (by e-mail, then
 * phone, then name and postcode) and decides by the duplicate policy; {@link #run} writes the plan in one
 * transaction, in batches, reporting progress and checking for cancellation between batches. A cancel or a
 * failure rolls everything back: the book is as it was.
 */
public final class ImportBook {
    /** Rows written between two progress reports and cancellation checks. */
    public static final int BATCH = 500;

    /** Told how far the import is: rows done of rows to write. Called on the importing thread. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final LeadStore leads = new LeadStore();
    private final InteractionStore interactions = new InteractionStore();
    private final NoteStore notes = new NoteStore();
    private final PreferenceStore preferences = new PreferenceStore();
    private final TagStore tags = new TagStore();
    private final TemperatureChangeStore temperatureChanges = new TemperatureChangeStore();
    private final ContactStore contacts = new ContactStore();

    public ImportBook(Database database, Clock clock, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Decides every row's fate against the book as it is now, and against the rows above it in the file
     * (the same person twice in one spreadsheet is a duplicate too); writes nothing.
     */
    public ImportPlan plan(LeadImport.Result read, DuplicatePolicy duplicates) {
        return plan(read, duplicates, keys());
    }

    /** The same against keys read before ({@link #keys}, {@link #fresh}): what the wizard does at each change. */
    public ImportPlan plan(LeadImport.Result read, DuplicatePolicy duplicates, BookKeys book) {
        List<ImportPlan.Entry> entries = new ArrayList<>(read.rows().size());
        for (ImportRow row : read.rows()) {
            entries.add(new ImportPlan.Entry(row, Action.ADD, 0, "", "", 0));
        }
        return new ImportPlan(book.matched(entries, duplicates, false), read.historyProblems(), duplicates,
                book.state);
    }

    /** The book's duplicate keys as they are now, for plans made one after the other. */
    public BookKeys keys() {
        return database.read(BookKeys::load);
    }

    /** The keys if the book has not changed since they were read, else read again. */
    public BookKeys fresh(BookKeys keys) {
        if (keys != null && keys.state.equals(database.read(BookKeys::state))) {
            return keys;
        }
        return keys();
    }

    /**
     * Writes the plan's ADD and UPDATE rows in one transaction (rejected and skipped rows are left out: the
     * caller decides whether a plan with rejected rows may run). A row that updates an earlier row of the
     * file updates the lead that row added; when that row was not added (chosen skipped), it is added itself.
     * The plan may be older than the book (the wizard plans against keys it read once): when the book changed
     * since, its rows are matched again inside the transaction ({@link BookKeys#current}).
     *
     * @param cancelled asked between batches; true rolls everything back and throws
     *                  {@link ImportCancelledException}
     * @return what was done
     */
    public ImportSummary run(ImportPlan plan, Progress progress, BooleanSupplier cancelled) {
        long run = ImportRuns.start(database, clock.instant());
        ImportPlan[] written = {plan};
        int[] done;
        try {
            done = write(written, run, progress, cancelled);
        } catch (RuntimeException e) {
            ImportRuns.forget(database, run); // rolled back: nothing of the run is left but its marker
            throw e;
        }
        ImportSummary planned = written[0].summary();
        ImportSummary summary = new ImportSummary(done[0], done[1], planned.skipped(), planned.rejected(),
                planned.problems());
        java.util.logging.Logger.getLogger(ImportBook.class.getName()).info(() -> "import: " + summary.line());
        return summary;
    }

    /**
     * The plan's work in one transaction, the run marked finished in it; {added, updated}. The plan is first
     * brought up to the book as it is inside the transaction ({@link BookKeys#current}): {@code plan[0]} is
     * then the plan written.
     */
    private int[] write(ImportPlan[] plan, long run, Progress progress, BooleanSupplier cancelled) {
        return database.write(c -> {
            plan[0] = BookKeys.current(c, plan[0]);
            List<ImportPlan.Entry> work = new ArrayList<>();
            for (ImportPlan.Entry entry : plan[0].entries()) {
                if (entry.action() == Action.ADD || entry.action() == Action.UPDATE) {
                    work.add(entry);
                }
            }
            Map<Integer, Long> addedIds = new HashMap<>();
            List<ImportRow> pending = new ArrayList<>();
            int updated = 0;
            for (int from = 0; from < work.size(); from += BATCH) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                for (ImportPlan.Entry entry : work.subList(from, Math.min(from + BATCH, work.size()))) {
                    long id = entry.matchId();
                    if (entry.action() == Action.UPDATE && id == 0) {
                        add(c, pending, addedIds, run);
                        id = addedIds.getOrDefault(entry.sameAsRow(), 0L);
                    }
                    if (entry.action() == Action.ADD || id == 0) {
                        pending.add(entry.row());
                    } else {
                        update(c, id, entry.row());
                        updated++;
                    }
                }
                add(c, pending, addedIds, run);
                progress.update(Math.min(from + BATCH, work.size()), work.size());
            }
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            ImportRuns.finish(c, run, clock.instant(), addedIds.size());
            return new int[] {addedIds.size(), updated};
        });
    }

    /** Adds the pending rows as new leads, notes their ids by row number, and empties the list. */
    private void add(Connection c, List<ImportRow> pending, Map<Integer, Long> addedIds, long run)
            throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<LeadDetails> added = new ArrayList<>(pending.size());
        pending.forEach(row -> added.add(row.details()));
        List<Long> ids = add(c, added, run);
        for (int i = 0; i < pending.size(); i++) {
            addedIds.put(pending.get(i).rowNumber(), ids.get(i));
        }
        pending.clear();
    }

    /**
     * The temperature a new lead arrived with, as its history stored in this order gives it (the arrival
     * trigger's rule: the first change by time, then by id, its "from", else its "to"); null without one.
     */
    static String arrivedAs(List<TemperatureChange> changes) {
        TemperatureChange first = null;
        for (TemperatureChange change : changes) {
            if (first == null || change.at().isBefore(first.at())) {
                first = change;
            }
        }
        return first == null ? null : (first.from() != null ? first.from() : first.to()).code();
    }

    /** New leads with everything they came with, in JDBC batches; their ids in order. */
    private List<Long> add(Connection c, List<LeadDetails> added, long run) throws SQLException {
        List<Lead> toStore = new ArrayList<>(added.size());
        List<List<String>> texts = new ArrayList<>(added.size());
        for (LeadDetails details : added) {
            toStore.add(withFollowUp(details.lead()));
            List<String> words = new ArrayList<>(details.tags());
            details.notes().forEach(n -> words.add(n.text()));
            details.preferences().forEach(p -> words.add(p.key() + " " + p.value()));
            words.addAll(SearchIndex.textsOf(details.contacts()));
            texts.add(words);
        }
        List<String> arrived = new ArrayList<>(added.size());
        added.forEach(details -> arrived.add(arrivedAs(details.temperatureChanges())));
        List<Long> ids = leads.insertAll(c, toStore, texts, run, arrived);
        List<Long> withContacts = new ArrayList<>();
        List<app.ember.domain.Contacts> contactRows = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            if (!added.get(i).contacts().isNone()) {
                withContacts.add(ids.get(i));
                contactRows.add(added.get(i).contacts());
            }
        }
        contacts.insertAll(c, withContacts, contactRows);
        List<Interaction> touches = new ArrayList<>();
        List<Object[]> noteRows = new ArrayList<>();
        List<Object[]> preferenceRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        List<TemperatureChange> changes = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            long id = ids.get(i);
            LeadDetails details = added.get(i);
            for (Interaction t : details.interactions()) {
                touches.add(new Interaction(0, id, t.at(), t.channel(), t.direction(), t.outcome(), t.minutes(),
                        t.note()));
            }
            for (Note n : details.notes()) {
                noteRows.add(new Object[]{id, n.at(), n.text()});
            }
            for (Preference p : details.preferences()) {
                preferenceRows.add(new Object[]{id, p.key(), p.value()});
            }
            Set<String> seen = new HashSet<>();
            for (String tag : details.tags()) {
                String clean = tag.strip().toLowerCase(Locale.ROOT);
                if (!clean.isEmpty() && seen.add(clean)) {
                    tagRows.add(new Object[]{id, clean});
                }
            }
            for (TemperatureChange t : details.temperatureChanges()) {
                changes.add(new TemperatureChange(0, id, t.at(), t.from(), t.to(), t.reason()));
            }
        }
        // In a shared book what the import writes is kept under the importing person's name, as by hand.
        String by = database.author();
        Sql.batch(c, "INSERT INTO notes (lead_id, written_at, body, made_by) VALUES (?, ?, ?, ?)", noteRows, (s, r) -> {
            s.setLong(1, (Long) r[0]);
            Sql.setInstant(s, 2, (Instant) r[1]);
            s.setString(3, (String) r[2]);
            s.setString(4, by);
        });
        Sql.batch(c, "INSERT INTO preferences (lead_id, pref_key, pref_value) VALUES (?, ?, ?)", preferenceRows,
                (s, r) -> {
                    s.setLong(1, (Long) r[0]);
                    s.setString(2, (String) r[1]);
                    s.setString(3, (String) r[2]);
                });
        Sql.batch(c, "INSERT INTO lead_tags (lead_id, tag) VALUES (?, ?)", tagRows, (s, r) -> {
            s.setLong(1, (Long) r[0]);
            s.setString(2, (String) r[1]);
        });
        Sql.batch(c, "INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, to_temperature, "
                + "reason, made_by) VALUES (?, ?, ?, ?, ?, ?)", changes, (s, t) -> {
                    s.setLong(1, t.leadId());
                    Sql.setInstant(s, 2, t.at());
                    s.setString(3, t.from() == null ? null : t.from().code());
                    s.setString(4, t.to().code());
                    s.setString(5, t.reason());
                    s.setString(6, by);
                });
        // After the history: each touch takes the lead's temperature at its time from it (TouchFacts).
        interactions.insertAll(c, touches, by);
        List<Long> touched = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            if (!added.get(i).interactions().isEmpty()) {
                touched.add(ids.get(i));
            }
        }
        LeadSchedule.refreshContacts(c, touched);
        return ids;
    }

    /** When a new lead is next due, unless the file said: as a lead created then, by its status. */
    private Lead withFollowUp(Lead lead) {
        if (lead.nextFollowUp() != null) {
            return lead;
        }
        FollowUpPolicy rules = policy.get();
        Instant next = switch (lead.status()) {
            case WON -> null;
            case LOST, NURTURE -> rules.nurtureReturn(lead.lastContact() == null ? lead.created() : lead.lastContact(),
                    clock.getZone());
            case OPEN -> rules.nextFollowUp(lead.temperature(), lead.sameDay(), lead.created(), lead.lastContact(),
                    clock.getZone());
        };
        return lead.toBuilder().nextFollowUp(next).build();
    }

    /**
     * Fills a stored lead with the row's non-empty fields and adds what it does not have yet: tags,
     * preferences (same key and value), notes (same text) and touches (same time and channel).
     */
    private void update(Connection c, long id, ImportRow row) throws SQLException {
        Lead stored = leads.find(c, id).orElseThrow(() -> new SQLException("lead " + id + " is gone"));
        Lead in = row.details().lead();
        Set<ImportField> has = row.present();
        PostalAddress a = stored.address();
        PostalAddress b = in.address();
        Lead.Builder merged = stored.toBuilder()
                .firstName(has.contains(ImportField.FIRST_NAME) ? in.firstName() : stored.firstName())
                .lastName(has.contains(ImportField.LAST_NAME) ? in.lastName() : stored.lastName())
                .company(pick(has, ImportField.COMPANY, in.company(), stored.company()))
                .title(pick(has, ImportField.TITLE, in.title(), stored.title()))
                .email(pick(has, ImportField.EMAIL, in.email(), stored.email()))
                .phone(pick(has, ImportField.PHONE, in.phone(), stored.phone()))
                .address(new PostalAddress(pick(has, ImportField.LINE1, b.line1(), a.line1()),
                        pick(has, ImportField.LINE2, b.line2(), a.line2()), pick(has, ImportField.CITY, b.city(), a.city()),
                        pick(has, ImportField.REGION, b.region(), a.region()),
                        pick(has, ImportField.POSTCODE, b.postcode(), a.postcode()),
                        pick(has, ImportField.COUNTRY, b.countryCode(), a.countryCode())))
                .source(pick(has, ImportField.SOURCE, in.source(), stored.source()))
                .referredBy(pick(has, ImportField.REFERRED_BY, in.referredBy(), stored.referredBy()))
                .updated(clock.instant());
        if (has.contains(ImportField.DO_NOT_MAIL)) merged.doNotMail(in.doNotMail());
        if (has.contains(ImportField.TEMPERATURE)) merged.temperature(in.temperature());
        if (has.contains(ImportField.SAME_DAY)) merged.sameDay(in.sameDay());
        if (has.contains(ImportField.STATUS)) merged.status(in.status());
        if (has.contains(ImportField.STAGE)) merged.stage(in.stage());
        if (has.contains(ImportField.QUALIFICATION)) merged.qualification(in.qualification());
        if (has.contains(ImportField.PRIORITY)) merged.priority(in.priority());
        if (has.contains(ImportField.PRODUCT_CONTEXT)) merged.productContext(in.productContext());
        if (has.contains(ImportField.FIRM_SIZE)) merged.firmSize(in.firmSize());
        if (has.contains(ImportField.ORIGIN)) merged.origin(in.origin());
        if (has.contains(ImportField.REFERRAL_KIND)) merged.referralKind(in.referralKind());
        if (has.contains(ImportField.NEED_BY)) merged.needBy(in.needBy());
        if (has.contains(ImportField.NEED_BY_YEARLY)) merged.needByYearly(in.needByYearly());
        if (has.contains(ImportField.BIRTHDAY)) merged.birthday(in.birthday());
        if (has.contains(ImportField.ANNIVERSARY)) merged.anniversary(in.anniversary());
        Lead lead = merged.build();
        if (!row.details().contacts().isNone()) {
            contacts.replace(c, id, ContactMerge.merged(lead, contacts.forLead(c, id), row.details()));
        }
        if (has.contains(ImportField.NEXT_FOLLOW_UP)) {
            lead = lead.toBuilder().nextFollowUp(in.nextFollowUp()).build();
        } else if (lead.temperature() != stored.temperature() && lead.status() == LeadStatus.OPEN) {
            lead = lead.toBuilder().nextFollowUp(policy.get().nextFollowUp(lead.temperature(), lead.sameDay(),
                    stored.created(), stored.lastContact(), clock.getZone())).build();
        }
        leads.update(c, lead);
        if (lead.temperature() != stored.temperature()) {
            temperatureChanges.insert(c, new TemperatureChange(0, id, clock.instant(), stored.temperature(),
                    lead.temperature(), "Imported"), database.author());
        }
        LeadDetails details = row.details();
        for (String tag : details.tags()) {
            tags.add(c, id, tag);
        }
        Set<String> prefs = new HashSet<>();
        preferences.forLead(c, id).forEach(p -> prefs.add(p.key() + "\u0000" + p.value()));
        for (Preference p : details.preferences()) {
            if (prefs.add(p.key() + "\u0000" + p.value())) {
                preferences.insert(c, new Preference(0, id, p.key(), p.value()));
            }
        }
        Set<String> texts = new HashSet<>();
        notes.forLead(c, id).forEach(n -> texts.add(n.text()));
        for (Note n : details.notes()) {
            if (texts.add(n.text())) {
                notes.insert(c, new Note(0, id, n.at(), n.text()), database.author());
            }
        }
        Set<String> touches = new HashSet<>();
        interactions.recent(c, id, Integer.MAX_VALUE).forEach(t -> touches.add(t.at() + " " + t.channel()));
        List<Interaction> newTouches = new ArrayList<>();
        for (Interaction t : details.interactions()) {
            if (touches.add(t.at() + " " + t.channel())) {
                newTouches.add(new Interaction(0, id, t.at(), t.channel(), t.direction(), t.outcome(), t.minutes(),
                        t.note()));
            }
        }
        interactions.insertAll(c, newTouches, database.author());
        LeadSchedule.refreshContacts(c, id);
        SearchIndex.refresh(c, id);
    }

    private static String pick(Set<ImportField> has, ImportField field, String imported, String stored) {
        return has.contains(field) ? imported : stored;
    }
}
