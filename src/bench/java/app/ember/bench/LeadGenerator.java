package app.ember.bench;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.store.InteractionStore;
import app.ember.store.LeadStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, believable-enough leads in bulk for benchmarks, with their tags and interactions.
 *
 * <p>The words a search benchmark looks for are planted so their share is known (search_text is
 * filled by {@link LeadStore} from the lead's own fields: name, company, e-mail, phone, city):
 * <ul>
 *   <li>{@link #RARE_WORD} is in the company of exactly 1 lead in 1,000 ("Peonyworks Studio");</li>
 *   <li>{@link #COMMON_WORD} is a first name, about 1 lead in 20;</li>
 *   <li>{@link #SECOND_WORD} is a last name (stored "Lefèvre"), about 1 lead in 15;</li>
 *   <li>{@link #NO_MATCH_WORD} is in no lead.</li>
 * </ul>
 * Tags: {@link #RARE_TAG} on exactly 1 lead in 100, {@link #COMMON_TAG} on about 1 in 8, "corporate"
 * on about 1 in 5. About 1 lead in 10 was never contacted (no last contact, no interactions).
 */
final class LeadGenerator {
    /** The moment the generated book is "now": follow-ups are due around it, contacts are before it. */
    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    /** In the company of one lead in a thousand: a search that finds few. */
    static final String RARE_WORD = "peonyworks";
    static final String COMMON_WORD = "anna";
    static final String SECOND_WORD = "lefevre";
    static final String NO_MATCH_WORD = "xylophone";
    static final String RARE_TAG = "vip";
    static final String COMMON_TAG = "wedding";

    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "Daniel", "Emma", "Felix", "Grace", "Hugo",
        "Isla", "Jürgen", "Kate", "Liam", "Maya", "Noah", "Olivia", "Pierre", "Quinn", "Rosa", "Sam", "Zoë"};
    private static final String[] LAST = {"Smith", "Weiß", "Lefèvre", "Okafor", "Nguyen", "Brown", "Martin",
        "Fraser", "Holloway", "Søndergaard", "Müller", "Moreau", "Wilson", "Taylor", "Kowalski"};
    private static final String[] CITY = {"Chicago", "Leeds", "Toronto", "Berlin", "Lyon", "Melbourne"};
    private static final String[] COUNTRY = {"US", "GB", "CA", "DE", "FR", "AU"};
    private static final String[] SOURCES = {"", "", "Website", "Website", "Website", "Referral", "Referral",
        "Wedding fair 2026", "Instagram", "Walk-in"};
    private static final String[] NOTES = {"", "", "", "", "Left a voicemail about the spring order",
        "Sent the price list", "Asked for a quote for 40 table arrangements", "Prefers e-mail in the morning",
        "Booked a tasting for the bouquet", "Not this season, try again in March"};
    private static final Channel[] CHANNELS = Channel.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private LeadGenerator() {
    }

    /**
     * {@code count} leads. The first random stream draws the same fields in the same order as the
     * first version of this generator (so LeadListBenchmark's book keeps its shape); the fields added
     * since come from a second stream.
     */
    static List<Lead> leads(int count, long seed) {
        Random random = new Random(seed);
        Random extra = new Random(seed * 31 + 7);
        List<Lead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Roughly the shape of a real book: few hot leads, many cool and cold ones.
            int roll = random.nextInt(100);
            Temperature temperature = roll < 8 ? Temperature.HOT : roll < 28 ? Temperature.WARM
                    : roll < 60 ? Temperature.COOL : Temperature.COLD;
            int place = random.nextInt(CITY.length);
            Instant created = NOW.minus(Duration.ofHours(random.nextInt(24 * 400)));
            String firstName = FIRST[random.nextInt(FIRST.length)];
            String lastName = LAST[random.nextInt(LAST.length)] + " " + i;
            String company = i % 1000 == 0 ? "Peonyworks Studio"
                    : random.nextBoolean() ? "Company " + random.nextInt(5000) : "";
            String email = "lead" + i + "@example.com";
            String phone = "+1 555 01" + String.format("%05d", i % 100000);
            String line1 = random.nextInt(999) + " Main St";
            String postcode = String.format("%05d", random.nextInt(99999));
            boolean sameDay = temperature == Temperature.HOT && random.nextInt(10) == 0;
            LeadStatus status = random.nextInt(20) == 0 ? LeadStatus.WON : LeadStatus.OPEN;
            Instant nextFollowUp = random.nextInt(10) == 0 ? null
                    : NOW.plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 20));

            // Fields added for the query benchmarks, from the second stream.
            if (status == LeadStatus.OPEN) {
                int s = extra.nextInt(100);
                status = s < 5 ? LeadStatus.NURTURE : s < 8 ? LeadStatus.LOST : LeadStatus.OPEN;
            }
            if (extra.nextInt(20) == 0) {
                line1 = ""; // an incomplete address: no street
            }
            boolean neverContacted = extra.nextInt(10) == 0;
            Instant lastContact = neverContacted ? null : created.plusSeconds(
                    (long) (extra.nextDouble() * Duration.between(created, NOW).getSeconds()));
            LocalDate needBy = extra.nextInt(10) < 3
                    ? LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(extra.nextInt(365)) : null;
            leads.add(Lead.builder()
                    .firstName(firstName)
                    .lastName(lastName)
                    .company(company)
                    .email(email)
                    .phone(phone)
                    .address(new PostalAddress(line1, "", CITY[place], "", postcode, COUNTRY[place]))
                    .source(SOURCES[extra.nextInt(SOURCES.length)])
                    .temperature(temperature)
                    .sameDay(sameDay)
                    .status(status)
                    .needBy(needBy)
                    .created(created)
                    .updated(lastContact == null ? created : lastContact)
                    .lastContact(lastContact)
                    .nextFollowUp(nextFollowUp)
                    .build());
        }
        return leads;
    }

    /** The tags of the i-th generated lead: a pure function of the index, no random state. */
    static List<String> tags(int index, long seed) {
        long h = mix(seed * 1_000_003L + index);
        List<String> tags = new ArrayList<>(2);
        if (index % 100 == 7) {
            tags.add(RARE_TAG);
        }
        if (Math.floorMod(h, 8) == 0) {
            tags.add(COMMON_TAG);
        }
        if (Math.floorMod(h >>> 8, 5) == 0) {
            tags.add("corporate");
        }
        return tags;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** What {@link #fill} stored, and how long each part took. */
    record Filled(int leads, int tags, int interactions, long leadsMs, long tagsMs, long interactionsMs) {
        @Override
        public String toString() {
            return String.format("%,d leads in %,d ms, %,d tags in %,d ms, %,d interactions in %,d ms",
                    leads, leadsMs, tags, tagsMs, interactions, interactionsMs);
        }
    }

    /**
     * Fills an empty book: {@code count} leads, their tags, and {@code interactionsPerLead * count}
     * interactions spread over the contacted leads (between 1 and about twice the mean each, the
     * newest at the lead's last contact), inserted in batches through the stores.
     */
    static Filled fill(Connection connection, int count, int interactionsPerLead, long seed) throws SQLException {
        long t0 = System.nanoTime();
        List<Lead> leads = leads(count, seed);
        long[] ids = new LeadStore().insertAll(connection, leads).stream().mapToLong(Long::longValue).toArray();
        long t1 = System.nanoTime();
        int tags = insertTags(connection, ids, seed);
        long t2 = System.nanoTime();
        int interactions = insertInteractions(connection, leads, ids, (long) interactionsPerLead * count, seed);
        long t3 = System.nanoTime();
        return new Filled(count, tags, interactions, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
    }

    private static int insertTags(Connection connection, long[] ids, long seed) throws SQLException {
        int stored = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO lead_tags (lead_id, tag) VALUES (?, ?)")) {
            for (int i = 0; i < ids.length; i++) {
                for (String tag : tags(i, seed)) {
                    statement.setLong(1, ids[i]);
                    statement.setString(2, tag);
                    statement.addBatch();
                    if (++stored % 1000 == 0) {
                        statement.executeBatch();
                    }
                }
            }
            statement.executeBatch();
        }
        return stored;
    }

    private static int insertInteractions(Connection connection, List<Lead> leads, long[] ids, long total, long seed)
            throws SQLException {
        int contacted = 0;
        for (Lead lead : leads) {
            contacted += lead.lastContact() == null ? 0 : 1;
        }
        if (contacted == 0 || total == 0) {
            return 0;
        }
        int mean = (int) (total / contacted);
        long remainder = total % contacted;
        Random random = new Random(seed * 17 + 3);
        InteractionStore store = new InteractionStore();
        List<Interaction> chunk = new ArrayList<>(50_000);
        int stored = 0;
        int j = 0;
        int pairDelta = 0;
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = leads.get(i);
            if (lead.lastContact() == null) {
                continue;
            }
            // Pairs of contacted leads get mean+d and mean-d: varied, yet the total is exact.
            if (j % 2 == 0) {
                pairDelta = mean > 1 ? random.nextInt(mean) : 0;
            }
            int n = (j % 2 == 0 ? mean + pairDelta : mean - pairDelta) + (j < remainder ? 1 : 0);
            if (j % 2 == 0 && j + 1 == contacted) {
                n = mean + (j < remainder ? 1 : 0); // an odd one out has no partner to balance it
            }
            j++;
            long span = Math.max(1, Duration.between(lead.created(), lead.lastContact()).getSeconds());
            for (int k = 0; k < n; k++) {
                Instant at = k == 0 ? lead.lastContact() : lead.created().plusSeconds((long) (random.nextDouble() * span));
                Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
                chunk.add(new Interaction(0, ids[i], at, channel, random.nextInt(5) == 0 ? Direction.IN : Direction.OUT,
                        OUTCOMES[random.nextInt(OUTCOMES.length)], channel.defaultMinutes(),
                        NOTES[random.nextInt(NOTES.length)]));
            }
            if (chunk.size() >= 50_000) {
                store.insertAll(connection, chunk);
                stored += chunk.size();
                chunk.clear();
            }
        }
        store.insertAll(connection, chunk);
        stored += chunk.size();
        return stored;
    }
}
