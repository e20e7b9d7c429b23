package org.uncacworkbench.cli;

import picocli.CommandLine.Command;

/** Groups the export commands; `export report` is the first. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        subcommands = {ExportReportCommand.class, ExportReviewPackCommand.class})
final class ExportCommand {
}
