package app.ember.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which leads a list shows and in what order. Empty temperature set means all temperatures.
 * The store turns this into SQL; paging is passed alongside.
 */
public record LeadQuery(Set<Temperature> temperatures, LeadSort sort) {

    public LeadQuery {
        temperatures = temperatures == null || temperatures.isEmpty()
                ? EnumSet.noneOf(Temperature.class) : EnumSet.copyOf(temperatures);
        sort = sort == null ? LeadSort.HEAT : sort;
    }

    public static LeadQuery all() {
        return new LeadQuery(Set.of(), LeadSort.HEAT);
    }

    public LeadQuery withTemperatures(Set<Temperature> value) {
        return new LeadQuery(value, sort);
    }

    public LeadQuery withSort(LeadSort value) {
        return new LeadQuery(temperatures, value);
    }
}
