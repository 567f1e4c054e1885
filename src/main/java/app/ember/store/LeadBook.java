package app.ember.store;

import app.ember.domain.Clocks;
import app.ember.domain.Contacts;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadStatus;
import app.ember.domain.Note;
import app.ember.domain.Preference;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
import app.ember.domain.TemperatureCounts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;

/**
 * The services the window and the command line share: reads and writes of the lead book, each one
 * a unit of work on the database. Blocking; callers on the JavaFX thread go through a background task.
 */
public final class LeadBook {
    /** Setting written once the user has answered the first-start offer (sample leads or empty). */
    static final String ONBOARDED = "onboarded";
    private static final int RECENT_INTERACTIONS = 20;
    /** Offered in the preference form before the user has keys of their own. */
    private static final List<String> COMMON_PREFERENCE_KEYS = List.of("favourite flowers", "colours to avoid",
            "preferred channel", "best time to call", "allergies", "budget");

    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final LeadStore leads = new LeadStore();
    private final InteractionStore interactions = new InteractionStore();
    private final NoteStore notes = new NoteStore();
    private final PreferenceStore preferences = new PreferenceStore();
    private final TagStore tags = new TagStore();
    private final TemperatureChangeStore temperatureChanges = new TemperatureChangeStore();
    private final SettingStore settings = new SettingStore();
    private final ContactStore contacts = new ContactStore();

    public LeadBook(Database database, Clock clock, FollowUpPolicy policy) {
        this(database, clock, () -> policy);
    }

