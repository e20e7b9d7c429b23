package org.uncacworkbench.cli;

import picocli.CommandLine.Command;

/** Groups the import commands: a section's text, the concluding observations. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        subcommands = {ImportSectionCommand.class, ImportObservationsCommand.class, ImportProgressCommand.class, ImportAssignmentsCommand.class})
final class ImportCommand {
}
