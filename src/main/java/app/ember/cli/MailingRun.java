package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.LeftOut;
import app.ember.domain.MailingSelection;
import app.ember.domain.PlanWeek;
import app.ember.domain.Recipient;
import app.ember.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What labels, postcards and mailing-list do alike: select, write the file, then say how many
 * pieces went in for how many leads, what did not fit, who was left out and why, and log the
 * postcards when asked. A selection with no one to mail writes nothing and says so.
 */
final class MailingRun {
    private MailingRun() {
    }

    /** Writes the file for the selected pieces and returns the line saying what was written. */
    interface Output {
        Written write(List<Recipient> recipients);
    }

    /**
     * @param overflows the pieces whose text did not fit, as the renderer names them
     * @param unprinted the leads of pieces left out because they did not fit: not logged as sent
     */
    record Written(String summary, List<String> overflows, List<Long> unprinted) {
        Written {
            overflows = List.copyOf(overflows);
            unprinted = List.copyOf(unprinted);
        }

        Written(String summary, List<String> overflows) {
            this(summary, overflows, List.of());
        }
    }

    static int run(Services services, MailFilterOptions filters, Path file, Output output) {
        PrintWriter out = Terminal.out();
        PlanWeek week = filters.planWeek(services.planBook(), services.policy());
        MailingSelection selection = week == null
                ? services.mailBook().select(filters.query(), filters.mergeHouseholds(), filters.sort())
                : services.mailBook().selectPlanPostcards(week, filters.mergeHouseholds(), filters.sort());
        if (selection.included().isEmpty()) {
            out.println(Messages.format("cli.mail.nothing", file));
            leftOut(out, selection);
            out.flush();
            return Cli.OK;
        }
        Written written = output.write(selection.included());
        out.println(written.summary());
        for (String overflow : written.overflows()) {
            out.println(Messages.format("cli.mail.overflow", overflow));
        }
        leftOut(out, selection);
        if (filters.campaign() != null) {
            // Only now that the file is there: a failed write must not log cards that were never printed.
            services.dailyBackup().failure().ifPresent(Cli::warn);
            // A piece that did not fit was not printed: it is not recorded as sent.
            List<Long> sent = selection.includedLeadIds().stream().filter(id -> !written.unprinted().contains(id))
                    .toList();
            var run = services.mailBook().logSent(sent, filters.campaign(),
                    services.clock().instant());
            out.println(Messages.format("cli.mail.loggedCampaign", run.counts().leads(), run.counts().movedOn(),
                    filters.campaign().strip(), run.counts().keptPlan()));
        }
        out.flush();
        return Cli.OK;
    }

    private static void leftOut(PrintWriter out, MailingSelection selection) {
        if (selection.leftOut().isEmpty()) {
            return;
        }
        out.println(Messages.format("cli.mail.leftOut", selection.leftOut().size()));
        for (LeftOut lead : selection.leftOut()) {
            out.println(Messages.format("cli.mail.leftOutLine", lead.leadId(), lead.name(),
                    Messages.get("mailsel.reason." + lead.reason().code()), lead.detail()));
        }
    }

    /** How many leads the pieces stand for: more than the pieces when households were merged. */
    static int leads(List<Recipient> recipients) {
        return recipients.stream().mapToInt(r -> r.leadIds().size()).sum();
    }

    static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
