package app.ember.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Google Contacts' "Event N - Value" columns with their labels: where an export keeps an anniversary. */
final class GoogleEvents {
    private static final Pattern EVENT_VALUE = Pattern.compile("event(\\d+)value");
    private static final Set<String> ANNIVERSARY_WORDS = Set.of("anniversary", "weddinganniversary",
            "anniversaire", "jahrestag", "hochzeitstag", "aniversario", "anniversario");

    private GoogleEvents() {
    }

    /** Whether the column is one of Google's "Event N - Value" columns. */
    static boolean isEventValue(String header) {
        return EVENT_VALUE.matcher(ImportField.normal(header)).matches();
    }

    /** The anniversary column, else Google's "Event 1 - Value" whose label is Anniversary. */
    static String anniversary(ImportCells cells) {
        String text = cells.get(ImportField.ANNIVERSARY);
        if (!text.isEmpty()) {
            return text;
        }
        for (int[] event : events(cells.table.header())) {
            if (ANNIVERSARY_WORDS.contains(ImportField.normal(cells.row.get(event[1])))) {
                return Text.clean(cells.row.get(event[0]));
            }
        }
        return "";
    }

    /** The last header's Google events, so a file's header is read once, not at every row (a profile showed 35 %). */
    private static volatile Events lastEvents = new Events(List.of(), List.of());

    private record Events(List<String> header, List<int[]> pairs) {
    }

    /** Each "Event N - Value" column with its "Event N - Label" (or "- Type") column, in the header's order. */
    private static List<int[]> events(List<String> header) {
        Events known = lastEvents;
        if (known.header() == header) {
            return known.pairs();
        }
        List<int[]> pairs = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            Matcher event = EVENT_VALUE.matcher(ImportField.normal(header.get(column)));
            if (event.matches()) {
                for (int label = 0; label < header.size(); label++) {
                    String name = ImportField.normal(header.get(label));
                    if (name.equals("event" + event.group(1) + "label") || name.equals("event" + event.group(1) + "type")) {
                        pairs.add(new int[] {column, label});
                    }
                }
            }
        }
        lastEvents = new Events(header, List.copyOf(pairs));
        return pairs;
    }
}
