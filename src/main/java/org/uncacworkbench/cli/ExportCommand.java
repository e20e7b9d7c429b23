package org.uncacworkbench.cli;

import picocli.CommandLine.Command;

/** Groups the export commands: the report, a review pack, a session's minutes. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        subcommands = {ExportReportCommand.class, ExportReviewPackCommand.class, ExportMinutesCommand.class})
final class ExportCommand {
}
