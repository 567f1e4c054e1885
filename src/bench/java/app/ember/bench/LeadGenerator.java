package app.ember.bench;

import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic, believable-enough leads in bulk for benchmarks. */
final class LeadGenerator {
    /** In the company of one lead in a thousand: a search that finds few. */
    static final String RARE_WORD = "peonyworks";
    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "Daniel", "Emma", "Felix", "Grace", "Hugo",
        "Isla", "Jürgen", "Kate", "Liam", "Maya", "Noah", "Olivia", "Pierre", "Quinn", "Rosa", "Sam", "Zoë"};
    private static final String[] LAST = {"Smith", "Weiß", "Lefèvre", "Okafor", "Nguyen", "Brown", "Martin",
        "Fraser", "Holloway", "Søndergaard", "Müller", "Moreau", "Wilson", "Taylor", "Kowalski"};
    private static final String[] CITY = {"Chicago", "Leeds", "Toronto", "Berlin", "Lyon", "Melbourne"};
    private static final String[] COUNTRY = {"US", "GB", "CA", "DE", "FR", "AU"};

    private LeadGenerator() {
    }

    static List<Lead> leads(int count, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-11-22T09:00:00Z");
        List<Lead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Roughly the shape of a real book: few hot leads, many cool and cold ones.
            int roll = random.nextInt(100);
            Temperature temperature = roll < 8 ? Temperature.HOT : roll < 28 ? Temperature.WARM
                    : roll < 60 ? Temperature.COOL : Temperature.COLD;
            int place = random.nextInt(CITY.length);
            Instant created = now.minus(Duration.ofHours(random.nextInt(24 * 400)));
            leads.add(Lead.builder()
                    .firstName(FIRST[random.nextInt(FIRST.length)])
                    .lastName(LAST[random.nextInt(LAST.length)] + " " + i)
                    .company(i % 1000 == 0 ? "Peonyworks Studio" : random.nextBoolean() ? "Company " + random.nextInt(5000) : "")
                    .email("lead" + i + "@example.com")
                    .phone("+1 555 01" + String.format("%05d", i % 100000))
                    .address(new PostalAddress(random.nextInt(999) + " Main St", "", CITY[place], "",
                            String.format("%05d", random.nextInt(99999)), COUNTRY[place]))
                    .temperature(temperature)
                    .sameDay(temperature == Temperature.HOT && random.nextInt(10) == 0)
                    .status(random.nextInt(20) == 0 ? LeadStatus.WON : LeadStatus.OPEN)
                    .created(created)
                    .updated(created)
                    .nextFollowUp(random.nextInt(10) == 0 ? null : now.plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 20)))
                    .build());
        }
        return leads;
    }
}
