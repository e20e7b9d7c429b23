package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review-pack", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportReviewPackCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @Option(names = "--lang", required = true, descriptionKey = "option.textLang", paramLabel = "zh|en")
    String textLanguage;

    @Option(names = "--articles", required = true, descriptionKey = "option.packArticles", paramLabel = "5-14")
    String articles;

    @Option(names = "--out", required = true, descriptionKey = "option.out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = App.open(ctx.dataDir(), ctx.clock())) {
            Language language = Language.fromTag(textLanguage)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.badLanguage", textLanguage)));
            Path written = app.reportExporter().exportReviewPack(cycle, language, new HashSet<>(ArticleRanges.parse(articles)), out,
                    DocxEngine.Progress.NONE);
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
