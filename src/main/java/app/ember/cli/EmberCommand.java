package app.ember.cli;

import app.ember.app.DataDir;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ember [--data-dir DIR] [COMMAND]}: with no command the window opens. */
@Command(name = "ember", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Ember, a calm lead manager for a florist or a solo consultant.%n"
                + "With no command the window opens.",
        subcommands = {DemoCommand.class, ListCommand.class, LeadCommand.class, AdviseCommand.class,
            LogCommand.class, TimelineCommand.class, PlanCommand.class, LabelsCommand.class, PostcardsCommand.class,
            MailingListCommand.class, AlignmentCommand.class, MailSettingsCommand.class, ImportCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, BackupsCommand.class})
public final class EmberCommand implements Callable<Integer> {
    private final WindowOpener windowOpener;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the database lives (default: ${DEFAULT-VALUE}).")
    private Path dataDir = DataDir.defaultDir();

    @Option(names = "--smoke",
            description = "Open the window, wait until the first page of leads is shown, print 'ready <ms since start>' and exit.")
    private boolean smoke;

    public EmberCommand(WindowOpener windowOpener) {
        this.windowOpener = windowOpener;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public Integer call() {
        return windowOpener.open(dataDir, smoke);
    }
}
