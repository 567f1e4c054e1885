package app.ember.cli;

import picocli.CommandLine.Command;

/** {@code lead add ...} and {@code lead show ID}. */
@Command(name = "lead", mixinStandardHelpOptions = true, description = "Add a lead, or show one with everything kept about it.",
        subcommands = {LeadAddCommand.class, LeadShowCommand.class})
final class LeadCommand {
}
