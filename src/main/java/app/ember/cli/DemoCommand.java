package app.ember.cli;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: loads the sample florist's book into an empty data dir. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load about sixty sample leads (a florist's book) into an empty data dir.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Override
    public Integer call() {
        try (Services services = Services.openToWrite(parent.book(), Cli::warn)) {
            int existing = services.leadBook().count(LeadQuery.all());
            if (existing > 0) {
                throw new BadInputException("the book " + parent.book().name() + " already holds " + existing
                        + " leads; demo loads the sample leads only into an empty one");
            }
            int loaded = services.loadSampleLeads();
            System.out.println("Loaded " + loaded + " sample leads into " + parent.book().name());
            return 0;
        }
    }
}
