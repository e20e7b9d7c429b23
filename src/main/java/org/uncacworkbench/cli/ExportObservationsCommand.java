package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.ObservationsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export observations --cycle N --lang zh|en|both --audience public|secretariat --out FILE}. */
@Command(name = "observations", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportObservationsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--lang", required = true, descriptionKey = "option.editionLang", paramLabel = "zh|en|both")
    String edition;

    @Option(names = "--audience", defaultValue = "public", descriptionKey = "option.audience", paramLabel = "public|secretariat")
    String audience;

    @Option(names = "--out", required = true, descriptionKey = "option.out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try {
            ObservationsDocument.Edition chosen = switch (edition.toLowerCase(Locale.ROOT)) {
                case "zh", "zh-tw" -> ObservationsDocument.Edition.ZH;
                case "en" -> ObservationsDocument.Edition.EN;
                case "both" -> ObservationsDocument.Edition.BOTH;
                default -> throw new WorkbenchException(UserMessage.of("cli.badEdition", edition));
            };
            Audience forWhom = switch (audience.toLowerCase(Locale.ROOT)) {
                case "public" -> Audience.PUBLIC;
                case "secretariat" -> Audience.SECRETARIAT;
                default -> throw new WorkbenchException(UserMessage.of("cli.badAudience", audience));
            };
            Path target = OutputFiles.check(out, true);
            try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
                long cycleId = app.cycles().cycleByNumber(cycle)
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
                Path written = app.observationsDocument().export(cycleId, chosen, forWhom, target,
                        org.uncacworkbench.export.DocxEngine.Progress.NONE);
                ctx.say("cli.export.done", written.toString());
                return WorkbenchCommand.EXIT_OK;
            }
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
