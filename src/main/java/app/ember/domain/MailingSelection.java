package app.ember.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who a mailing goes to and who it leaves out (with why). */
public record MailingSelection(List<Recipient> included, List<LeftOut> leftOut) {
    public MailingSelection {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
    }

    /** How many leads the included pieces stand for (more than the pieces when households are merged). */
    public int includedLeads() {
        return included.stream().mapToInt(r -> r.leadIds().size()).sum();
    }

    /** Every lead id of the included pieces, in piece order: the leads a sent mailing is logged on. */
    public List<Long> includedLeadIds() {
        return included.stream().flatMap(r -> r.leadIds().stream()).toList();
    }

    /**
     * Leaves out, with the reason and a detail in words, the leads marked do-not-mail and those
     * whose address lacks what their country's post needs ({@link PostalRequirements}); with
     * {@code mergeHouseholds} the leads at one address ({@link Household#key}) become one piece with
     * all their names; the pieces in {@code sort} order. A lead given twice counts once; the left-out
     * leads keep the order they were given in.
     */
    public static MailingSelection of(List<Lead> leads, boolean mergeHouseholds, MailSort sort) {
        return of(leads, mergeHouseholds, sort, EnumSet.allOf(LeadStatus.class));
    }

    /**
     * As {@link #of(List, boolean, MailSort)}, mailing only leads of these statuses: the others are
     * listed as left out, "not interested", rather than dropped without a word.
     */
    public static MailingSelection of(List<Lead> leads, boolean mergeHouseholds, MailSort sort,
                                      Set<LeadStatus> mailed) {
        List<LeftOut> leftOut = new ArrayList<>();
        Map<Object, List<Lead>> pieces = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Lead lead : leads) {
            if (!seen.add(lead.id())) {
                continue;
            }
            Optional<LeftOut> refused = mailed.contains(lead.status()) ? refusal(lead)
                    : Optional.of(new LeftOut(lead.id(), lead.name(), LeftOut.Reason.NOT_INTERESTED,
                            MailingWords.notInterested()));
            if (refused.isPresent()) {
                leftOut.add(refused.get());
                continue;
            }
            Object key = mergeHouseholds ? Household.key(lead.address()) : lead.id();
            pieces.computeIfAbsent(key, k -> new ArrayList<>()).add(lead);
        }
        List<Piece> sorted = new ArrayList<>();
        for (List<Lead> members : pieces.values()) {
            sorted.add(new Piece(members));
        }
        sorted.sort(order(sort));
        return new MailingSelection(sorted.stream().map(Piece::recipient).toList(), leftOut);
    }

    /** Why the lead cannot be mailed, if it cannot; its wish comes before the state of its address. */
    private static Optional<LeftOut> refusal(Lead lead) {
        if (lead.doNotMail()) {
            return Optional.of(new LeftOut(lead.id(), lead.name(), LeftOut.Reason.DO_NOT_MAIL,
                    MailingWords.doNotMail()));
        }
        PostalAddress address = lead.address();
        Set<PostalRequirements.Part> missing = PostalRequirements.missing(address);
        if (!missing.isEmpty()) {
            return Optional.of(new LeftOut(lead.id(), lead.name(), LeftOut.Reason.INCOMPLETE_ADDRESS,
                    MailingWords.missing(missing, address.countryCode())));
        }
        return PostalRequirements.malformed(address).map(problem -> new LeftOut(lead.id(), lead.name(),
                LeftOut.Reason.INCOMPLETE_ADDRESS, MailingWords.problem(problem)));
    }

    /**
     * By postcode: country, then postcode (ignoring spaces and case; none last), then name, as a
     * bulk-mail drop is bundled. By name: last name, then first name, accents and case aside. A
     * household sorts by its first member; the first lead id settles the rest, so the order repeats.
     */
    private static Comparator<Piece> order(MailSort sort) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        Comparator<Piece> byName = Comparator.<Piece, String>comparing(Piece::lastNameKey, collator)
                .thenComparing(p -> p.first().firstName(), collator);
        Comparator<Piece> byId = Comparator.comparingLong(p -> p.first().id());
        if (sort == MailSort.NAME) {
            return byName.thenComparing(byId);
        }
        return Comparator.<Piece, String>comparing(p -> p.first().address().countryCode())
                .thenComparing(p -> p.postcode().isEmpty())
                .thenComparing(Piece::postcode)
                .thenComparing(byName)
                .thenComparing(byId);
    }

    /** The leads of one piece, before it becomes a {@link Recipient}. */
    private record Piece(List<Lead> members) {
        Lead first() {
            return members.get(0);
        }

        /** The last name, or the first name of a lead known by that alone ("Madonna" sorts under M). */
        String lastNameKey() {
            return first().lastName().isEmpty() ? first().firstName() : first().lastName();
        }

        String postcode() {
            return first().address().postcode().replace(" ", "").toUpperCase(Locale.ROOT);
        }

        Recipient recipient() {
            return new Recipient(members.stream().map(Lead::id).toList(), members.stream().map(Lead::name).toList(),
                    Household.addressee(members), Household.company(members), first().address());
        }
    }
}
