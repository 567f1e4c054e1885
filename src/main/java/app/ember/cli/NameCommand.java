package app.ember.cli;

import app.ember.app.DisplayName;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code name [NAME]}: shows or sets the name this person's work is kept under in a shared book. */
@Command(name = "name", mixinStandardHelpOptions = true,
        description = {"Show or set the name your touches, notes and changes are kept under in a shared book "
                + "(and whose leads are 'mine'). It is kept in the data dir, for every command and the window.",
            "--as NAME uses another name for one command."})
final class NameCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The name to set, e.g. \"Sam Baker\".")
    private String name;

    @Override
    public Integer call() throws IOException {
        if (name == null) {
            System.out.println(DisplayName.read(parent.dataDir()).orElse("(no name set: ember name NAME sets one)"));
            return 0;
        }
        String kept = Options.code(name, n -> {
            try {
                return DisplayName.write(parent.dataDir(), n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "NAME");
        System.out.println("Your work is kept under the name " + kept + ".");
        return 0;
    }
}
