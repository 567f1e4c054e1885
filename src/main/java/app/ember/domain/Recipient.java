package app.ember.domain;

import java.util.List;

/**
 * One piece of mail: the people it is for (one lead, or several at the same address when households
 * are merged), their company and the address it goes to.
 *
 * @param leadIds   the leads this piece stands for; a sent postcard is logged on each
 * @param names     the people's full names ("Anna Smith", "Tom Smith"), for lists and the CSV
 * @param addressee the name line as printed: "Anna Smith", or "Anna & Tom Smith" for a merged household
 */
public record Recipient(List<Long> leadIds, List<String> names, String addressee, String company,
                        PostalAddress address) {
    public Recipient {
        leadIds = List.copyOf(leadIds);
        names = List.copyOf(names);
        addressee = addressee == null ? String.join(" & ", names) : addressee;
        company = company == null ? "" : company;
    }

    /** One lead on a piece of its own, named as a mailing names it. */
    public static Recipient of(Lead lead) {
        return new Recipient(List.of(lead.id()), List.of(lead.name()), Household.addressee(List.of(lead)),
                Household.company(List.of(lead)), lead.address());
    }
}
