package app.ember.domain;

import java.util.List;

/**
 * One piece of mail: the people it is for (one lead, or several at the same address when households
 * are merged), their company and the address it goes to.
 *
 * @param leadIds the leads this piece stands for; a sent postcard is logged on each
 * @param names   the people's names, in the order they are written ("Anna Smith", "Tom Smith")
 */
public record Recipient(List<Long> leadIds, List<String> names, String company, PostalAddress address) {
    public Recipient {
        leadIds = List.copyOf(leadIds);
        names = List.copyOf(names);
        company = company == null ? "" : company;
    }
}
