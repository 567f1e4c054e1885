package app.ember.domain;

import java.util.List;

/**
 * A lead with everything kept about it. The detail pane reads one with its most recent touches;
 * sample data and imports write whole ones.
 */
public record LeadDetails(Lead lead, List<Interaction> interactions, List<Note> notes,
                          List<Preference> preferences, List<String> tags, List<TemperatureChange> temperatureChanges,
                          Contacts contacts) {
    public LeadDetails {
        contacts = contacts == null ? Contacts.NONE : contacts;
        interactions = List.copyOf(interactions);
        notes = List.copyOf(notes);
        preferences = List.copyOf(preferences);
        tags = List.copyOf(tags);
        temperatureChanges = List.copyOf(temperatureChanges);
    }

    /** A lead with only its primary e-mail, phone and address. */
    public LeadDetails(Lead lead, List<Interaction> interactions, List<Note> notes, List<Preference> preferences,
                       List<String> tags, List<TemperatureChange> temperatureChanges) {
        this(lead, interactions, notes, preferences, tags, temperatureChanges, Contacts.NONE);
    }

    /** The same, with these contacts. */
    public LeadDetails withContacts(Contacts others) {
        return new LeadDetails(lead, interactions, notes, preferences, tags, temperatureChanges, others);
    }
}
