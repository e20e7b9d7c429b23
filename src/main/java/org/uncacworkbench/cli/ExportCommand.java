package org.uncacworkbench.cli;

import picocli.CommandLine.Command;

/** Groups the export commands: the report, a review pack, a session's minutes, the Q&amp;A booklet, the observations, briefing books. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        subcommands = {ExportReportCommand.class, ExportReviewPackCommand.class, ExportMinutesCommand.class, ExportQuestionsCommand.class,
                ExportObservationsCommand.class, ExportDossierCommand.class, ExportRunSheetCommand.class,
                ExportFollowupCommand.class, ExportMidtermCommand.class, ExportRoundCommand.class, ExportAssignmentsCommand.class})
final class ExportCommand {
}
