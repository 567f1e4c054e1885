package app.ember.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which leads a list shows and in what order. Empty sets and null values mean "no filter".
 * The store turns this into SQL; paging is passed alongside.
 *
 * @param search        words typed in the search field; each must appear in the lead's text
 * @param source        exact source ("Wedding fair 2026"), or null
 * @param tag           a tag the lead must carry, or null
 * @param neverContacted only leads nobody has touched yet
 * @param overdueAt     only leads whose next follow-up is before this moment, or null
 * @param completeAddress only leads with street, city and country
 * @param assignedTo    only leads assigned to this person (a display name; "" for nobody's), or null for anyone's
 */
public record LeadQuery(Set<Temperature> temperatures, Set<LeadStatus> statuses,
                        Set<Qualification> qualifications, Set<Priority> priorities, String source, String tag,
                        boolean neverContacted, Instant overdueAt, boolean completeAddress, String search,
                        LeadSort sort, String assignedTo) {

    public LeadQuery {
        temperatures = copy(temperatures, Temperature.class);
        statuses = copy(statuses, LeadStatus.class);
        qualifications = copy(qualifications, Qualification.class);
        priorities = copy(priorities, Priority.class);
        source = source == null || source.isBlank() ? null : source.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        search = search == null ? "" : search.strip();
        sort = sort == null ? LeadSort.HEAT : sort;
        assignedTo = assignedTo == null ? null : assignedTo.strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public static LeadQuery all() {
        return new LeadQuery(null, null, null, null, null, null, false, null, false, "", LeadSort.HEAT, null);
    }

    public LeadQuery withTemperatures(Set<Temperature> value) {
        return new LeadQuery(value, statuses, qualifications, priorities, source, tag, neverContacted, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withStatuses(Set<LeadStatus> value) {
        return new LeadQuery(temperatures, value, qualifications, priorities, source, tag, neverContacted, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withQualifications(Set<Qualification> value) {
        return new LeadQuery(temperatures, statuses, value, priorities, source, tag, neverContacted, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withPriorities(Set<Priority> value) {
        return new LeadQuery(temperatures, statuses, qualifications, value, source, tag, neverContacted, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withSource(String value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, value, tag, neverContacted, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withTag(String value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, value, neverContacted,
                overdueAt, completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withNeverContacted(boolean value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, value, overdueAt,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withOverdueAt(Instant value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, neverContacted, value,
                completeAddress, search, sort, assignedTo);
    }

    public LeadQuery withCompleteAddress(boolean value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, neverContacted,
                overdueAt, value, search, sort, assignedTo);
    }

    public LeadQuery withSearch(String value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, neverContacted,
                overdueAt, completeAddress, value, sort, assignedTo);
    }

    public LeadQuery withSort(LeadSort value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, neverContacted,
                overdueAt, completeAddress, search, value, assignedTo);
    }

    /** Only the leads assigned to this person ("mine"), or anyone's with null. */
    public LeadQuery withAssignedTo(String value) {
        return new LeadQuery(temperatures, statuses, qualifications, priorities, source, tag, neverContacted,
                overdueAt, completeAddress, search, sort, value);
    }

    /** How many filters other than temperature and search are on: the list says so, so nothing hides silently. */
    public int otherFilterCount() {
        int count = 0;
        count += statuses.isEmpty() ? 0 : 1;
        count += qualifications.isEmpty() ? 0 : 1;
        count += priorities.isEmpty() ? 0 : 1;
        count += source == null ? 0 : 1;
        count += tag == null ? 0 : 1;
        count += neverContacted ? 1 : 0;
        count += overdueAt == null ? 0 : 1;
        count += completeAddress ? 1 : 0;
        return count;
    }

    /** The same filters with none of the extra ones: what "Clear filters" leaves. */
    public LeadQuery withoutOtherFilters() {
        return new LeadQuery(temperatures, null, null, null, null, null, false, null, false, search, sort, assignedTo);
    }
}
