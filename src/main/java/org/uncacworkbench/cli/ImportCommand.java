package org.uncacworkbench.cli;

import picocli.CommandLine.Command;

/** Groups the import commands; `import section` is the first. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        subcommands = ImportSectionCommand.class)
final class ImportCommand {
}
