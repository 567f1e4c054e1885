package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.PgPass;
import app.ember.store.ServerAddress;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code move-to URL}: copies the data dir's book whole into an empty shared book on a PostgreSQL server. */
@Command(name = "move-to", mixinStandardHelpOptions = true,
        description = {"Copy the data dir's book (leads, touches, notes, preferences, tags, history, settings) into "
                + "an empty database on a PostgreSQL server, in one transaction, and check the counts. The book in "
                + "the data dir is left as it was.",
            "Then work in the shared book with --database URL or EMBER_DATABASE=URL."})
final class MoveToCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "URL", description = "The server's database: postgresql://user@host:port/dbname")
    private String url;

    @Override
    public Integer call() {
        if (parent.book().isServer()) {
            throw new BadInputException("move-to copies the data dir's own book; leave out --database "
                    + "(and EMBER_DATABASE)");
        }
        ServerAddress target;
        try {
            target = ServerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("URL: " + e.getMessage());
        }
        Map<String, Integer> moved;
        try (Services services = Services.open(parent.dataDir())) {
            moved = services.moveTo(target, PgPass.ofSystem().passwordFor(target));
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        StringBuilder counts = new StringBuilder();
        moved.forEach((table, rows) -> counts.append(counts.length() == 0 ? "" : ", ").append(table).append(' ').append(rows));
        System.out.println("Moved the book in " + parent.dataDir() + " to " + target + " (" + counts
                + "); every count checked. The book in the data dir is unchanged.");
        System.out.println("Work in the shared book with: --database " + target + "  (or EMBER_DATABASE=" + target + ")");
        return 0;
    }
}
