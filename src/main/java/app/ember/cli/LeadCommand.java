package app.ember.cli;

import picocli.CommandLine.Command;

/** {@code lead add ...} and {@code lead show ID}. */
@Command(name = "lead", mixinStandardHelpOptions = true, description = "Add a lead, show one with everything kept about it, or assign leads to someone.",
        subcommands = {LeadAddCommand.class, LeadShowCommand.class, LeadAssignCommand.class})
final class LeadCommand {
}
