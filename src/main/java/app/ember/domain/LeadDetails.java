package app.ember.domain;

import java.util.List;

/**
 * A lead with everything kept about it. The detail pane reads one with its most recent touches;
 * sample data and imports write whole ones.
 */
public record LeadDetails(Lead lead, List<Interaction> interactions, List<Note> notes,
                          List<Preference> preferences, List<String> tags, List<TemperatureChange> temperatureChanges) {
    public LeadDetails {
        interactions = List.copyOf(interactions);
        notes = List.copyOf(notes);
        preferences = List.copyOf(preferences);
        tags = List.copyOf(tags);
        temperatureChanges = List.copyOf(temperatureChanges);
    }
}
