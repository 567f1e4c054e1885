package app.ember.io;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadStatus;
import app.ember.domain.Note;
import app.ember.domain.Origin;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Preference;
import app.ember.domain.Priority;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Stage;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A florist's book of about sixty believable leads, for a first look at Ember. The people live in
 * three CSV files beside this class; every date in them is "days ago" or "days from now", so the
 * book looks current whenever it is loaded.
 */
public final class SampleLeads {

    private final Clock clock;
    private final FollowUpPolicy policy;

    public SampleLeads(Clock clock, FollowUpPolicy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /** Reads the sample book, ready for {@code LeadBook.addAll}. */
    public List<LeadDetails> load() {
        Map<String, List<Interaction>> touches = new HashMap<>();
        read("sample-interactions.csv", row -> touches.computeIfAbsent(row.get("key"), k -> new ArrayList<>())
                .add(new Interaction(0, 0, at(row.get("days_ago"), row.get("hour")),
                        Channel.fromCode(row.get("channel")), Direction.fromCode(row.get("direction")),
                        Outcome.fromCode(row.get("outcome")), Integer.parseInt(row.get("minutes")),
                        row.get("note"))));
        Map<String, List<Note>> notes = new HashMap<>();
        read("sample-notes.csv", row -> notes.computeIfAbsent(row.get("key"), k -> new ArrayList<>())
                .add(new Note(0, 0, at(row.get("days_ago"), "17"), row.get("text"))));
        Map<String, LeadDetails> book = new LinkedHashMap<>();
        read("sample-leads.csv", row -> {
            String key = row.get("key");
            List<Interaction> history = new ArrayList<>(touches.getOrDefault(key, List.of()));
            history.sort(Comparator.comparing(Interaction::at).reversed());
            book.put(key, entry(row, history, notes.getOrDefault(key, List.of())));
        });
        return List.copyOf(book.values());
    }

    private LeadDetails entry(CSVRecord row, List<Interaction> history, List<Note> notes) {
        Instant created = at(row.get("created_days_ago"), "9");
        Instant lastContact = history.isEmpty() ? null : history.get(0).at();
        Temperature temperature = Temperature.fromCode(row.get("temperature"));
        boolean sameDay = Boolean.parseBoolean(row.get("same_day"));
        LeadStatus status = LeadStatus.fromCode(row.get("status"));
        Lead lead = Lead.builder()
                .firstName(row.get("first_name"))
                .lastName(row.get("last_name"))
                .company(row.get("company"))
                .email(row.get("email"))
                .phone(row.get("phone"))
                .address(new PostalAddress(row.get("line1"), row.get("line2"), row.get("city"), row.get("region"),
                        row.get("postcode"), row.get("country")))
                .source(row.get("source"))
                .origin(Origin.fromCode(row.get("origin")))
                .referralKind(ReferralKind.fromCode(row.get("referral_kind")))
                .referredBy(row.get("referred_by"))
                .temperature(temperature)
                .sameDay(sameDay)
                .qualification(Qualification.fromCode(row.get("qualification")))
                .priority(row.get("priority").isBlank() ? null : Priority.fromCode(row.get("priority")))
                .status(status)
                .stage(Stage.fromCode(row.get("stage")))
                .needBy(row.get("need_by_days").isBlank() ? null
                        : today().plusDays(Long.parseLong(row.get("need_by_days").trim())))
                .birthday(row.get("birthday").isBlank() ? null : LocalDate.parse(row.get("birthday").trim()))
                .created(created)
                .updated(lastContact == null ? created : lastContact)
                .lastContact(lastContact)
                .nextFollowUp(nextFollowUp(status, temperature, sameDay, created, lastContact))
                .build();
        return new LeadDetails(lead, history, notes, preferences(row.get("preferences")), tags(row.get("tags")),
                temperatureChanges(row, temperature, created));
    }

    private Instant nextFollowUp(LeadStatus status, Temperature temperature, boolean sameDay, Instant created,
                                 Instant lastContact) {
        return switch (status) {
            case WON -> null;
            case LOST, NURTURE -> policy.nurtureReturn(lastContact == null ? created : lastContact, clock.getZone());
            case OPEN -> keptUp(policy.nextFollowUp(temperature, sameDay, created, lastContact, clock.getZone()), temperature);
        };
    }

    /**
     * A sample book looks like one that has been kept: a follow-up that fell due long ago is rolled
     * forward by the cadence until it is at most a few days overdue. A handful stay overdue on purpose.
     */
    private Instant keptUp(Instant due, Temperature temperature) {
        Instant oldestAllowed = clock.instant().minus(Duration.ofDays(3));
        Instant kept = due;
        while (kept.isBefore(oldestAllowed)) {
            kept = kept.plus(policy.cadence(temperature));
        }
        return kept;
    }

    private List<TemperatureChange> temperatureChanges(CSVRecord row, Temperature now, Instant created) {
        List<TemperatureChange> changes = new ArrayList<>();
        String previous = row.get("prev_temperature");
        if (previous.isBlank()) {
            changes.add(new TemperatureChange(0, 0, created, null, now, "New lead"));
        } else {
            Temperature before = Temperature.fromCode(previous);
            changes.add(new TemperatureChange(0, 0, at(row.get("temp_changed_days_ago"), "12"), before, now,
                    row.get("temp_change_reason")));
            changes.add(new TemperatureChange(0, 0, created, null, before, "New lead"));
        }
        return changes;
    }

    private static List<Preference> preferences(String text) {
        List<Preference> result = new ArrayList<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                result.add(new Preference(0, 0, pair.substring(0, equals), pair.substring(equals + 1)));
            }
        }
        return result;
    }

    private static List<String> tags(String text) {
        return text.isBlank() ? List.of() : List.of(text.split(";"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant at(String daysAgo, String hour) {
        ZoneId zone = clock.getZone();
        Instant at = today().minusDays(Long.parseLong(daysAgo.trim()))
                .atTime(LocalTime.of(Integer.parseInt(hour.trim()), 0)).atZone(zone).toInstant();
        // "Today at 17:00" has not happened yet in a morning session: nothing in the book is in the future.
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }

    private static void read(String resource, Consumer<CSVRecord> rowHandler) {
        try (InputStream in = SampleLeads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample file " + resource + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                rowHandler.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the sample file " + resource + " failed", e);
        }
    }
}
