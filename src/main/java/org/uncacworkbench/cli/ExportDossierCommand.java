package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export dossier --cycle N --articles 5-14 --lang zh|en --out FILE}: the briefing book of the articles' dossiers. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportDossierCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    @Option(names = "--articles", required = true, descriptionKey = "option.dossierArticles", paramLabel = "5-14")
    String articles;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            long cycleId = app.cycles().cycleByNumber(options.cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", options.cycle))).id();
            Path written = app.briefingBook().export(cycleId, ArticleRanges.parse(articles), options.language(), options.out(),
                    options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
