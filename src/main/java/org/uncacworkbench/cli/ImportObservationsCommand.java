package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.ObservationImport;
import org.uncacworkbench.review.ObservationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import observations --cycle N [--lang en|zh] [--dry-run] [--reason TEXT] FILE}: the reviewers'
 * concluding observations (English) or their Chinese translation, read as the window reads them. A dry
 * run saves nothing and prints the parse, one line per point: number, kind or theme as the document
 * names it, articles, first words, tab-separated.
 */
@Command(name = "observations", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ImportObservationsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--lang", defaultValue = "en", descriptionKey = "option.observationsLang", paramLabel = "en|zh")
    String textLanguage;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Option(names = "--reason", descriptionKey = "option.reason", paramLabel = "TEXT")
    String reason;

    @Parameters(index = "0", descriptionKey = "param.observationsFile", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
            Language language = Language.fromTag(textLanguage)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.badLanguage", textLanguage)));
            long cycleId = app.cycles().cycleByNumber(cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
            Path source = file.toAbsolutePath();
            if (language.isChinese()) {
                List<ObservationService.Translation> matched = app.observations().planTranslation(cycleId, source);
                if (dryRun) {
                    matched.forEach(t -> print(ctx, t.read()));
                    return WorkbenchCommand.EXIT_OK;
                }
                int changed = app.observations().applyTranslation(matched, reason, app.username());
                ctx.say("cli.observations.translated", changed, matched.stream().filter(t -> t.point() == null).count());
                return WorkbenchCommand.EXIT_OK;
            }
            List<ObservationService.Planned> plan = app.observations().plan(cycleId, source);
            if (dryRun) {
                plan.stream().filter(p -> p.after() != null).forEach(p -> print(ctx, p.after()));
                return WorkbenchCommand.EXIT_OK;
            }
            int changed = app.observations().apply(cycleId, plan, reason, app.username());
            ctx.say("cli.observations.imported", count(plan, ObservationService.Change.ADDED), count(plan, ObservationService.Change.CHANGED),
                    count(plan, ObservationService.Change.REMOVED), changed);
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }

    private static long count(List<ObservationService.Planned> plan, ObservationService.Change change) {
        return plan.stream().filter(p -> p.change() == change).count();
    }

    /** One point as the dry run prints it: number, heading, articles, first words, tab-separated. */
    private static void print(CliContext ctx, ObservationImport.Point p) {
        ctx.out().println(p.number() + "\t" + (p.heading() == null ? "" : p.heading().replace('\t', ' ')) + "\t"
                + String.join(",", p.articles().stream().map(String::valueOf).toList()) + "\t" + p.firstWords(60).replace('\t', ' '));
        ctx.out().flush();
    }
}