    /** @param policy read at each use, so a change in the settings applies from the next lead on */
    public LeadBook(Database database, Clock clock, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    public LeadBook(Database database) {
        this(database, Clocks.system(), FollowUpPolicy.defaults());
    }

    public Database database() {
        return database;
    }

    public List<LeadRow> page(LeadQuery query, int offset, int limit) {
        return database.read(c -> leads.page(c, query, offset, limit));
    }

    public int count(LeadQuery query) {
        return database.read(c -> leads.count(c, query));
    }

    public TemperatureCounts countByTemperature(LeadQuery query) {
        return database.read(c -> leads.countByTemperature(c, query));
    }

    public Optional<LeadDetails> details(long leadId) {
        return database.read(c -> {
            var lead = leads.find(c, leadId);
            if (lead.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LeadDetails(lead.get(), interactions.recent(c, leadId, RECENT_INTERACTIONS),
                    notes.forLead(c, leadId), preferences.forLead(c, leadId), tags.forLead(c, leadId),
                    temperatureChanges.forLead(c, leadId), contacts.forLead(c, leadId)));
        });
    }

    /** True when the book is empty and the user has not yet said whether they want sample leads. */
    public boolean needsOnboarding() {
        return database.read(c -> settings.get(c, ONBOARDED).isEmpty() && leads.count(c, LeadQuery.all()) == 0);
    }

    /** Remembers that the user chose to start with an empty book, so the offer is not shown again. */
    public void startEmpty() {
        database.write(c -> {
            settings.put(c, ONBOARDED, "empty");
            return null;
        });
    }

    /**
     * Adds whole leads with their history in one transaction: all of them are stored, or none.
     * The ids in the given records are ignored; each lead gets a new one.
     *
     * @return the number of leads added
     */
    public int addAll(List<LeadDetails> book, String onboardedAs) {
        return database.write(c -> {
            for (LeadDetails entry : book) {
                long id = leads.insert(c, entry.lead());
                for (Interaction i : entry.interactions()) {
                    interactions.insert(c, new Interaction(0, id, i.at(), i.channel(), i.direction(), i.outcome(),
                            i.minutes(), i.note()));
                }
                for (Note n : entry.notes()) {
                    notes.insert(c, new Note(0, id, n.at(), n.text()));
                }
                for (Preference p : entry.preferences()) {
                    preferences.insert(c, new Preference(0, id, p.key(), p.value()));
                }
                for (String tag : entry.tags()) {
                    tags.add(c, id, tag);
                }
                for (TemperatureChange t : entry.temperatureChanges()) {
                    temperatureChanges.insert(c, new TemperatureChange(0, id, t.at(), t.from(), t.to(), t.reason()));
                }
                if (!entry.contacts().isNone()) {
                    contacts.replace(c, id, entry.contacts());
                }
                LeadSchedule.refreshContacts(c, id);
                SearchIndex.refresh(c, id);
            }
            if (onboardedAs != null) {
                settings.put(c, ONBOARDED, onboardedAs);
            }
            return book.size();
        });
    }

    /**
     * Stores a new lead, due for its first response by its temperature's window, with its first
     * temperature in the history. Returns the new id.
     */
    public long create(Lead lead) {
        Instant now = clock.instant();
        Instant created = lead.created() == null ? now : lead.created();
        Lead toStore = lead.toBuilder().id(0).created(created).updated(now)
                .nextFollowUp(lead.nextFollowUp() != null ? lead.nextFollowUp()
                        : policy.get().nextFollowUp(lead.temperature(), lead.sameDay(), created, lead.lastContact(),
                                clock.getZone()))
                .build();
        return database.write(c -> {
            long id = leads.insert(c, toStore);
            temperatureChanges.insert(c, new TemperatureChange(0, id, created, null, lead.temperature(), "New lead"),
                    database.author());
            return id;
        });
    }

    /** Stores a new lead with its first tags, note and preferences, all in one transaction. */
    public long createWithDetails(Lead lead, List<String> newTags, String note, Map<String, String> prefs) {
        return createWithDetails(lead, Contacts.NONE, newTags, note, prefs);
    }

    /** The same, with the lead's further e-mails, phones and addresses and their labels. */
    public long createWithDetails(Lead lead, Contacts others, List<String> newTags, String note,
                                  Map<String, String> prefs) {
        Instant now = clock.instant();
        Lead toStore = lead.toBuilder().id(0).created(now).updated(now)
                .nextFollowUp(policy.get().nextFollowUp(lead.temperature(), lead.sameDay(), now, null, clock.getZone()))
                .build();
        return database.write(c -> {
            long id = leads.insert(c, toStore);
            temperatureChanges.insert(c, new TemperatureChange(0, id, now, null, lead.temperature(), "New lead"),
                    database.author());
            for (String tag : newTags) {
                tags.add(c, id, tag);
            }
            if (note != null && !note.isBlank()) {
                notes.insert(c, new Note(0, id, now, note), database.author());
            }
            for (var preference : prefs.entrySet()) {
                preferences.insert(c, new Preference(0, id, preference.getKey(), preference.getValue()));
            }
            contacts.replace(c, id, others);
            SearchIndex.refresh(c, id);
            return id;
        });
    }

    /**
     * Saves an edited lead. A change of temperature is kept in the history with its reason.
     *
     * @throws IllegalArgumentException when the lead is gone (deleted meanwhile)
     */
    public void update(Lead edited, String temperatureReason) {
        update(null, edited, null, temperatureReason, database.author());
    }

    /** Saves an edited lead unless it changed since the user opened it; its further contacts are left as they are. */
    public void update(Lead opened, Lead edited, String temperatureReason, String who) {
        update(opened, edited, null, temperatureReason, who);
    }

    /**
     * Saves an edited lead with its further e-mails, phones and addresses and their labels, unless it changed
     * since the user opened it: the lead's fields as stored are compared with {@code opened} (what the form
     * was filled from) with its row locked, so two people saving at once cannot both pass. An edit counts in
     * the lead's version, with who made it and when. The contacts are written in the same transaction, after
     * the check, so a refused save leaves them as they were.
     *
     * @param opened the lead as the form was filled from it; null saves without the check
     * @param others the further e-mails, phones and addresses; null leaves them as they are
     * @param who    the name the edit is kept under
     * @throws StaleLeadException when it changed: then nothing is written
     * @throws IllegalArgumentException when the lead is gone (deleted meanwhile)
     */
    public void update(Lead opened, Lead edited, Contacts others, String temperatureReason, String who) {
        update(opened, null, edited, others, temperatureReason, who);
    }

    /**
     * As above, the further contacts and labels as stored compared with {@code openedContacts} (null: not) too:
     * a second phone changed by someone else or an import since the form was opened refuses the save.
     */
    public void update(Lead opened, Contacts openedContacts, Lead edited, Contacts others, String temperatureReason,
                       String who) {
        database.write(c -> {
            LeadSchedule.lock(c, edited.id());
            Lead stored = leads.find(c, edited.id())
                    .orElseThrow(() -> new IllegalArgumentException("lead " + edited.id() + " does not exist"));
            Contacts theirs = openedContacts == null ? null : contacts.forLead(c, edited.id());
            if (opened != null && (!LeadEdits.same(opened, stored) || theirs != null && !theirs.equals(openedContacts))) {
                throw LeadEdits.stale(c, stored).withContacts(theirs);
            }
            LeadEdits.count(c, edited.id(), who == null || who.isBlank() ? database.author() : who, clock.instant());
            Instant now = clock.instant();
            if (others != null) {
                // Before the lead's own fields: their write refreshes the search words, these included.
                contacts.replace(c, edited.id(), others);
            }
            leads.update(c, edited.toBuilder().created(stored.created()).updated(now).firstContact(stored.firstContact())
                    .lastContact(stored.lastContact())
                    .nextFollowUp(nextAfterTemperatureChange(stored, edited.temperature(), edited.sameDay()))
                    .build());
            if (stored.temperature() != edited.temperature()) {
                temperatureChanges.insert(c, new TemperatureChange(0, edited.id(), now, stored.temperature(),
                        edited.temperature(), temperatureReason), who == null || who.isBlank() ? database.author() : who);
            }
            return null;
        });
    }

    /**
     * When a lead is next due once its temperature changed: an open lead follows its new cadence from
     * the last contact (or its new first-response window, if nobody was in touch yet), so a lead that
     * turns hot is due within days and one that cools is not chased at the old pace. A lead that is
     * won, lost or resting in nurture keeps its date.
     */
    private Instant nextAfterTemperatureChange(Lead stored, Temperature temperature, boolean sameDay) {
        boolean same = stored.temperature() == temperature && stored.sameDay() == (sameDay && temperature == Temperature.HOT);
        if (same || stored.status() != LeadStatus.OPEN) {
            return stored.nextFollowUp();
        }
        return policy.get().nextFollowUp(temperature, sameDay, stored.created(), stored.lastContact(), clock.getZone());
    }

    /** Sets the temperature of several leads, each change kept with the reason; returns how many changed. */
    public int setTemperature(List<Long> ids, Temperature temperature, boolean sameDay, String reason) {
        return database.write(c -> {
            Instant now = clock.instant();
            int changed = 0;
            for (long id : ids) {
                Optional<Lead> lead = leads.find(c, id);
                if (lead.isEmpty() || lead.get().temperature() == temperature && lead.get().sameDay() == sameDay) {
                    continue;
                }
                leads.setTemperature(c, id, temperature, sameDay, now);
                LeadSchedule.setNextFollowUp(c, id, nextAfterTemperatureChange(lead.get(), temperature, sameDay));
                if (lead.get().temperature() != temperature) {
                    temperatureChanges.insert(c, new TemperatureChange(0, id, now, lead.get().temperature(),
                            temperature, reason), database.author());
                }
                changed++;
            }
            return changed;
        });
    }

    public int setStatus(List<Long> ids, LeadStatus status) {
        return database.write(c -> leads.setStatus(c, ids, status, clock.instant()));
    }

    public void addTag(List<Long> ids, String tag) {
        database.write(c -> {
            for (long id : ids) {
                tags.add(c, id, tag);
                SearchIndex.refresh(c, id);
            }
            return null;
        });
    }

    public void removeTag(List<Long> ids, String tag) {
        database.write(c -> {
            for (long id : ids) {
                tags.remove(c, id, tag);
                SearchIndex.refresh(c, id);
            }
            return null;
        });
    }

    /**
     * Assigns the leads to a person (their display name), or to nobody with a blank name: This week and the
     * lists then show them under that person's "mine". Returns how many.
     *
     * @throws IllegalArgumentException when an id names no lead: then none is assigned
     */
    public int assign(List<Long> ids, String name) {
        return database.write(c -> Assignments.assign(c, ids, name == null ? "" : name.strip()));
    }

    /** Who the lead is assigned to; "" for nobody (or no such lead). */
    public String assignee(long leadId) {
        return database.read(c -> Assignments.assignee(c, leadId));
    }

    /** The names known in the book (assigned a lead, or made a touch, a note or a change), A to Z. */
    public List<String> people() {
        return database.read(c -> Assignments.people(c, 100));
    }

    /** Hides the leads; {@link #restore} brings them back. Nothing is erased. */
    public int delete(List<Long> ids) {
        return database.write(c -> leads.markDeleted(c, ids, clock.instant()));
    }

    public int restore(List<Long> ids) {
        return database.write(c -> leads.restore(c, ids));
    }

    public long addNote(long leadId, String text) {
        return database.write(c -> {
            long id = notes.insert(c, new Note(0, leadId, clock.instant(), text), database.author());
            SearchIndex.refresh(c, leadId);
            return id;
        });
    }

    public void deleteNote(long noteId) {
        database.write(c -> refreshAfter(c, notes.delete(c, noteId)));
    }

    public long addPreference(long leadId, String key, String value) {
        return database.write(c -> {
            long id = preferences.insert(c, new Preference(0, leadId, key, value));
            SearchIndex.refresh(c, leadId);
            return id;
        });
    }

    public void deletePreference(long preferenceId) {
        database.write(c -> refreshAfter(c, preferences.delete(c, preferenceId)));
    }

    private static Void refreshAfter(Connection c, long leadId) throws SQLException {
        if (leadId >= 0) {
            SearchIndex.refresh(c, leadId);
        }
        return null;
    }

    /** Keys the user has used, then the common ones: what the preference form offers. */
    public List<String> preferenceKeys() {
        Set<String> keys = new LinkedHashSet<>(database.read(c -> preferences.keys(c, 50)));
        keys.addAll(COMMON_PREFERENCE_KEYS);
        return List.copyOf(keys);
    }

    public List<String> tags() {
        return database.read(c -> tags.all(c, 200));
    }

    public List<String> sources() {
        return database.read(c -> leads.sources(c, 200));
    }

    /** Every touch of a lead, for the advisor (newest first, at most {@code limit}). */
    public List<Interaction> recentInteractions(long leadId, int limit) {
        return database.read(c -> interactions.recent(c, leadId, limit));
    }
}
