package app.ember.store;

import app.ember.domain.Interaction;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.Note;
import app.ember.domain.Preference;
import app.ember.domain.TemperatureChange;
import java.util.List;
import java.util.Optional;

/**
 * The services the window and the command line share: reads and writes of the lead book, each one
 * a unit of work on the database. Blocking; callers on the JavaFX thread go through a background task.
 */
public final class LeadBook {
    /** Setting written once the user has answered the first-start offer (sample leads or empty). */
    static final String ONBOARDED = "onboarded";
    private static final int RECENT_INTERACTIONS = 20;

    private final Database database;
    private final LeadStore leads = new LeadStore();
    private final InteractionStore interactions = new InteractionStore();
    private final NoteStore notes = new NoteStore();
    private final PreferenceStore preferences = new PreferenceStore();
    private final TagStore tags = new TagStore();
    private final TemperatureChangeStore temperatureChanges = new TemperatureChangeStore();
    private final SettingStore settings = new SettingStore();

    public LeadBook(Database database) {
        this.database = database;
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

    public Optional<LeadDetails> details(long leadId) {
        return database.read(c -> {
            var lead = leads.find(c, leadId);
            if (lead.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LeadDetails(lead.get(), interactions.recent(c, leadId, RECENT_INTERACTIONS),
                    notes.forLead(c, leadId), preferences.forLead(c, leadId), tags.forLead(c, leadId),
                    temperatureChanges.forLead(c, leadId)));
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
            }
            if (onboardedAs != null) {
                settings.put(c, ONBOARDED, onboardedAs);
            }
            return book.size();
        });
    }
}
