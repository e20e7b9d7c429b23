package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.convention.ArticleRanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "review-pack", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportReviewPackCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    @Option(names = "--articles", required = true, descriptionKey = "option.packArticles", paramLabel = "5-14")
    String articles;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            Path written = app.reportExporter().exportReviewPack(options.cycle, options.language(),
                    new HashSet<>(ArticleRanges.parse(articles)), options.out(), options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
