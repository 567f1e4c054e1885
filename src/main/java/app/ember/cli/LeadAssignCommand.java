package app.ember.cli;

import app.ember.app.DisplayName;
import app.ember.app.Services;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lead assign ID... --to NAME | --me | --nobody}: whose leads they are in a shared book. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Assign leads to someone (by the name their work is kept under), to yourself, or to nobody. "
                + "'list --mine' and 'plan --mine' then show each person their own.")
final class LeadAssignCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The leads' ids (see the list command).")
    private List<Long> ids;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Whom whom;

    static final class Whom {
        @Option(names = "--to", paramLabel = "NAME", description = "Assign them to this person.")
        String to;
        @Option(names = "--me", description = "Assign them to yourself (the name set with 'ember name' or --as).")
        boolean me;
        @Option(names = "--nobody", description = "Assign them to nobody.")
        boolean nobody;
    }

    @Override
    public Integer call() {
        EmberCommand root = (EmberCommand) spec.root().userObject();
        String name = whom.to == null ? null : Options.code(whom.to, DisplayName::check, "--to");
        try (Services services = Services.open(root.book(), root.clock())) {
            if (whom.me) {
                name = Mine.name(services);
            }
            String assignee = whom.nobody ? "" : name;
            int found;
            try {
                found = services.leadBook().assign(ids, assignee);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            System.out.println(found + (found == 1 ? " lead" : " leads")
                    + (assignee.isEmpty() ? " assigned to nobody." : " assigned to " + assignee + "."));
            return 0;
        }
    }
}
