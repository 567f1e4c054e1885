package app.ember.mail;

import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import java.util.List;

/**
 * What to print: the pieces, on which sheet, from which label of a partly used first sheet, moved by
 * the printer's offset, and whose return address.
 *
 * @param startAt  1 for a fresh sheet; N leaves the first N-1 labels of the first sheet empty
 * @param offsetX  millimetres to the right the printer needs everything moved (negative: left)
 * @param offsetY  millimetres down
 */
public record MailJob(List<Recipient> recipients, LabelTemplate template, int startAt, double offsetX,
                      double offsetY, Sender sender) {
    public MailJob {
        recipients = List.copyOf(recipients);
        sender = sender == null ? Sender.NONE : sender;
    }

    /** The same job for other pieces (those that fit, when some did not). */
    MailJob with(List<Recipient> pieces) {
        return new MailJob(pieces, template, startAt, offsetX, offsetY, sender);
    }
}
