package app.ember.domain;

import java.util.EnumMap;
import java.util.Map;

/** How many leads of each temperature a query matches (ignoring its own temperature filter), and the same-day ones. */
public record TemperatureCounts(Map<Temperature, Integer> counts, int sameDay) {
    public TemperatureCounts {
        Map<Temperature, Integer> copy = new EnumMap<>(Temperature.class);
        for (Temperature t : Temperature.values()) {
            copy.put(t, counts.getOrDefault(t, 0));
        }
        counts = Map.copyOf(copy);
    }

    public int of(Temperature temperature) {
        return counts.get(temperature);
    }

    /** Leads of these temperatures (all of them when the set is empty): the list's length for that filter. */
    public int total(java.util.Set<Temperature> temperatures) {
        return counts.entrySet().stream().filter(e -> temperatures.isEmpty() || temperatures.contains(e.getKey()))
                .mapToInt(java.util.Map.Entry::getValue).sum();
    }
}
